package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.analysis.StressTest;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.RunInfo;
import org.kamsim.output.StressFiles;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import tech.tablesaw.api.Table;

/**
 * A stress test ({@code kamsim stress}): the ladder of losing the top accounts ({@code stress.csv}), the
 * reverse stress test ({@code reverse-stress.csv}) and its accounts ({@code reverse-stress-accounts.csv}) as
 * tables, the report's charts, and {@code write}.
 */
public final class StressRun extends KamsimRun {
  private final StressTest test;
  private final StressFiles.Tables tables;
  private final int month;

  StressRun(KamsimScenario scenario, RunInfo info, StressTest test, StressFiles.Tables tables, int month) {
    super(scenario, info);
    this.test = test;
    this.tables = tables;
    this.month = month;
  }

  /** {@code stress.csv}: one row per rung of the ladder. */
  public Table ladder() {
    return Tables.of(files().get(0));
  }

  /** {@code reverse-stress.csv}: how many accounts, lost by each criterion, break the survival threshold. */
  public Table reverse() {
    return Tables.of(files().get(1));
  }

  /** {@code reverse-stress-accounts.csv}: the accounts of the reverse stress test. */
  public Table reverseAccounts() {
    return Tables.of(files().get(2));
  }

  /** The files' tables as the writer writes them, in order. */
  public List<AnalysisWriter.CsvFile> files() {
    return tables.files();
  }

  /** The lines {@code kamsim stress} prints. */
  public List<String> summaryLines() {
    return StressFiles.summary(tables, month, test.scenario().horizonMonths());
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return StressFiles.charts(tables);
  }

  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    withPool(pool -> StressFiles.write(test, tables, info, dir, report, pool, status));
  }
}
