package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.LINE;
import static org.kamsim.report.chart.ChartStyle.ORANGE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.CompareTrialsFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.Table;
import org.kamsim.simulation.Stats;

/**
 * The charts of {@code kamsim compare}, drawn from its three files' tables alone: the scenarios' monthly
 * revenue overlaid (median lines and 90% bands), the distribution of each paired scenario's change in
 * horizon revenue against the base (one histogram per scenario, zero and the mean marked), and every
 * scenario's mean change in revenue and profit with its 95% interval, side by side.
 */
public final class CompareCharts {
  /** The overlaid monthly revenue fans. */
  public static final String FANS = "compare_fans";
  /** Mean changes with their 95% intervals. */
  public static final String CHANGES = "compare_changes";
  /** Prefix of each paired scenario's histogram; its row of {@code compare.csv} follows. */
  private static final String DIFFERENCE = "compare_difference_";

  /** One colour per scenario, the base first, distinct for colour-blind readers (after Okabe and Ito). */
  private static final Color[] PALETTE = {BLUE, ORANGE, ChartStyle.GREEN, ChartStyle.RED, DARK,
      ChartStyle.AMBER};
  /** And one line style each, so that a scenario is told apart in grey print too. */
  private static final Stroke[] STROKES = {LINE, DASHED, ChartStyle.DOTTED,
      new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 3f, 2f, 3f}, 0f)};
  private static final Color PROFIT = ORANGE;

  private CompareCharts() {}

  /** The name of the histogram of the scenario in row {@code row} of {@code compare.csv}. */
  public static String differenceChart(int row) {
    return DIFFERENCE + row;
  }

  /**
   * The charts, in the order the page shows them: the fans, the changes, then one histogram per scenario
   * paired with the base (an unpaired scenario has no per-trial change to draw).
   */
  public static List<ChartFiles.Chart> of(Table compare, Table periods, Table trials) {
    List<ChartFiles.Chart> charts = new ArrayList<>();
    charts.add(new ChartFiles.Chart(FANS, layout -> fans(compare, periods, layout)));
    charts.add(new ChartFiles.Chart(CHANGES, layout -> changes(compare, layout)));
    List<Table> byScenario = trials.groupBy(CompareTrialsFile.SCENARIO.name());
    for (int row = 1; row < compare.rowCount(); row++) {
      if (compare.flags(CompareFile.PAIRED).get(row)) {
        int r = row;
        double[] sorted = Stats.sorted(byScenario.get(row).doubles(CompareTrialsFile.DELTA_REVENUE).toArray());
        Histogram bins = Histogram.of(sorted);
        charts.add(new ChartFiles.Chart(differenceChart(row), layout -> difference(compare, r, sorted, bins,
            layout)));
      }
    }
    return charts;
  }

  private static Color colour(int row) {
    return PALETTE[row % PALETTE.length];
  }

  private static Stroke stroke(int row) {
    return STROKES[row % STROKES.length];
  }

  static ChartFiles.Drawing fans(Table compare, Table periods, Layout layout) {
    List<Table> byScenario = periods.groupBy(ComparePeriodsFile.SCENARIO.name());
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = Renderers.lines();
    LegendItemCollection legend = new LegendItemCollection();
    int months = 0;
    double top = 0;
    // Per scenario a bold median and thin 5th and 95th percentile lines in its colour: filled bands laid
    // over each other turned to mud from three scenarios on, lines stay apart.
    Stroke edge = new BasicStroke(1.1f);
    for (int k = 0; k < byScenario.size(); k++) {
      Table p = byScenario.get(k);
      IntColumn month = p.ints(ComparePeriodsFile.MONTH);
      DoubleColumn p05 = p.doubles(ComparePeriodsFile.REVENUE_P05);
      DoubleColumn p50 = p.doubles(ComparePeriodsFile.REVENUE_P50);
      DoubleColumn p95 = p.doubles(ComparePeriodsFile.REVENUE_P95);
      String label = compare.texts(CompareFile.SCENARIO).get(k);
      XYSeries median = new XYSeries(label + " median");
      XYSeries low = new XYSeries(label + " p05");
      XYSeries high = new XYSeries(label + " p95");
      for (int i = 0; i < p.rowCount(); i++) {
        median.add(month.get(i), p50.get(i));
        low.add(month.get(i), p05.get(i));
        high.add(month.get(i), p95.get(i));
        months = Math.max(months, month.get(i));
      }
      top = Math.max(top, p95.max());
      int first = dataset.getSeriesCount();
      dataset.addSeries(median);
      dataset.addSeries(low);
      dataset.addSeries(high);
      Renderers.style(renderer, first, colour(k), stroke(k));
      Renderers.style(renderer, first + 1, ChartStyle.alpha(colour(k), 0.75), edge);
      Renderers.style(renderer, first + 2, ChartStyle.alpha(colour(k), 0.75), edge);
      legend.add(ChartStyle.line(label + (k == 0 ? " (base)" : ""), colour(k), stroke(k), layout));
    }
    legend.add(ChartStyle.note("Bold: the median future; thin: 5th and 95th percentile (90% of futures "
        + "between them)", layout));
    NumberAxis y = Axes.money("Revenue per month", Unit.of(top), layout);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, Axes.months(months, layout), y, renderer);
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Monthly revenue: the scenarios side by side",
        "Portfolio revenue of each month: median and 90% range of each scenario; higher is better", plot,
        layout), layout.height(540, 460 + 24 * byScenario.size()));
  }

  static ChartFiles.Drawing changes(Table compare, Layout layout) {
    int n = compare.rowCount() - 1;
    String[] names = new String[n];
    YIntervalSeries revenue = new YIntervalSeries("Revenue");
    YIntervalSeries profit = new YIntervalSeries("Profit");
    DoubleColumn rMean = compare.doubles(CompareFile.DELTA_REVENUE_MEAN);
    DoubleColumn rLow = compare.doubles(CompareFile.DELTA_REVENUE_CI95_LOW);
    DoubleColumn rHigh = compare.doubles(CompareFile.DELTA_REVENUE_CI95_HIGH);
    DoubleColumn pMean = compare.doubles(CompareFile.DELTA_PROFIT_MEAN);
    DoubleColumn pLow = compare.doubles(CompareFile.DELTA_PROFIT_CI95_LOW);
    DoubleColumn pHigh = compare.doubles(CompareFile.DELTA_PROFIT_CI95_HIGH);
    int max = layout.narrow() ? 22 : 40;
    double largest = 0;
    for (int k = 0; k < n; k++) {
      int row = k + 1;
      String label = compare.texts(CompareFile.SCENARIO).get(row);
      names[k] = label.length() > max ? label.substring(0, max - 1).strip() + "\u2026" : label;
      revenue.add(k - 0.15, rMean.get(row), rLow.get(row), rHigh.get(row));
      profit.add(k + 0.15, pMean.get(row), pLow.get(row), pHigh.get(row));
      largest = Math.max(largest, Math.max(Math.max(Math.abs(rLow.get(row)), Math.abs(rHigh.get(row))),
          Math.max(Math.abs(pLow.get(row)), Math.abs(pHigh.get(row)))));
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(revenue);
    dataset.addSeries(profit);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setErrorStroke(new BasicStroke(2f));
    renderer.setCapLength(8);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesPaint(1, PROFIT);
    renderer.setSeriesShape(0, ChartStyle.DOT);
    renderer.setSeriesShape(1, ChartStyle.SWATCH);
    // The whiskers take each series' colour (no single error paint).
    renderer.setErrorPaint(null);

    SymbolAxis scenarios = new SymbolAxis(null, names);
    scenarios.setGridBandsVisible(false);
    scenarios.setRange(-0.6, n - 0.4);
    // The first scenario at the top, as in compare.csv.
    scenarios.setInverted(true);
    Unit unit = Unit.of(largest);
    NumberAxis x = Axes.money("Change against " + compare.texts(CompareFile.SCENARIO).get(0), unit, layout);
    x.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, scenarios, x, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, GREY, LINE), Layer.BACKGROUND);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Horizon revenue: mean change and 95% interval", BLUE, LINE, layout));
    legend.add(ChartStyle.line("Horizon profit: mean change and 95% interval", PROFIT, LINE, layout));
    legend.add(ChartStyle.note("Grey line: no change. An interval that crosses it is no clear difference.",
        layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Change against the base, with 95% intervals",
        "Each scenario minus " + compare.texts(CompareFile.SCENARIO).get(0)
            + " in totals over the horizon; right of the grey line is better", plot, layout),
        layout.height(200 + 70 * n, 240 + 70 * n));
  }

  static ChartFiles.Drawing difference(Table compare, int row, double[] sorted, Histogram bins, Layout layout) {
    String base = compare.texts(CompareFile.SCENARIO).get(0);
    String label = compare.texts(CompareFile.SCENARIO).get(row);
    double mean = compare.doubles(CompareFile.DELTA_REVENUE_MEAN).get(row);
    XYIntervalSeries lower = new XYIntervalSeries("Less revenue");
    XYIntervalSeries higher = new XYIntervalSeries("More revenue");
    for (int b = 0; b < bins.counts.length; b++) {
      double lo = bins.lower(b);
      double hi = bins.upper(b);
      double share = (double) bins.counts[b] / sorted.length;
      ((lo + hi) / 2 < 0 ? lower : higher).add((lo + hi) / 2, lo, hi, share, share, share);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(lower);
    dataset.addSeries(higher);
    XYBarRenderer renderer = Renderers.bars();
    renderer.setSeriesPaint(0, DistributionCharts.TAIL_BARS);
    renderer.setSeriesPaint(1, DistributionCharts.BARS);
    Unit unit = Unit.ofLargest(sorted[0], sorted[sorted.length - 1]);
    NumberAxis x = Axes.money("Change in horizon revenue", unit, layout);
    x.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, x, Axes.percent("Share of futures", layout), renderer);
    plot.addDomainMarker(Axes.marker(0, "No change", GREY, LINE, true, 4, layout), Layer.FOREGROUND);
    plot.addDomainMarker(Axes.marker(mean, "Mean", DARK, DASHED, false, 24, layout), Layer.FOREGROUND);
    LegendItemCollection legend = new LegendItemCollection();
    if (lower.getItemCount() > 0) {
      legend.add(ChartStyle.swatch("Futures with less revenue than " + base, DistributionCharts.TAIL_BARS,
          layout));
    }
    if (higher.getItemCount() > 0) {
      legend.add(ChartStyle.swatch("Futures with as much or more", DistributionCharts.BARS, layout));
    }
    legend.add(ChartStyle.line("No change (0)", GREY, LINE, layout));
    legend.add(ChartStyle.line("Mean change " + unit.text(mean), DARK, DASHED, layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart(label + ": change in horizon revenue",
        "Per future, " + label + " minus " + base + " on the same random numbers, across "
            + Amounts.count(sorted.length) + " futures; right of zero is better", plot, layout),
        layout.height(480, 440));
  }
}
