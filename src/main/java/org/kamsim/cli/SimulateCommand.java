package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.model.Scenario;
import org.kamsim.report.ResultWriter;
import org.kamsim.report.RunInfo;
import org.kamsim.report.TextSummary;
import org.kamsim.scenario.InputError;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamsim simulate}: load a scenario, simulate it, write the results and print the headline figures.
 * Input is read and checked completely before anything touches the output directory.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Simulate a scenario and write its results.", "",
        "Writes summary.json, periods.csv, accounts.csv, trials.csv and run.json into the output "
            + "directory. An earlier result there is replaced only once the new one is complete, and "
            + "is left untouched if the run fails."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class SimulateCommand implements Callable<Integer> {
  static final int MAX_THREADS = 1024;
  /** The range the scenario file accepts for {@code trials}, so that the option and the file agree. */
  static final int MAX_TRIALS = Scenario.MAX_TRIALS;

  private final List<String> command;
  private final boolean interactive;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>, in the current directory).")
  Path out;

  private Integer trials;
  private Long seed;
  private int threads = Runtime.getRuntime().availableProcessors();

  /**
   * @param command the whole command line, for {@code run.json}
   * @param interactive whether stderr is a terminal that can redraw a progress bar
   */
  SimulateCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Option(names = "--trials", paramLabel = "N", description = "Monte Carlo trials (default: the scenario's).")
  void setTrials(int value) {
    if (value < 1 || value > MAX_TRIALS) {
      throw new ParameterException(spec.commandLine(),
          "--trials: must be in [1, " + MAX_TRIALS + "], was " + value);
    }
    trials = value;
  }

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
  void setSeed(long value) {
    seed = value;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1..1024 (default: the number of processors). Results do not depend on it.")
  void setThreads(int value) {
    if (value < 1 || value > MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads: must be in [1, " + MAX_THREADS + "], was " + value);
    }
    threads = value;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();

    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(scenarioFile);
    } catch (InputException e) {
      for (InputError error : e.errors()) {
        stderr.println(error);
      }
      return ExitCode.INPUT;
    }
    if (trials != null) {
      if ((long) trials * scenario.horizonMonths() > Scenario.MAX_TRIAL_MONTHS) {
        stderr.println("--trials: " + trials + " trials x " + scenario.horizonMonths()
            + " months is more than the engine holds (" + Scenario.MAX_TRIAL_MONTHS + " trial-months)");
        return ExitCode.INPUT;
      }
      scenario = scenario.withTrials(trials);
    }
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    Path target = out != null ? out : defaultOutput(scenario.name());
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return cannotWrite(stderr, target, e);
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    SimulationResult result;
    try {
      result = new Simulator(threads, progress).run(scenario);
    } catch (OutOfMemoryError e) {
      // Not a bug but a limit: the engine keeps every trial's monthly figures. The arrays are garbage once
      // unwound here, so there is memory again to say so.
      progress.finish();
      stderr.println("kamsim simulate: out of memory for " + scenario.trials() + " trials over "
          + scenario.horizonMonths() + " months; use fewer --trials or give Java more memory (java -Xmx...)");
      return ExitCode.INTERNAL;
    } finally {
      progress.finish();
    }
    RunInfo run = new RunInfo(threads, started, Duration.ofNanos(System.nanoTime() - t0), command);

    try {
      ResultWriter.write(result, scenarioFile, run, target);
    } catch (IOException e) {
      return cannotWrite(stderr, target, e);
    }
    TextSummary.print(result, target, stdout);
    return ExitCode.OK;
  }

  /**
   * {@code out/<name>}, with every character of the name that is not safe in a file name on common systems
   * replaced by '_', so that a scenario named {@code ../x} or {@code a/b} stays inside {@code out}.
   */
  static Path defaultOutput(String scenarioName) {
    String safe = scenarioName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.startsWith(".")) {
      safe = "_" + safe;
    }
    return Path.of("out", safe);
  }

  private static int cannotWrite(PrintWriter stderr, Path target, IOException e) {
    String detail = describe(e);
    // Name the output directory once: most messages from the report package start with it already.
    String where = detail.startsWith(target.toString()) ? "" : " to " + target;
    stderr.println("kamsim simulate: cannot write results" + where + ": " + detail);
    return ExitCode.OUTPUT;
  }

  /** An I/O failure in a few words, naming the file (Java's messages are often the bare path). */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      String where = fse.getFile() + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile());
      String why = fse.getReason();
      if (why == null) {
        why = e instanceof AccessDeniedException ? "permission denied"
            : e instanceof NoSuchFileException ? "no such file or directory"
            : e instanceof FileAlreadyExistsException ? "already exists"
            : e instanceof NotDirectoryException ? "not a directory"
            : e instanceof DirectoryNotEmptyException ? "directory not empty"
            : e.getClass().getSimpleName();
      }
      return where + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
