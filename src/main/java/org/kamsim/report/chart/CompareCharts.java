package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.LINE;
import static org.kamsim.report.chart.ChartStyle.ORANGE;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
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
  /**
   * The mean on the changes chart: a short vertical tick (the chart is horizontal; shapes are not rotated),
   * taller than the interval's end caps so that it is told from them.
   */
  private static final Shape MEAN_TICK = new Rectangle2D.Double(-1.25, -8, 2.5, 16);

  /** Bars of futures with exactly the base's revenue: neither better nor worse, so neither colour of the others. */
  private static final Color SAME_BARS = new Color(0x7b8794);

  private CompareCharts() {}

  /**
   * How many futures of a paired scenario earn less horizon revenue than the same future of the base, exactly
   * as much, and more, counted from {@code compare-trials.csv}'s {@code delta_revenue}: what the histogram
   * colours and what the page says of it. Exactly as much happens: a shock that loses an account that had
   * already churned in that future changes nothing.
   */
  public record Split(int less, int same, int more) {
    /** Counts from per-future changes. */
    public static Split of(double[] changes) {
      int less = 0;
      int same = 0;
      int more = 0;
      for (double d : changes) {
        if (d < 0) {
          less++;
        } else if (d == 0) {
          same++;
        } else {
          more++;
        }
      }
      return new Split(less, same, more);
    }

    /** The futures counted. */
    public int futures() {
      return less + same + more;
    }

    /** {@code count} futures as a share of them: "98.7%", "< 0.1%", or "none" and "all" when exactly so. */
    public String share(int count) {
      return count == 0 ? "none" : count == futures() ? "all" : Amounts.probability((double) count / futures());
    }
  }

  /**
   * Per row of {@code compare.csv}, how its futures split against the base's ({@link Split}); null for the
   * base and for a scenario that is not paired with it.
   */
  public static List<Split> splits(Table compare, Table trials) {
    List<Table> byScenario = trials.groupBy(CompareTrialsFile.SCENARIO.name());
    List<Split> splits = new ArrayList<>();
    for (int row = 0; row < compare.rowCount(); row++) {
      splits.add(row > 0 && compare.flags(CompareFile.PAIRED).get(row)
          ? Split.of(byScenario.get(row).doubles(CompareTrialsFile.DELTA_REVENUE).toArray()) : null);
    }
    return splits;
  }

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
        charts.add(new ChartFiles.Chart(differenceChart(row), layout -> difference(compare, r, sorted, layout)));
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
    List<Integer> changeMonths = new ArrayList<>();
    if (periods.columnNames().contains(ComparePeriodsFile.KAMS.name())) {
      // Each phased plan's changes in its scenario's colour, labelled with the plan from then on; at the
      // bottom of the plot, which the axis from zero leaves free.
      int taken = 0;
      for (int k = 0; k < byScenario.size(); k++) {
        Table p = byScenario.get(k);
        IntColumn month = p.ints(ComparePeriodsFile.MONTH);
        IntColumn key = p.ints(ComparePeriodsFile.KEY_ACCOUNTS);
        IntColumn kams = p.ints(ComparePeriodsFile.KAMS);
        List<Integer> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < p.rowCount(); i++) {
          if (key.get(i) != key.get(i - 1) || kams.get(i) != kams.get(i - 1)) {
            at.add(month.get(i));
            labels.add("m" + month.get(i) + ": " + key.get(i) + " key, " + kams.get(i)
                + (kams.get(i) == 1 ? " KAM" : " KAMs"));
          }
        }
        PlanPhases.lines(plot, at, labels, colour(k), months, false, taken, layout);
        taken += at.size();
        changeMonths.addAll(at);
      }
    }
    if (!changeMonths.isEmpty()) {
      legend.add(ChartStyle.note("Thin dashed lines: a phased plan's changes, in its scenario's colour", layout));
    }
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Monthly revenue: the scenarios side by side",
        "Portfolio revenue of each month: median and 90% range of each scenario; higher is better"
            + (changeMonths.isEmpty() ? "" : "; thin dashed lines mark plan changes"), plot,
        layout), layout.height(540, 460 + 24 * byScenario.size() + (changeMonths.isEmpty() ? 0 : 48)));
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
    // The mean as a thin tick across the whisker, not a dot or square: a marker wider than a narrow interval
    // would reach across the zero line and hide whether the interval does.
    renderer.setSeriesShape(0, MEAN_TICK);
    renderer.setSeriesShape(1, MEAN_TICK);
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
    legend.add(ChartStyle.line("Horizon revenue: mean change (tick) and 95% interval (line)", BLUE, LINE,
        layout));
    legend.add(ChartStyle.line("Horizon profit: mean change (tick) and 95% interval (line)", PROFIT, LINE,
        layout));
    legend.add(ChartStyle.note("Grey line: no change. An interval that crosses it is no clear difference.",
        layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Change against the base, with 95% intervals",
        "Each scenario minus " + compare.texts(CompareFile.SCENARIO).get(0)
            + " in totals over the horizon; right of the grey line is better", plot, layout),
        layout.height(200 + 70 * n, 240 + 70 * n));
  }

  /**
   * The histogram of a paired scenario's per-future change in horizon revenue. The bins are centred on
   * multiples of their width, so that zero is the middle of one bin and every other bin holds only less or
   * only more; the middle bin is stacked by what it holds (less, exactly as much, more), so that every bar
   * has the colour of its futures.
   *
   * @param sorted the per-future changes, sorted
   */
  static ChartFiles.Drawing difference(Table compare, int row, double[] sorted, Layout layout) {
    String base = compare.texts(CompareFile.SCENARIO).get(0);
    String label = compare.texts(CompareFile.SCENARIO).get(row);
    double mean = compare.doubles(CompareFile.DELTA_REVENUE_MEAN).get(row);
    double width = Histogram.of(sorted).width;
    long first = bin(sorted[0], width);
    int bins = (int) (bin(sorted[sorted.length - 1], width) - first + 1);
    int[] less = new int[bins];
    int[] same = new int[bins];
    int[] more = new int[bins];
    for (double d : sorted) {
      int b = (int) (bin(d, width) - first);
      if (d < 0) {
        less[b]++;
      } else if (d == 0) {
        same[b]++;
      } else {
        more[b]++;
      }
    }
    XYIntervalSeries lower = new XYIntervalSeries("Less revenue");
    XYIntervalSeries equal = new XYIntervalSeries("As much revenue");
    XYIntervalSeries higher = new XYIntervalSeries("More revenue");
    double n = sorted.length;
    for (int b = 0; b < bins; b++) {
      double x = (first + b) * width;
      double lo = x - width / 2;
      double hi = x + width / 2;
      double l = less[b] / n;
      double e = (less[b] + same[b]) / n;
      double m = (less[b] + same[b] + more[b]) / n;
      if (less[b] > 0) {
        lower.add(x, lo, hi, l, 0, l);
      }
      if (same[b] > 0) {
        equal.add(x, lo, hi, e, l, e);
      }
      if (more[b] > 0) {
        higher.add(x, lo, hi, m, e, m);
      }
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(lower);
    dataset.addSeries(equal);
    dataset.addSeries(higher);
    XYBarRenderer renderer = Renderers.bars();
    // Each series' bars from its own start: the middle bin is stacked.
    renderer.setUseYInterval(true);
    renderer.setSeriesPaint(0, DistributionCharts.TAIL_BARS);
    renderer.setSeriesPaint(1, SAME_BARS);
    renderer.setSeriesPaint(2, DistributionCharts.BARS);
    Unit unit = Unit.ofLargest(sorted[0], sorted[sorted.length - 1]);
    NumberAxis x = Axes.money("Change in horizon revenue", unit, layout);
    x.setAutoRangeIncludesZero(true);
    NumberAxis y = Axes.percent("Share of futures", layout);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    plot.addDomainMarker(Axes.marker(0, "No change", GREY, LINE, true, 4, layout), Layer.FOREGROUND);
    plot.addDomainMarker(Axes.marker(mean, "Mean", DARK, DASHED, false, 24, layout), Layer.FOREGROUND);
    Split split = Split.of(sorted);
    LegendItemCollection legend = new LegendItemCollection();
    if (split.less() > 0) {
      legend.add(ChartStyle.swatch("Less revenue than " + base + ": " + ofFutures(split, split.less()),
          DistributionCharts.TAIL_BARS, layout));
    }
    if (split.same() > 0) {
      legend.add(ChartStyle.swatch("Exactly as much: " + ofFutures(split, split.same()), SAME_BARS, layout));
    }
    if (split.more() > 0) {
      legend.add(ChartStyle.swatch("More revenue than " + base + ": " + ofFutures(split, split.more()),
          DistributionCharts.BARS, layout));
    }
    legend.add(ChartStyle.line("No change (0)", GREY, LINE, layout));
    legend.add(ChartStyle.line("Mean change " + unit.text(mean), DARK, DASHED, layout));
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart(label + ": change in horizon revenue",
        "Per future, " + label + " minus " + base + " on the same random numbers, across "
            + Amounts.count(sorted.length) + " futures; right of zero is better", plot, layout),
        layout.height(480, 470));
  }

  /** "98.7% of futures", "all futures". */
  private static String ofFutures(Split split, int count) {
    return count == split.futures() ? "all futures" : split.share(count) + " of futures";
  }

  /** The bin of {@code value}: bins {@code width} wide, bin {@code k} centred on {@code k * width}. */
  private static long bin(double value, double width) {
    return (long) Math.floor(value / width + 0.5);
  }
}
