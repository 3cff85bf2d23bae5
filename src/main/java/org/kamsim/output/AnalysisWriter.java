package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.kamsim.model.Scenario;
import org.kamsim.report.Report;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles.Chart;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.OutputDirectory;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.RunJson;
import org.kamsim.results.Table;

/**
 * Writes the files of an analysis ({@code compare}, {@code stress}, {@code sensitivity}) into one directory,
 * atomically as {@link ResultWriter} does: its CSV files, {@code run.json} (the provenance of the base
 * scenario's run, with the whole command line) and, unless asked not to, its report. Afterwards the
 * directory holds the complete analysis or, on failure, exactly what it held before.
 */
public final class AnalysisWriter {
  /** The folder of the copies of every scenario an analysis ran (for {@code compare}). */
  public static final String SCENARIOS = "scenarios";

  private AnalysisWriter() {}

  /** A CSV file of the analysis: its name, its rows and the columns written, in order. */
  public record CsvFile(String name, Table table, List<ColumnSpec> columns) {
    public CsvFile {
      columns = List.copyOf(columns);
    }
  }

  /**
   * The analysis's report: its charts, and its page given the charts' drawings (in the order of
   * {@code charts}).
   */
  public record Page(List<Chart> charts, Function<List<Rendered>, String> html) {
    public Page {
      charts = List.copyOf(charts);
    }
  }

  /** As {@link ResultWriter#checkTarget}: fails at once, changing nothing, if the target cannot be replaced. */
  public static void checkTarget(Path target) throws IOException {
    ResultWriter.checkTarget(target);
  }

  /**
   * @param files the data files, written in order
   * @param base the scenario the analysis starts from (for {@code run.json})
   * @param run how the run was made
   * @param page the report, drawn unless {@code report} says not to
   * @param target the directory to create or replace
   * @param executor draws the charts
   * @param status told what is being done, and when the run waits for another one writing the directory
   * @throws IOException if the files cannot be written; {@code target} is then left as it was
   * @throws ReportNotDrawnException if the files were written but the report could not be drawn (its
   *     {@link ReportNotDrawnException#result()} is null: an analysis has no single run's records)
   * @throws org.kamsim.results.NonFiniteFigureException if a figure is not a finite number; nothing is
   *     written
   */
  public static void write(List<CsvFile> files, Scenario base, RunInfo run, Page page, Path target,
      ReportOutput report, Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    write(files, List.of(), base, run, page, target, report, executor, status);
  }

  /**
   * The data files, the scenario's copy and {@code run.json} only, atomically: for a command that has no
   * report ({@code score}).
   */
  public static void writeData(List<CsvFile> files, Scenario base, RunInfo run, Path target, WriteProgress status)
      throws IOException {
    try {
      // No report is drawn, so neither the page nor the executor is used.
      write(files, List.of(), base, run, null, target, ReportOutput.NONE, Runnable::run, status);
    } catch (ReportNotDrawnException e) {
      throw new IllegalStateException("no report was asked for", e);
    }
  }

  /**
   * As {@link #write(List, Scenario, RunInfo, Page, Path, ReportOutput, Executor, WriteProgress)}, with a copy
   * of each of {@code scenarios} in {@code scenarios/} (for {@code compare}: every scenario compared, so that
   * the folder alone reproduces the comparison), named {@code <n>-<file name>} in the order given.
   */
  public static void write(List<CsvFile> files, List<ScenarioFile> scenarios, Scenario base, RunInfo run,
      Page page, Path target, ReportOutput report, Executor executor, WriteProgress status)
      throws IOException, ReportNotDrawnException {
    String runText = RunJson.text(run.provenance(base, base.trials(), OptionalLong.empty(), OptionalLong.empty()));
    Preload.finish(); // never initialise the libraries' classes alongside the preload (see Preload)
    status.phase("writing the results");
    Throwable notDrawn = null;
    try (OutputDirectory out = OutputDirectory.open(target, ResultFiles.MARKER, status::waiting)) {
      Path dir = out.path();
      for (CsvFile f : files) {
        CsvFormat.write(f.table(), f.columns(), dir.resolve(f.name()));
      }
      if (run.scenarioFile() != null) {
        run.scenarioFile().copyTo(dir.resolve(ResultFiles.SCENARIO_COPY));
      }
      if (!scenarios.isEmpty()) {
        Path copies = Files.createDirectory(dir.resolve(SCENARIOS));
        for (int i = 0; i < scenarios.size(); i++) {
          scenarios.get(i).copyTo(copies.resolve(i + "-" + scenarios.get(i).path().getFileName()));
        }
      }
      Files.writeString(dir.resolve(ResultFiles.RUN), runText);
      if (report.drawn()) {
        status.phase("drawing the report");
        notDrawn = Report.renderAnalysis(dir, page.charts(), page.html(), executor, report.png());
      }
      out.commit();
    }
    if (notDrawn != null) {
      throw new ReportNotDrawnException(target, null, notDrawn);
    }
  }

  /** The names of {@code files}, then {@code run.json}: what an analysis page's footer lists. */
  public static List<String> names(List<CsvFile> files) {
    List<String> names = new ArrayList<>();
    for (CsvFile f : files) {
      names.add(f.name());
    }
    names.add(ResultFiles.RUN);
    return names;
  }
}
