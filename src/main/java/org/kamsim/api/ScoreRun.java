package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScoreFiles;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import tech.tablesaw.api.Table;

/**
 * The accounts' scores and tiers ({@code kamsim score}): {@code scores.csv} as a table, and {@code write}.
 * Computed from the portfolio alone (no simulation); it has no report and no charts.
 */
public final class ScoreRun extends KamsimRun {
  private final org.kamsim.results.Table table;

  ScoreRun(KamsimScenario scenario, RunInfo info, org.kamsim.results.Table table) {
    super(scenario, info);
    this.table = table;
  }

  /** {@code scores.csv}: one row per account. */
  public Table table() {
    return Tables.of(file());
  }

  /** The file's table as the writer writes it. */
  public AnalysisWriter.CsvFile file() {
    return ScoreFiles.files(scenario.model(), table);
  }

  /** The lines {@code kamsim score} prints: each tier's accounts and share of today's revenue. */
  public List<String> summaryLines() {
    return ScoreFiles.summary(scenario.model());
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return List.of();
  }

  /** Writes {@code scores.csv}, {@code run.json} and the scenario's copy; {@code report} is ignored (none). */
  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException {
    ScoreFiles.write(scenario.model(), table, info, dir, status);
  }
}
