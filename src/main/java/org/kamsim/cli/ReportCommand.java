package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.kamsim.report.Report;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ResultFileException;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.StressFile;
import org.kamsim.simulation.Workers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamsim report OUTDIR}: draws the report and charts of an earlier run again from its files, without
 * simulating. Everything is read before anything is written; the new {@code charts/} and
 * {@code report.html} replace the old ones only once complete, while no other kamsim run writes the
 * directory.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Re-draw report.html and charts/ from the files of an earlier run.", "",
        "Reads summary.json, periods.csv, accounts.csv, trials.csv, run.json and, when present, scenario.yaml "
            + "and the files of kamsim optimise (plan.json, plan.csv, staffing.csv, convergence.csv, "
            + "frontier.csv). Nothing is simulated again. Waits for another kamsim run that is writing the "
            + "same directory."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ReportCommand.INPUT_HELP, ReportCommand.OUTPUT_HELP})
final class ReportCommand implements Callable<Integer> {
  static final String INPUT_HELP =
      "2:bad input: the directory, or a file of the run in it, is missing or unreadable; nothing is written";
  static final String OUTPUT_HELP = "3:the report could not be written; the earlier report is left as it was";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTDIR",
      description = "The output directory of an earlier kamsim simulate or optimise.")
  Path dir;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--png",
      description = "Also write each chart as a PNG image (1,440 pixels wide) beside its SVG, for tools that "
          + "take no SVG.")
  boolean png;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads drawing the charts, 1..1024 (default: the number of processors).")
  void setThreads(int value) {
    threads = ScenarioOptions.inRange(spec, "--threads", value, 1, ScenarioOptions.MAX_THREADS);
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String analysis = analysisIn(dir);
    if (analysis != null) {
      stderr.println("kamsim report: " + dir + " holds the results of kamsim " + analysis + ", whose report that "
          + "command draws: run it again (the same scenarios, trials and seed give the same figures)");
      return ExitCode.INPUT;
    }
    ExecutorService workers = Workers.pool(threads);
    try {
      Report.refresh(dir, workers, png, waiting -> {
        stderr.println("kamsim report: " + waiting);
        stderr.flush();
      });
    } catch (ResultFileException e) {
      stderr.println("kamsim report: " + e.getMessage());
      return ExitCode.INPUT;
    } catch (IOException e) {
      stderr.println("kamsim report: cannot write the report in " + dir + ": " + ScenarioOptions.describe(e));
      return ExitCode.OUTPUT;
    } finally {
      workers.shutdownNow();
    }
    stdout.println(Report.location(dir));
    return ExitCode.OK;
  }

  /**
   * The command whose analysis {@code dir} holds (its data file there, and no {@code summary.json}), or null:
   * an analysis's page is drawn from what its run knew, not from its files alone.
   */
  private static String analysisIn(Path dir) {
    if (Files.exists(dir.resolve(ResultFiles.SUMMARY))) {
      return null;
    }
    for (String[] analysis : new String[][] {{"compare", CompareFile.NAME}, {"stress", StressFile.NAME},
        {"sensitivity", SensitivityFile.NAME}}) {
      if (Files.isRegularFile(dir.resolve(analysis[1]))) {
        return analysis[0];
      }
    }
    return null;
  }
}
