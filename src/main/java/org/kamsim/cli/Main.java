package org.kamsim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamsim.report.chart.Headless;
import org.kamsim.results.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code kamsim}: the entry point of the jar. Builds the picocli command tree, runs it and exits with one of
 * the {@link ExitCode}s.
 */
@Command(name = "kamsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Monte Carlo engine for key-account risk and KAM resource allocation.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
public final class Main implements Runnable {
  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    int code;
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      // Before anything touches AWT: charts are drawn without a display.
      Headless.ensure();
      // A thread the commands do not watch (none should fail) must not end the run with a bare trace.
      Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
        if (OutOfMemory.causes(e)) {
          OutOfMemory.report(err);
        } else {
          printInternalError(e, err);
        }
      });
      code = run(args, System.out, System.err);
    } catch (OutOfMemoryError e) {
      // Even picocli's own start-up can run out on a tiny heap.
      code = OutOfMemory.report(err);
    }
    System.exit(code);
  }

  /**
   * Runs the command line {@code args} with the given standard streams and returns the exit code; the
   * process-free form of {@link #main}, for tests.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(out, true);
    PrintWriter stderr = new PrintWriter(err, true);
    boolean interactive = err == System.err && ProgressBar.interactiveTerminal();
    List<String> command = new ArrayList<>(List.of("kamsim"));
    command.addAll(Arrays.asList(args));
    CommandLine cli = new CommandLine(new Main())
        .addSubcommand("simulate", new SimulateCommand(command, interactive))
        .addSubcommand("report", new ReportCommand())
        .addSubcommand("optimise", new OptimiseCommand(command, interactive))
        .addSubcommand("compare", new CompareCommand(command, interactive))
        .addSubcommand("sensitivity", new SensitivityCommand(command, interactive))
        .addSubcommand("stress", new StressCommand(command, interactive))
        .addSubcommand("score", new ScoreCommand(command))
        .setOut(stdout)
        .setErr(stderr)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::internalError);
    OutOfMemory.reset();
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler below; an Error from a command would otherwise
      // end the JVM with a bare trace and exit code 1, unexplained.
      if (OutOfMemory.causes(e)) {
        return OutOfMemory.report(stderr);
      }
      printInternalError(e, stderr);
      return ExitCode.INTERNAL;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  /** {@code kamsim} alone: a command is required. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required, such as 'simulate'");
  }

  /** A bad command line: the problem, a suggestion if picocli has one, and where to get help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    return ExitCode.INPUT;
  }

  /** Anything a command did not handle is a bug: show the trace so that it can be reported. */
  private static int internalError(Exception e, CommandLine cmd, ParseResult parsed) {
    if (OutOfMemory.causes(e)) {
      return OutOfMemory.report(cmd.getErr());
    }
    printInternalError(e, cmd.getErr());
    return ExitCode.INTERNAL;
  }

  private static void printInternalError(Throwable e, PrintWriter err) {
    err.println("kamsim: internal error (this is a bug; please report it with the trace below)");
    e.printStackTrace(err);
  }

  /** {@code kamsim --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kamsim " + EngineVersion.get()};
    }
  }
}
