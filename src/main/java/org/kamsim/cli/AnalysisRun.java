package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.api.KamsimRun;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.Preload;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.results.NonFiniteFigureException;

/**
 * What {@code compare}, {@code stress} and {@code sensitivity} do once their input is read and checked: check
 * the output folder, run through the API with a progress bar, write the files and the report, print
 * the terminal's summary, and turn every failure into its message and exit code, the same way for each.
 */
final class AnalysisRun {
  private AnalysisRun() {}

  /** The analysis proper: runs through the API, telling {@code progress}, and says what it prints. */
  @FunctionalInterface
  interface Work {
    Computed compute(ProgressBar progress);
  }

  /**
   * A computed analysis.
   *
   * @param run the API's run, which writes its files (and report)
   * @param summary the terminal's lines, printed once the files are written
   * @param files the files written, named in the terminal's last line
   */
  record Computed(KamsimRun run, List<String> summary, List<AnalysisWriter.CsvFile> files) {
    Computed {
      summary = List.copyOf(summary);
      files = List.copyOf(files);
    }
  }

  /**
   * @param name the command's name, for its messages
   * @param target the output folder
   * @return the exit code
   */
  static int run(String name, ScenarioOptions options, boolean interactive, Path target, Work work) {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    Preload.start(options.report());
    try {
      AnalysisWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite(name, stderr, target, e);
    }
    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    Computed computed;
    ReportNotDrawnException notDrawn = null;
    try {
      computed = work.compute(progress);
      try {
        computed.run().write(target, options.report(), progress);
      } catch (ReportNotDrawnException e) {
        notDrawn = e; // the files are in place: say what they hold before saying what went wrong
      }
    } catch (IOException e) {
      progress.finish();
      return ScenarioOptions.cannotWrite(name, stderr, target, e);
    } catch (NonFiniteFigureException e) {
      progress.finish();
      return ScenarioOptions.notFinite(name, stderr, e);
    } finally {
      // Also before an OutOfMemoryError reaches Main: its message must start on a line of its own.
      progress.finish();
    }
    for (String line : computed.summary()) {
      stdout.println(line);
    }
    stdout.println("Results in " + target + " (" + String.join(", ", AnalysisWriter.names(computed.files()))
        + ")");
    if (notDrawn != null) {
      return ScenarioOptions.reportNotDrawn(name, stderr, notDrawn);
    }
    options.printReportLocation(stdout, target);
    return ExitCode.OK;
  }
}
