package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.ReportData;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Result;
import org.kamsim.results.Summary;
import org.kamsim.results.TrialsFile;
import tech.tablesaw.api.Table;

/**
 * A simulated scenario: {@code summary.json} as a record, {@code periods.csv}, {@code accounts.csv} and
 * {@code trials.csv} as tables, the report's charts, and {@code write}, which writes what
 * {@code kamsim simulate} writes. The tables and the summary are the very records the files are written from.
 */
public final class SimulationRun extends KamsimRun {
  private final ResultWriter.Files files;

  SimulationRun(KamsimScenario scenario, RunInfo info, ResultWriter.Files files) {
    super(scenario, info);
    this.files = files;
  }

  /** The figures of {@code summary.json}, as written (rounded as the file writes them). */
  public Summary summary() {
    return files.result().summary();
  }

  /** Everything the result directory holds, as the records the report is drawn from. */
  public Result result() {
    return files.result();
  }

  /** {@code periods.csv}: one row per month. */
  public Table periods() {
    Result r = files.result();
    return Tables.of(new AnalysisWriter.CsvFile(PeriodsFile.NAME, r.periods(),
        PeriodsFile.columns(r.summary().npv().isPresent(), !r.summary().plan().changes().isEmpty())));
  }

  /** {@code accounts.csv}: one row per account. */
  public Table accounts() {
    return Tables.of(new AnalysisWriter.CsvFile(AccountsFile.NAME, files.result().accounts(), AccountsFile.COLUMNS));
  }

  /** {@code trials.csv}: one row per trial. */
  public Table trials() {
    return Tables.of(new AnalysisWriter.CsvFile(TrialsFile.NAME, files.result().trials(), TrialsFile.COLUMNS));
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return Charts.of(new ReportData(files.result()));
  }

  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    writeResult(dir, report, status);
  }

  /**
   * As {@link #write(Path, ReportOutput, WriteProgress)}, returning the records written (with the saved
   * scenario), for a caller that prints them.
   */
  public Result writeResult(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    Result[] written = new Result[1];
    withPool(pool -> written[0] = ResultWriter.write(files, info, dir, report, pool, status));
    return written[0];
  }
}
