package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.analysis.Comparison;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.CompareFiles;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScenarioFile;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import tech.tablesaw.api.Table;

/**
 * Scenarios compared with a base ({@code kamsim compare}): {@code compare.csv}, {@code compare-periods.csv}
 * and {@code compare-trials.csv} as tables, the report's charts, and {@code write}.
 */
public final class ComparisonRun extends KamsimRun {
  private final Comparison comparison;
  private final CompareFiles.Tables tables;
  private final List<ScenarioFile> scenarioFiles;
  private final String note;

  ComparisonRun(KamsimScenario base, RunInfo info, Comparison comparison, CompareFiles.Tables tables,
      List<ScenarioFile> scenarioFiles, String note) {
    super(base, info);
    this.comparison = comparison;
    this.tables = tables;
    this.scenarioFiles = List.copyOf(scenarioFiles);
    this.note = note;
  }

  /** {@code compare.csv}: one row per scenario, the base first, with its change against the base. */
  public Table table() {
    return Tables.of(files().get(0));
  }

  /** {@code compare-periods.csv}: each scenario's months. */
  public Table periods() {
    return Tables.of(files().get(1));
  }

  /** {@code compare-trials.csv}: each scenario's horizon totals per trial, and its change in the same trial. */
  public Table trials() {
    return Tables.of(files().get(2));
  }

  /** The files' tables as the writer writes them, in order. */
  public List<AnalysisWriter.CsvFile> files() {
    return tables.files();
  }

  /** The lines {@code kamsim compare} prints: each scenario's change against the base. */
  public List<String> summaryLines() {
    return CompareFiles.summary(tables.compare());
  }

  private AnalysisWriter.Page page() {
    return CompareFiles.page(tables, comparison, info.command(), note);
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return page().charts();
  }

  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    withPool(pool -> AnalysisWriter.write(files(), scenarioFiles, comparison.base().outcome().scenario(), info,
        page(), dir, report, pool, status));
  }
}
