package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.kamsim.analysis.Sensitivity;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.TornadoChart;
import org.kamsim.report.html.SensitivityPage;
import org.kamsim.results.ColumnSpec;
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
    List<ColumnSpec> c = SensitivityFile.columns(m);
    return Table.of(SensitivityFile.NAME,
        c.get(0).texts(n, i -> rows.get(i).parameter().text()),
        c.get(1).doubles(n, i -> rows.get(i).base()),
        c.get(2).doubles(n, i -> rows.get(i).low()),
        c.get(3).doubles(n, i -> rows.get(i).high()),
        c.get(4).texts(n, i -> m.text()),
        c.get(5).doubles(n, i -> rows.get(i).valueBase()),
        c.get(6).doubles(n, i -> rows.get(i).valueLow()),
        c.get(7).doubles(n, i -> rows.get(i).valueHigh()),
        c.get(8).doubles(n, i -> rows.get(i).swing()),
        c.get(9).doubles(n, i -> rows.get(i).stderrLow()),
        c.get(10).doubles(n, i -> rows.get(i).stderrHigh()),
        c.get(11).ints(n, i -> rows.get(i).rank()));
  }

  /**
   * Writes {@code sensitivity.csv}, {@code run.json}, the scenario's copy and, unless {@code report} says
   * not to, the report, atomically into {@code target} (see {@link AnalysisWriter#write}).
   *
   * @return the table written, for the terminal's summary
   */
  public static Table write(Sensitivity s, RunInfo run, Path target, ReportOutput report, Executor executor,
      WriteProgress status) throws IOException, ReportNotDrawnException {
    Table table = table(s);
    List<AnalysisWriter.CsvFile> files =
        List.of(new AnalysisWriter.CsvFile(SensitivityFile.NAME, table, SensitivityFile.columns(s.measure())));
    Scenario base = s.base();
    List<String> names = AnalysisWriter.names(files);
    AnalysisWriter.Page page = new AnalysisWriter.Page(List.of(TornadoChart.chart(table, base.horizonMonths())),
        drawn -> new SensitivityPage(table).render(base.name(), base.trials(), base.horizonMonths(),
            drawn.isEmpty() ? null : drawn.get(0), names));
    AnalysisWriter.write(files, base, run, page, target, report, executor, status);
    return table;
  }
}
