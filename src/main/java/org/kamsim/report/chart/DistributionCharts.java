package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.AMBER;
import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.DOTTED;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.LINE;
import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.Color;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.Summary;
import org.kamsim.simulation.Stats;

/**
 * A horizon total (revenue or profit) across the simulated futures, two ways: a histogram with the mean,
 * the VaR 95% point and the ES 95% point marked and the worst 5% in red; and its S-curve (the share of
 * futures ending at or below each level), with the survival threshold or break-even marked, and, for a
 * scenario with events, the same futures without them.
 */
final class DistributionCharts {
  static final Color BARS = new Color(0x6f9fd8);
  static final Color TAIL_BARS = new Color(0xe8877d);
  /** Points of an S-curve: enough for a smooth line, few enough for a light SVG. */
  private static final int CURVE_POINTS = 400;

  private DistributionCharts() {}

  /**
   * The values of one horizon total.
   *
   * @param what "Revenue" or "Profit"
   * @param sorted each future's total, sorted
   * @param sortedWithoutShocks the same futures without the scenario's events, sorted; null without events
   * @param mean the mean, as summary.json has it
   * @param risk VaR and ES, as summary.json has them
   * @param months months simulated
   */
  record Total(String what, double[] sorted, double[] sortedWithoutShocks, double mean, Summary.Risk risk,
      int months, Histogram bins) {
    /** The total, binned once for every drawing of its histogram. */
    static Total of(String what, double[] sorted, double[] sortedWithoutShocks, double mean, Summary.Risk risk,
        int months) {
      return new Total(what, sorted, sortedWithoutShocks, mean, risk, months, Histogram.of(sorted));
    }
  }

  /**
   * How many futures lost how many accounts: one bar per count while that makes at most 60 bars, else bars
   * of {@code width} consecutive counts, the first starting at {@code first}.
   */
  record LostCounts(long first, long width, int[] counts, int futures) {
    static LostCounts of(int[] lost) {
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (int v : lost) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      long w = Math.max(1, (hi - lo + 60) / 60);
      int[] counts = new int[(int) ((hi - lo) / w) + 1];
      for (int v : lost) {
        counts[(int) ((v - lo) / w)]++;
      }
      return new LostCounts(lo, w, counts, lost.length);
    }
  }

  static ChartFiles.Drawing histogram(Total t, Layout layout) {
    double[] values = t.sorted();
    double varPoint = t.mean() - t.risk().var95();
    double esPoint = t.mean() - t.risk().es95();
    // Scaled to the mean, not the far tail: "416.6 million" reads better than "0.42 billion".
    Unit unit = Unit.of(t.mean());
    Histogram bins = t.bins();
    XYIntervalSeries normal = new XYIntervalSeries("Trials");
    XYIntervalSeries tail = new XYIntervalSeries("Worst 5%");
    for (int b = 0; b < bins.counts.length; b++) {
      double lo = bins.lower(b);
      double hi = bins.upper(b);
      double share = (double) bins.counts[b] / values.length;
      // A bin belongs to the worst 5% when its middle lies below the VaR point.
      XYIntervalSeries series = (lo + hi) / 2 < varPoint ? tail : normal;
      series.add((lo + hi) / 2, lo, hi, share, share, share);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(normal);
    dataset.addSeries(tail);
    XYBarRenderer renderer = Renderers.bars();
    renderer.setSeriesPaint(0, BARS);
    renderer.setSeriesPaint(1, TAIL_BARS);

    NumberAxis x = Axes.money(t.what() + " over " + t.months() + " months", unit, layout);
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, Axes.percent("Share of futures", layout), renderer);
    // Labels to the right of their lines, staggered: the tail's lines sit near the left edge.
    plot.addDomainMarker(Axes.marker(t.mean(), "Mean", DARK, LINE, false, 4, layout), Layer.FOREGROUND);
    plot.addDomainMarker(Axes.marker(varPoint, "VaR 95%", AMBER, DASHED, false, 24, layout), Layer.FOREGROUND);
    plot.addDomainMarker(Axes.marker(esPoint, "ES 95%", RED, DASHED, false, 44, layout), Layer.FOREGROUND);

    // No red bar when the 5th percentile lies in the lower half of the first bin (every future the same,
    // or a long right tail): then neither the legend nor the subtitle speaks of one.
    boolean redBars = tail.getItemCount() > 0;
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("Share of futures", BARS, layout));
    if (redBars) {
      legend.add(ChartStyle.swatch("Worst 5% of futures", TAIL_BARS, layout));
    }
    legend.add(ChartStyle.line("Mean " + unit.text(t.mean()), DARK, LINE, layout));
    legend.add(ChartStyle.line("VaR 95%: mean \u2212 " + unit.text(t.risk().var95()), AMBER, DASHED, layout));
    legend.add(ChartStyle.line("ES 95%: mean \u2212 " + unit.text(t.risk().es95()), RED, DASHED, layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart(t.what() + " over " + t.months() + " months: distribution",
        "How often each total came out across " + Amounts.count(values.length)
            + " simulated futures" + (redBars ? "; red bars are the worst 5%" : ""), plot, layout),
        layout.height(540, 460));
  }

  /**
   * The S-curve: for each level of the total, the share of futures that end at or below it; a vertical
   * line at {@code mark} (the survival threshold, or break-even) with the share below it read off.
   *
   * @param mark where to draw the line; NaN for none
   * @param below the share of futures ending below {@code mark} (as summary.json has it for the survival
   *     threshold)
   * @param markLabel what the line is ("Survival threshold")
   */
  static ChartFiles.Drawing sCurve(Total t, double mark, double below, String markLabel, Layout layout) {
    double[] values = t.sorted();
    boolean shocked = t.sortedWithoutShocks() != null;
    double median = Stats.quantile(values, 0.5);
    // Scaled to the typical future, as the histogram is: "313.9 million" reads better than "0.31 billion".
    Unit unit = Unit.of(median);
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(curve("With the plan", values));
    XYLineAndShapeRenderer renderer = Renderers.lines();
    Renderers.style(renderer, 0, BLUE, LINE);
    if (shocked) {
      dataset.addSeries(curve("Without the scenario's events", t.sortedWithoutShocks()));
      Renderers.style(renderer, 1, GREY, DASHED);
    }
    NumberAxis x = Axes.money(t.what() + " over " + t.months() + " months", unit, layout);
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = Axes.percent(layout.narrow() ? "Futures at or below" : "Share of futures ending at or below",
        layout);
    y.setRange(0, 1);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line(t.what() + " of the futures, lowest to highest", BLUE, LINE, layout));
    if (shocked) {
      legend.add(ChartStyle.line("The same futures without the scenario's events", GREY, DASHED, layout));
    }
    // The median in the legend only: on the plot its label sat where the curve and the threshold cross.
    plot.addDomainMarker(Axes.marker(median, null, DARK, DOTTED, false, 24, layout), Layer.FOREGROUND);
    legend.add(ChartStyle.line("Median " + unit.text(median), DARK, DOTTED, layout));
    if (Double.isFinite(mark)) {
      ValueMarker line = Axes.marker(mark, markLabel, RED, DASHED, true, 4, layout);
      plot.addDomainMarker(line, Layer.FOREGROUND);
      plot.addRangeMarker(new ValueMarker(below, ChartStyle.alpha(RED, 0.5), DOTTED), Layer.FOREGROUND);
      legend.add(ChartStyle.line(markLabel + " " + unit.text(mark) + ": " + Amounts.probability(below)
          + " of futures end below it", RED, DASHED, layout));
    }
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart(t.what() + " over " + t.months() + " months: S-curve",
        "Read across from a level of " + t.what().toLowerCase(java.util.Locale.ROOT)
            + " to the share of futures that end at or below it; further right is better", plot, layout),
        layout.height(500, 440));
  }


  /** The empirical distribution at {@link #CURVE_POINTS} evenly spaced shares, and both ends. */
  private static XYSeries curve(String name, double[] sorted) {
    XYSeries s = new XYSeries(name, false, true);
    for (int k = 0; k <= CURVE_POINTS; k++) {
      double q = (double) k / CURVE_POINTS;
      s.add(Stats.quantile(sorted, q), q);
    }
    return s;
  }

  static ChartFiles.Drawing accountsLost(LostCounts lost, double mean, double p95, int accounts, int months,
      Layout layout) {
    long w = lost.width();
    XYIntervalSeries series = new XYIntervalSeries("Share of futures");
    for (int b = 0; b < lost.counts().length; b++) {
      if (lost.counts()[b] == 0) {
        continue;
      }
      double share = (double) lost.counts()[b] / lost.futures();
      double first = lost.first() + b * w;
      series.add(first + (w - 1) / 2.0, first - 0.5, first + w - 0.5, share, share, share);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    XYBarRenderer renderer = Renderers.bars();
    renderer.setSeriesPaint(0, BARS);
    NumberAxis x = Axes.axis(layout.narrow()
        ? "Accounts lost (of " + Amounts.count(accounts) + (w > 1 ? "; bars of " + w : "") + ")"
        : "Accounts lost in " + months + " months (of " + Amounts.count(accounts) + ")"
            + (w > 1 ? ", in bars of " + w : ""), layout);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, Axes.percent("Share of futures", layout), renderer);
    plot.addDomainMarker(Axes.marker(mean, "Mean", DARK, LINE, true, 4, layout), Layer.FOREGROUND);
    plot.addDomainMarker(Axes.marker(p95, "95th percentile", RED, DASHED, false, 4, layout), Layer.FOREGROUND);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("Share of futures", BARS, layout));
    legend.add(ChartStyle.line("Mean " + Amounts.decimal(mean, 1), DARK, LINE, layout));
    legend.add(ChartStyle.line("95th percentile " + Amounts.decimal(p95, 0)
        + " (1 future in 20 loses at least this many)", RED, DASHED, layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Accounts lost: distribution",
        "How many of today's accounts churn or are lost within the horizon, across the simulated futures",
        plot, layout), layout.height(540, 440));
  }
}
