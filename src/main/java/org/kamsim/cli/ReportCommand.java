package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kamsim.report.Report;
import org.kamsim.report.ReportInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamsim report OUTDIR}: draws the report and charts of an earlier run again from its files, without
 * simulating. Everything is read before anything is written; the new {@code charts/} and
 * {@code report.html} replace the old ones only once complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Re-draw report.html and charts/ from the files of an earlier run.", "",
        "Reads summary.json, periods.csv, accounts.csv, trials.csv, run.json and, when present, scenario.yaml "
            + "and the files of kamsim optimise (plan.json, staffing.csv, convergence.csv, frontier.csv, "
            + "plan.csv). Nothing is simulated again."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ReportCommand.INPUT_HELP, ReportCommand.OUTPUT_HELP})
final class ReportCommand implements Callable<Integer> {
  static final String INPUT_HELP =
      "2:bad input: the directory, or a file of the run in it, is missing or unreadable; nothing is written";
  static final String OUTPUT_HELP = "3:the report could not be written; the earlier report is left as it was";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "The output directory of kamsim simulate.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      stderr.println("kamsim report: " + dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
      return ExitCode.INPUT;
    }
    try {
      Report.refresh(dir);
    } catch (ReportInputException e) {
      stderr.println("kamsim report: " + e.getMessage());
      return ExitCode.INPUT;
    } catch (IOException e) {
      stderr.println("kamsim report: cannot write the report in " + dir + ": " + ScenarioOptions.describe(e));
      return ExitCode.OUTPUT;
    }
    stdout.println(Report.location(dir));
    return ExitCode.OK;
  }
}
