package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.ORANGE;
import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.ReverseStressAccountsFile;
import org.kamsim.results.ReverseStressFile;
import org.kamsim.results.StressFile;
import org.kamsim.results.Table;

/**
 * The charts of {@code stress}, drawn from its files: the concentration ladder (expected horizon revenue
 * and its 5th percentile per rung, against the survival threshold) and the reverse stress test (expected
 * revenue left as the accounts are lost one by one in the order the test takes them, the threshold crossing
 * marked). Both are rows down the side and revenue across, so long rung and account names stay readable
 * on a phone; on both, left is worse.
 */
public final class StressCharts {
  /** File name of the ladder chart. */
  public static final String LADDER = "stress_ladder";
  /** File name of the reverse stress chart. */
  public static final String REVERSE = "reverse_stress";
  /** Accounts the reverse stress chart shows at least, and at most. */
  static final int FEWEST_ROWS = 8;
  static final int MOST_ROWS = 25;

  private StressCharts() {}

  /** The ladder, from {@code stress.csv} and (for the threshold and month) {@code reverse-stress.csv}. */
  public static ChartFiles.Chart ladder(Table stress, Table reverse) {
    return new ChartFiles.Chart(LADDER, layout -> drawLadder(stress, reverse, layout));
  }

  /** The reverse stress test, from {@code reverse-stress-accounts.csv} and {@code reverse-stress.csv}. */
  public static ChartFiles.Chart reverse(Table accounts, Table reverse) {
    return new ChartFiles.Chart(REVERSE, layout -> drawReverse(accounts, reverse, layout));
  }

  /** How many accounts the reverse stress chart shows: a few past the expected set, within bounds. */
  public static int reverseRows(Table accounts, Table reverse) {
    int n = accounts.rowCount();
    double count = reverse.doubles(ReverseStressFile.COUNT).get(0);
    int wanted = Double.isNaN(count) ? MOST_ROWS : Math.max(FEWEST_ROWS, (int) count + 3);
    return Math.min(n, Math.min(MOST_ROWS, wanted));
  }

  private static ChartFiles.Drawing drawLadder(Table stress, Table reverse, Layout layout) {
    int n = stress.rowCount();
    DoubleColumn mean = stress.doubles(StressFile.REVENUE_MEAN);
    DoubleColumn p05 = stress.doubles(StressFile.REVENUE_P05);
    DoubleColumn share = stress.doubles(StressFile.LOST_SHARE_TODAY);
    double threshold = reverse.doubles(ReverseStressFile.SURVIVAL_REVENUE).get(0);
    int month = reverse.ints(ReverseStressFile.MONTH).get(0);
    YIntervalSeries means = new YIntervalSeries("Expected");
    YIntervalSeries lows = new YIntervalSeries("P5");
    String[] names = new String[n];
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int row = n - 1 - i; // the first rung at the top
      String rung = stress.texts(StressFile.RUNG).get(i);
      // A phone's plot has no width to spare for the share: the subtitle and the table give it.
      names[row] = i == 0 || layout.narrow() ? rung : rung + " (" + Amounts.percent(share.get(i), 0) + ")";
      means.add(row, mean.get(i), p05.get(i), mean.get(i));
      lows.add(row, p05.get(i), p05.get(i), p05.get(i));
      values.add(mean.get(i));
      values.add(p05.get(i));
    }
    values.add(threshold);
    String subtitle = "Each rung also loses its accounts" + (layout.narrow() ? "" : " (share of today's revenue in "
        + "brackets)") + " in month " + month
        + ", on the same random numbers; left is worse, and left of the red line expected revenue is below the "
        + "survival threshold";
    JFreeChart chart = rows("Concentration ladder: horizon revenue per rung", subtitle, names,
        List.of(means, lows), values, threshold, "Revenue over the horizon", layout,
        legend -> {
          legend.add(ChartStyle.line("Expected revenue, with a line down to its 5th percentile", BLUE,
              ChartStyle.LINE, layout));
          legend.add(ChartStyle.swatch("5th percentile (a 1-in-20 bad outcome)", ORANGE, layout));
        }, ORANGE);
    return new ChartFiles.Drawing(chart, height(n, layout));
  }

  private static ChartFiles.Drawing drawReverse(Table accounts, Table reverse, Layout layout) {
    int shown = reverseRows(accounts, reverse);
    double threshold = reverse.doubles(ReverseStressFile.SURVIVAL_REVENUE).get(0);
    int month = reverse.ints(ReverseStressFile.MONTH).get(0);
    double count = reverse.doubles(ReverseStressFile.COUNT).get(0);
    DoubleColumn after = accounts.doubles(ReverseStressAccountsFile.EXPECTED_REVENUE_AFTER);
    DoubleColumn lost = accounts.doubles(ReverseStressAccountsFile.EXPECTED_REVENUE_LOST);
    double base = accounts.rowCount() == 0 ? reverse.doubles(ReverseStressFile.REVENUE_MEAN).get(0)
        : after.get(0) + lost.get(0);
    YIntervalSeries above = new YIntervalSeries("Expected above the threshold");
    YIntervalSeries below = new YIntervalSeries("Expected below the threshold");
    int rows = shown + 1;
    String[] names = new String[rows];
    List<Double> values = new ArrayList<>();
    names[rows - 1] = "none lost";
    (base < threshold ? below : above).add(rows - 1, base, base, base);
    values.add(base);
    values.add(threshold);
    for (int k = 0; k < shown; k++) {
      int row = rows - 2 - k;
      names[row] = "+ " + Labels.axis(accounts, k, layout.narrow() ? 14 : 28);
      double v = after.get(k);
      (accounts.flags(ReverseStressAccountsFile.BELOW_THRESHOLD).get(k) ? below : above).add(row, v, v, v);
      values.add(v);
    }
    String crossing = Double.isNaN(count)
        ? "no set of accounts crosses the threshold, not even all of them"
        : count == 0 ? "the scenario is below the threshold before any loss"
        : count == 1 ? "losing the first account crosses it"
        : "losing the first " + (long) count + " accounts crosses it";
    String subtitle = "Expected horizon revenue left after losing each account and all above it in month " + month
        + " (largest expected revenue from then on first); left is worse: " + crossing
        + (shown < accounts.rowCount() ? "; the first " + shown + " of " + accounts.rowCount() + " shown" : "");
    JFreeChart chart = rows("Reverse stress: which losses break the threshold", subtitle, names,
        List.of(above, below), values, threshold, "Expected revenue over the horizon", layout,
        legend -> {
          legend.add(ChartStyle.swatch("Expected revenue above the threshold", BLUE, layout));
          legend.add(ChartStyle.swatch("Expected revenue below it", RED, layout));
        }, RED);
    return new ChartFiles.Drawing(chart, height(rows, layout));
  }

  private static int height(int rows, Layout layout) {
    return layout.narrow() ? 260 + 30 * rows : 200 + 26 * rows;
  }

  /** Adds a chart's own legend entries; the threshold's is added after them. */
  private interface Legend {
    void add(LegendItemCollection legend);
  }

  /**
   * A horizontal chart: one row per name (row 0 at the bottom), each series drawn as dots with a whisker
   * from its interval's low to its high end, and the survival threshold as a red dashed line, named in the
   * legend.
   */
  private static JFreeChart rows(String title, String subtitle, String[] names, List<YIntervalSeries> series,
      List<Double> values, double threshold, String what, Layout layout, Legend legendItems,
      java.awt.Color second) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    for (YIntervalSeries s : series) {
      dataset.addSeries(s);
    }
    XYErrorRenderer renderer = Renderers.errors(BLUE, false);
    renderer.setSeriesPaint(1, second);
    renderer.setSeriesShape(1, second == ORANGE ? new Rectangle2D.Double(-3, -6, 6, 12) : ChartStyle.DOT);
    renderer.setSeriesLinesVisible(1, false);
    renderer.setErrorPaint(null); // each series' own colour
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[] all = new double[values.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = values.get(i);
      lo = Math.min(lo, all[i]);
      hi = Math.max(hi, all[i]);
    }
    Unit unit = Unit.ofLargest(all);
    NumberAxis revenue = Axes.money(layout.narrow() ? "Revenue" : what, unit, layout);
    double pad = Math.max(0.04 * (hi - lo), 0.01 * Math.abs(hi));
    double lower = lo - pad;
    revenue.setRange(lo >= 0 ? Math.max(0, lower) : lower, hi + pad);
    SymbolAxis rowAxis = new SymbolAxis(null, names);
    rowAxis.setRange(-0.6, names.length - 0.4);
    rowAxis.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(dataset, rowAxis, revenue, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    // No label on the line: at the top of the plot it would sit on the first row's whisker; the legend names it.
    plot.addRangeMarker(Axes.marker(threshold, null, RED, ChartStyle.DASHED, true, 0, layout));
    LegendItemCollection legend = new LegendItemCollection();
    legendItems.add(legend);
    legend.add(ChartStyle.line("Survival threshold (" + unit.text(threshold) + ")", RED, ChartStyle.DASHED,
        layout));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(title, subtitle, plot, layout);
    rowAxis.setTickLabelPaint(ChartStyle.TEXT);
    rowAxis.setTickLabelFont(layout.tick());
    return chart;
  }
}
