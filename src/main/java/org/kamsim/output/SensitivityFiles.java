package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.kamsim.analysis.Sensitivity;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.chart.TornadoChart;
import org.kamsim.report.html.SensitivityPage;
import org.kamsim.results.Decimals;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.Table;

/**
 * The files of {@code kamsim sensitivity}: {@code sensitivity.csv} built from the analysis, and the report
 * (tornado chart and page) drawn from that table alone, written by {@link AnalysisWriter}.
 */
public final class SensitivityFiles {
  private SensitivityFiles() {}

  /** The rows of {@code sensitivity.csv}, each figure rounded as the file writes it. */
  public static Table table(Sensitivity s) {
    List<Sensitivity.Row> rows = s.rows();
    int n = rows.size();
    SensitivityMeasure m = s.measure();
    Decimals.Format f = SensitivityFile.format(m); // the measure's figures: money, or a probability
    return Table.of(SensitivityFile.NAME,
        SensitivityFile.PARAMETER.texts(n, i -> rows.get(i).parameter().text()),
        SensitivityFile.BASE.doubles(n, i -> rows.get(i).base()),
        SensitivityFile.LOW.doubles(n, i -> rows.get(i).low()),
        SensitivityFile.HIGH.doubles(n, i -> rows.get(i).high()),
        SensitivityFile.MEASURE.texts(n, i -> m.text()),
        SensitivityFile.VALUE_BASE.withFormat(f).doubles(n, i -> rows.get(i).valueBase()),
        SensitivityFile.VALUE_LOW.withFormat(f).doubles(n, i -> rows.get(i).valueLow()),
        SensitivityFile.VALUE_HIGH.withFormat(f).doubles(n, i -> rows.get(i).valueHigh()),
        SensitivityFile.SWING.withFormat(f).doubles(n, i -> rows.get(i).swing()),
        SensitivityFile.STDERR_LOW.withFormat(f).doubles(n, i -> rows.get(i).stderrLow()),
        SensitivityFile.STDERR_HIGH.withFormat(f).doubles(n, i -> rows.get(i).stderrHigh()),
        SensitivityFile.RANK.ints(n, i -> rows.get(i).rank()),
        SensitivityFile.NO_EFFECT.flags(n, i -> rows.get(i).noEffect()),
        SensitivityFile.WITHIN_NOISE.flags(n, i -> rows.get(i).withinNoise()),
        SensitivityFile.CLIPPED.flags(n, i -> rows.get(i).clipped()));
  }

  /** The data files: {@code sensitivity.csv} holding {@code table}, rounded for the measure of {@code s}. */
  public static List<AnalysisWriter.CsvFile> files(Sensitivity s, Table table) {
    return List.of(new AnalysisWriter.CsvFile(SensitivityFile.NAME, table, SensitivityFile.columns(s.measure())));
  }

  /** The charts of the report: the tornado of {@code table}. */
  public static List<ChartFiles.Chart> charts(Sensitivity s, Table table) {
    return List.of(TornadoChart.chart(table, s.base().horizonMonths()));
  }

  /**
   * Writes {@code sensitivity.csv}, {@code run.json}, the scenario's copy and, unless {@code report} says
   * not to, the report, atomically into {@code target} (see {@link AnalysisWriter#write}).
   *
   * @param table {@link #table}{@code (s)}, made by the caller so that it can print the summary even when
   *     the report is not drawn
   */
  public static void write(Sensitivity s, Table table, RunInfo run, Path target, ReportOutput report,
      Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    List<AnalysisWriter.CsvFile> files = files(s, table);
    Scenario base = s.base();
    List<String> names = AnalysisWriter.names(files);
    AnalysisWriter.Page page = new AnalysisWriter.Page(charts(s, table),
        drawn -> new SensitivityPage(table).render(base.name(), base.trials(), base.horizonMonths(), s.dropped(),
            drawn.isEmpty() ? null : drawn.get(0), names,
            run.scenarioFile() == null ? "" : run.scenarioFile().path().toString(), base.seed(), run.command()));
    AnalysisWriter.write(files, base, run, page, target, report, executor, status);
  }
}
