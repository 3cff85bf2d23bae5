package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.Preload;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScenarioFile;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.simulation.Workers;

/**
 * What {@code compare}, {@code stress} and {@code sensitivity} do once their input is read and checked: check
 * the output folder, compute on a pool of workers with a progress bar, write the files and the report, print
 * the terminal's summary, and turn every failure into its message and exit code, the same way for each.
 */
final class AnalysisRun {
  private AnalysisRun() {}

  /** The analysis proper: computes on {@code workers}, telling {@code progress}, and says how to write it. */
  @FunctionalInterface
  interface Work {
    Computed compute(ExecutorService workers, ProgressBar progress);
  }

  /** How a computed analysis is written into the output folder. */
  @FunctionalInterface
  interface Writer {
    void write(RunInfo run) throws IOException, ReportNotDrawnException;
  }

  /**
   * A computed analysis.
   *
   * @param writer writes its files (and report) once the run's duration is known
   * @param summary the terminal's lines, printed once the files are written
   * @param files the files written, named in the terminal's last line
   */
  record Computed(Writer writer, List<String> summary, List<AnalysisWriter.CsvFile> files) {
    Computed {
      summary = List.copyOf(summary);
      files = List.copyOf(files);
    }
  }

  /**
   * @param name the command's name, for its messages
   * @param scenarioFile the (base) scenario file as read, for {@code run.json}
   * @param target the output folder
   * @return the exit code
   */
  static int run(String name, ScenarioOptions options, boolean interactive, List<String> command,
      ScenarioFile scenarioFile, Path target, Work work) {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    Preload.start(options.report());
    try {
      AnalysisWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite(name, stderr, target, e);
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    ExecutorService workers = Workers.pool(options.threads());
    Computed computed;
    ReportNotDrawnException notDrawn = null;
    try {
      computed = work.compute(workers, progress);
      RunInfo run = new RunInfo(options.threads(), started, Duration.ofNanos(System.nanoTime() - t0), command,
          scenarioFile);
      try {
        computed.writer().write(run);
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
      workers.shutdownNow();
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
