package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.analysis.Sensitivity;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.RunInfo;
import org.kamsim.output.SensitivityFiles;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import tech.tablesaw.api.Table;

/**
 * A one-at-a-time sensitivity analysis ({@code kamsim sensitivity}): {@code sensitivity.csv} as a table
 * (one row per input, by swing), the tornado chart, and {@code write}.
 */
public final class SensitivityRun extends KamsimRun {
  private final Sensitivity sensitivity;
  private final org.kamsim.results.Table table;

  SensitivityRun(KamsimScenario scenario, RunInfo info, Sensitivity sensitivity, org.kamsim.results.Table table) {
    super(scenario, info);
    this.sensitivity = sensitivity;
    this.table = table;
  }

  /** The measure whose swings the table holds. */
  public SensitivityMeasure measure() {
    return sensitivity.measure();
  }

  /** {@code sensitivity.csv}. */
  public Table table() {
    return Tables.of(files().get(0));
  }

  /** The file's table as the writer writes it. */
  public List<AnalysisWriter.CsvFile> files() {
    return SensitivityFiles.files(sensitivity, table);
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return SensitivityFiles.charts(sensitivity, table);
  }

  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    withPool(pool -> SensitivityFiles.write(sensitivity, table, info, dir, report, pool, status));
  }
}
