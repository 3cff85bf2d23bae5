package org.kamsim.report;

import static org.kamsim.report.ChartStyle.AMBER;
import static org.kamsim.report.ChartStyle.BLUE;
import static org.kamsim.report.ChartStyle.DARK;
import static org.kamsim.report.ChartStyle.DASHED;
import static org.kamsim.report.ChartStyle.DOT;
import static org.kamsim.report.ChartStyle.DOTTED;
import static org.kamsim.report.ChartStyle.GREEN;
import static org.kamsim.report.ChartStyle.GREY;
import static org.kamsim.report.ChartStyle.LINE;
import static org.kamsim.report.ChartStyle.MARKER;
import static org.kamsim.report.ChartStyle.ORANGE;
import static org.kamsim.report.ChartStyle.RED;
import static org.kamsim.report.ChartStyle.alpha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.Amounts.Unit;
import org.kamsim.report.ChartFiles.Chart;
import org.kamsim.report.PlanSearch.Chosen;
import org.kamsim.report.ReportData.Simulation;
import org.kamsim.report.SummaryFigures.Risk;
import org.kamsim.simulation.Stats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * The report's charts, each built from the files of a result ({@link ReportData}), never from the engine.
 * Money axes are scaled to a unit (thousands, millions, billions) named in the axis label; shares and
 * probabilities are in percent. Every chart carries its title, a one-line subtitle that says what is
 * drawn, and a legend that names every line and colour, so that a PNG lifted into a slide still reads on
 * its own.
 */
final class ReportCharts {
  static final int WIDTH = 960;
  static final int HEIGHT = 540;

  static final String FAN = "revenue_fan";
  static final String REVENUE = "revenue_distribution";
  static final String PROFIT = "profit_distribution";
  static final String LOST = "accounts_lost";
  static final String LORENZ = "concentration_lorenz";
  static final String PARETO = "concentration_pareto";
  static final String TAIL = "tail_drivers";
  static final String PLAN_VALUE = "plan_value";
  static final String CONVERGENCE = "convergence";
  static final String STAFFING = "staffing";
  static final String FRONTIER = "frontier";
  static final String BASELINES = "plan_vs_baselines";

  /** Accounts in the Pareto chart and the tail-drivers chart. */
  static final int PARETO_ACCOUNTS = 20;
  static final int TAIL_ACCOUNTS = 15;

  private static final Color BAND_OUTER = new Color(0xcfe1f5);
  private static final Color BAND_INNER = new Color(0x8db9e6);
  private static final Color BARS = new Color(0x6f9fd8);
  private static final Color TAIL_BARS = new Color(0xe8877d);
  /** For series told apart only by colour (phases, headcounts). */
  private static final Color[] PALETTE = {BLUE, ORANGE, GREEN, ChartStyle.PURPLE, AMBER,
      new Color(0x56b4e9), new Color(0xcc79a7), DARK, new Color(0x8c564b), GREY};

  private ReportCharts() {}

  /** Every chart the data allows, in the order the report shows them. */
  static List<Chart> all(ReportData data) {
    List<Chart> charts = new ArrayList<>();
    data.simulation().ifPresent(d -> {
      int months = d.summary().horizonMonths();
      charts.add(fan(d));
      charts.add(distribution(REVENUE, "Revenue over " + months + " months", d.trials().doubleColumn("revenue"),
          d.summary().revenue().mean(), d.summary().revenueAtRisk(), "Revenue", months));
      charts.add(distribution(PROFIT, "Profit over " + months + " months", d.trials().doubleColumn("profit"),
          d.summary().profit().mean(), d.summary().profitAtRisk(), "Profit", months));
      charts.add(accountsLost(d));
      charts.add(lorenz(d));
      charts.add(pareto(d));
      if (totalEs(d) > 0) {
        charts.add(tailDrivers(d));
      }
      charts.add(planValue(d));
    });
    PlanSearch s = data.search();
    Objective objective = s.plan().map(p -> Objective.of(p.objective())).orElse(Objective.UNKNOWN);
    s.plan().filter(p -> !p.baselines().isEmpty()).ifPresent(p -> charts.add(baselines(p, objective)));
    s.staffing().ifPresent(t -> charts.add(staffing(t, objective, s.plan().map(Chosen::headcount).orElse(-1))));
    s.frontier().ifPresent(t -> charts.add(frontier(t, s.plan().orElse(null))));
    s.convergence().ifPresent(t -> charts.add(convergence(t, objective)));
    return charts;
  }

  // ---------------------------------------------------------------------------------------------------
  // Simulation results

  static Chart fan(Simulation d) {
    Frame p = d.periods();
    IntColumn month = p.intColumn("month");
    DoubleColumn p05 = p.doubleColumn("revenue_p05");
    DoubleColumn p25 = p.doubleColumn("revenue_p25");
    DoubleColumn p50 = p.doubleColumn("revenue_p50");
    DoubleColumn p75 = p.doubleColumn("revenue_p75");
    DoubleColumn p95 = p.doubleColumn("revenue_p95");
    DoubleColumn mean = p.doubleColumn("revenue_mean");
    DoubleColumn statusQuo = p.doubleColumn("status_quo_revenue_p50");

    YIntervalSeries outer = new YIntervalSeries("5-95%");
    YIntervalSeries inner = new YIntervalSeries("25-75%");
    XYSeries median = new XYSeries("Median");
    XYSeries average = new XYSeries("Mean");
    XYSeries sqMedian = new XYSeries("Status quo median");
    for (int i = 0; i < p.rowCount(); i++) {
      int m = month.getInt(i);
      outer.add(m, p50.getDouble(i), p05.getDouble(i), p95.getDouble(i));
      inner.add(m, p50.getDouble(i), p25.getDouble(i), p75.getDouble(i));
      median.add(m, p50.getDouble(i));
      average.add(m, mean.getDouble(i));
      sqMedian.add(m, statusQuo.getDouble(i));
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(outer);
    bands.addSeries(inner);
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(1f);
    bandRenderer.setSeriesFillPaint(0, BAND_OUTER);
    bandRenderer.setSeriesFillPaint(1, BAND_INNER);

    XYSeriesCollection lines = new XYSeriesCollection();
    lines.addSeries(median);
    lines.addSeries(average);
    lines.addSeries(sqMedian);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    style(lineRenderer, 0, BLUE, LINE);
    style(lineRenderer, 1, DARK, DASHED);
    style(lineRenderer, 2, ORANGE, DASHED);

    Unit unit = Unit.ofLargest(p95.max());
    NumberAxis y = moneyAxis("Revenue per month", unit);
    y.setAutoRangeIncludesZero(true);
    NumberAxis x = monthAxis(p.rowCount());
    XYPlot plot = new XYPlot(bands, x, y, bandRenderer);
    plot.setDataset(1, lines);
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    // The outer band first, so that the inner one is drawn over it.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("90% of outcomes (5th-95th percentile)", BAND_OUTER));
    legend.add(ChartStyle.swatch("50% of outcomes (25th-75th)", BAND_INNER));
    legend.add(ChartStyle.line("Median, plan", BLUE, LINE));
    legend.add(ChartStyle.line("Mean, plan", DARK, DASHED));
    legend.add(ChartStyle.line("Median, status quo", ORANGE, DASHED));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Monthly revenue: the range of outcomes",
        "Portfolio revenue of each month under the plan, across " + Amounts.count(d.summary().trials())
            + " simulated futures", plot, true);
    return new Chart(FAN, chart, WIDTH, HEIGHT);
  }

  /**
   * A histogram of horizon totals with the mean, the VaR95 point ({@code mean - var95}) and the ES95 point
   * ({@code mean - es95}) marked, and the worst 5% of trials in red.
   */
  static Chart distribution(String name, String title, DoubleColumn column, double mean, Risk risk,
      String what, int months) {
    double[] values = finite(column.asDoubleArray());
    double varPoint = mean - risk.var95();
    double esPoint = mean - risk.es95();
    // Scaled to the mean, not the far tail: "416.6 million" reads better than "0.42 billion".
    Unit unit = Unit.of(mean);
    Bins bins = Bins.of(values);
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
    XYBarRenderer renderer = bars();
    renderer.setSeriesPaint(0, BARS);
    renderer.setSeriesPaint(1, TAIL_BARS);

    NumberAxis x = moneyAxis(what + " over " + months + " months", unit);
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = axis("Share of trials");
    y.setNumberFormatOverride(percentFormat());
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    plot.addDomainMarker(marker(mean, "Mean", DARK, LINE, false, 4), Layer.FOREGROUND);
    plot.addDomainMarker(marker(varPoint, "VaR 95%", AMBER, DASHED, false, 24), Layer.FOREGROUND);
    plot.addDomainMarker(marker(esPoint, "ES 95%", RED, DASHED, true, 4), Layer.FOREGROUND);

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("Share of trials", BARS));
    legend.add(ChartStyle.swatch("Worst 5% of trials", TAIL_BARS));
    legend.add(ChartStyle.line("Mean " + unit.text(mean), DARK, LINE));
    legend.add(ChartStyle.line("VaR 95%: " + unit.text(risk.var95()) + " below the mean", AMBER, DASHED));
    legend.add(ChartStyle.line("ES 95%: worst 5% average, " + unit.text(risk.es95()) + " below the mean",
        RED, DASHED));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(title + ": distribution",
        "How often each total came out, across " + Amounts.count(values.length)
            + " simulated futures; the red bars are the worst 5%", plot, true);
    return new Chart(name, chart, WIDTH, HEIGHT);
  }

  static Chart accountsLost(Simulation d) {
    double[] lost = finite(d.trials().doubleColumn("accounts_lost").asDoubleArray());
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (double v : lost) {
      lo = Math.min(lo, Math.round(v));
      hi = Math.max(hi, Math.round(v));
    }
    // One bar per count while that makes at most 60 bars; else bars of w consecutive counts.
    long w = Math.max(1, (hi - lo + 60) / 60);
    TreeMap<Long, Integer> counts = new TreeMap<>();
    for (double v : lost) {
      counts.merge((Math.round(v) - lo) / w, 1, Integer::sum);
    }
    XYIntervalSeries series = new XYIntervalSeries("Share of trials");
    for (Map.Entry<Long, Integer> e : counts.entrySet()) {
      double share = (double) e.getValue() / lost.length;
      double first = lo + e.getKey() * w;
      series.add(first + (w - 1) / 2.0, first - 0.5, first + w - 0.5, share, share, share);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    XYBarRenderer renderer = bars();
    renderer.setSeriesPaint(0, BARS);
    int accounts = d.accounts().rowCount();
    NumberAxis x = axis("Accounts lost over " + d.summary().horizonMonths() + " months (of "
        + Amounts.count(accounts) + ")" + (w > 1 ? ", in bars of " + w : ""));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = axis("Share of trials");
    y.setNumberFormatOverride(percentFormat());
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    double mean = d.summary().accountsLostMean();
    double p95 = d.summary().accountsLostP95();
    plot.addDomainMarker(marker(mean, "Mean", DARK, LINE, true, 4), Layer.FOREGROUND);
    plot.addDomainMarker(marker(p95, "95th percentile", RED, DASHED, false, 4), Layer.FOREGROUND);
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("Share of trials", BARS));
    legend.add(ChartStyle.line("Mean " + Amounts.decimal(mean, 1), DARK, LINE));
    legend.add(ChartStyle.line("95th percentile " + Amounts.decimal(p95, 0)
        + " (1 future in 20 loses at least this many)", RED, DASHED));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Accounts lost: distribution",
        "How many of today's accounts churn or are lost within the horizon, across the simulated futures",
        plot, true);
    return new Chart(LOST, chart, WIDTH, HEIGHT);
  }

  static Chart lorenz(Simulation d) {
    double[] revenue = d.accounts().doubleColumn("revenue_today").asDoubleArray();
    Arrays.sort(revenue);
    double total = Arrays.stream(revenue).sum();
    int n = revenue.length;
    double[] cumulative = new double[n + 1];
    for (int i = 0; i < n; i++) {
      cumulative[i + 1] = cumulative[i] + (total > 0 ? revenue[i] / total : 1.0 / n);
    }
    XYSeries curve = new XYSeries("Lorenz curve");
    for (int i = 0; i <= n; i++) {
      curve.add((double) i / n, cumulative[i]);
    }
    XYSeries equality = new XYSeries("Equality");
    equality.add(0, 0);
    equality.add(1, 1);
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(curve);
    dataset.addSeries(equality);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    style(renderer, 0, BLUE, LINE);
    style(renderer, 1, GREY, DASHED);
    NumberAxis x = axis("Accounts, smallest to largest (cumulative share)");
    NumberAxis y = axis("Revenue today (cumulative share)");
    for (NumberAxis a : List.of(x, y)) {
      a.setRange(0, 1);
      a.setNumberFormatOverride(percentFormat());
    }
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    SummaryFigures.Concentration c = d.summary().concentration();
    if (n >= 5) {
      // Where the Pareto principle is read off the curve: what the largest 20% of accounts bring.
      double at = 0.8 * n;
      int i = (int) Math.floor(at);
      double below = i >= n ? 1 : cumulative[i] + (at - i) * (cumulative[i + 1] - cumulative[i]);
      XYPointerAnnotation note = new XYPointerAnnotation(
          "The largest 20% of accounts bring " + Amounts.percent(1 - below, 0) + " of revenue", 0.8, below,
          -2.4);
      note.setFont(MARKER);
      note.setPaint(DARK);
      note.setArrowPaint(DARK);
      note.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
      note.setBaseRadius(60);
      note.setLabelOffset(6);
      plot.addAnnotation(note);
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Lorenz curve (Gini " + Amounts.decimal(c.gini(), 2) + ")", BLUE, LINE));
    legend.add(ChartStyle.line("Every account the same size", GREY, DASHED));
    legend.add(ChartStyle.note("HHI " + Amounts.decimal(c.hhi(), 3)
        + (c.hhi() > 0 ? " (as concentrated as " + Amounts.decimal(1 / c.hhi(), 0) + " equal accounts)" : "")));
    legend.add(ChartStyle.note("Largest account " + Amounts.percent(c.top1Share(), 1)));
    legend.add(ChartStyle.note("Top 5 accounts " + Amounts.percent(c.top5Share(), 1)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Concentration of today's revenue",
        "The further the curve sags below the diagonal, the more revenue depends on few accounts ("
            + Amounts.count(n) + " accounts)", plot, true);
    return new Chart(LORENZ, chart, WIDTH, HEIGHT);
  }

  static Chart pareto(Simulation d) {
    Frame a = d.accounts();
    DoubleColumn revenue = a.doubleColumn("revenue_today");
    double total = revenue.sum();
    int[] order = byDescending(revenue.asDoubleArray());
    int shown = Math.min(PARETO_ACCOUNTS, order.length);
    Unit unit = Unit.ofLargest(revenue.max());
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset share = new DefaultCategoryDataset();
    Paint[] paints = new Paint[shown];
    Map<String, Color> present = new LinkedHashMap<>();
    double cumulative = 0;
    for (int r = 0; r < shown; r++) {
      int i = order[r];
      String label = label(a, i);
      bars.addValue(revenue.getDouble(i), "Revenue today", label);
      cumulative += revenue.getDouble(i);
      share.addValue(total > 0 ? cumulative / total : 0, "Cumulative share", label);
      Status status = Status.of(a.booleanColumn("key_today").get(i), a.booleanColumn("key_in_plan").get(i));
      paints[r] = status.color;
      present.put(status.label, status.color);
    }
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return paints[column];
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0);
    CategoryAxis categories = new CategoryAxis(null);
    categories.setCategoryMargin(0.25);
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    categories.setLowerMargin(0.01);
    categories.setUpperMargin(0.01);
    NumberAxis value = moneyAxis("Revenue today, annual run-rate", unit);
    CategoryPlot plot = new CategoryPlot(bars, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    NumberAxis cumulativeAxis = axis("Cumulative share of total revenue");
    cumulativeAxis.setRange(0, 1);
    cumulativeAxis.setNumberFormatOverride(percentFormat());
    plot.setRangeAxis(1, cumulativeAxis);
    plot.setRangeAxisLocation(0, AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_LEFT);
    plot.setDataset(1, share);
    plot.mapDatasetToRangeAxis(1, 1);
    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, DARK);
    line.setSeriesStroke(0, new BasicStroke(1.6f));
    line.setSeriesShape(0, DOT);
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    LegendItemCollection legend = new LegendItemCollection();
    present.forEach((label, color) -> legend.add(ChartStyle.swatch(label, color)));
    legend.add(ChartStyle.line("Cumulative share of total revenue (top axis)", DARK, new BasicStroke(1.6f)));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("The " + shown + " largest accounts",
        "Revenue today by account, largest first; colour shows the account's place in today's key set and "
            + "in the plan", plot, true);
    ChartStyle.categoryLabels(plot);
    return new Chart(PARETO, chart, WIDTH, 620);
  }

  static Chart tailDrivers(Simulation d) {
    Frame a = d.accounts();
    DoubleColumn es = a.doubleColumn("es95_contribution");
    DoubleColumn revenue = a.doubleColumn("revenue_today");
    double totalEs = totalEs(d);
    double totalRevenue = revenue.sum();
    int[] order = byDescending(es.asDoubleArray());
    int shown = Math.min(TAIL_ACCOUNTS, order.length);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double covered = 0;
    for (int r = 0; r < shown; r++) {
      int i = order[r];
      String label = label(a, i);
      covered += es.getDouble(i) / totalEs;
      dataset.addValue(es.getDouble(i) / totalEs, "Share of the shortfall in the worst 5% (ES 95%)", label);
      dataset.addValue(totalRevenue > 0 ? revenue.getDouble(i) / totalRevenue : 0, "Share of today's revenue",
          label);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, RED);
    renderer.setSeriesPaint(1, GREY);
    CategoryAxis categories = new CategoryAxis(null);
    categories.setCategoryMargin(0.3);
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    categories.setLowerMargin(0.01);
    categories.setUpperMargin(0.01);
    NumberAxis value = axis("Share");
    value.setNumberFormatOverride(percentFormat());
    CategoryPlot plot = new CategoryPlot(dataset, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = ChartStyle.chart("Where the worst outcomes come from",
        "The " + shown + " accounts that contribute most to the revenue shortfall in the worst 5% of futures "
            + "(together " + Amounts.percent(covered, 0) + " of it)", plot, true);
    ChartStyle.categoryLabels(plot);
    return new Chart(TAIL, chart, WIDTH, 620);
  }

  static Chart planValue(Simulation d) {
    Frame p = d.periods();
    IntColumn month = p.intColumn("month");
    DoubleColumn cumulative = p.doubleColumn("cumulative_incremental_profit_mean");
    DoubleColumn monthly = p.doubleColumn("incremental_profit_mean");
    XYSeries line = new XYSeries("Cumulative");
    XYIntervalSeries perMonth = new XYIntervalSeries("Per month");
    for (int i = 0; i < p.rowCount(); i++) {
      int m = month.getInt(i);
      line.add(m, cumulative.getDouble(i));
      double v = monthly.getDouble(i);
      perMonth.add(m, m - 0.35, m + 0.35, v, Math.min(0, v), Math.max(0, v));
    }
    Unit unit = Unit.ofLargest(cumulative.max(), cumulative.min(), monthly.max(), monthly.min());
    XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
    barData.addSeries(perMonth);
    XYBarRenderer barRenderer = bars();
    barRenderer.setUseYInterval(true);
    barRenderer.setSeriesPaint(0, BAND_INNER);
    XYSeriesCollection lineData = new XYSeriesCollection(line);
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    style(lineRenderer, 0, BLUE, LINE);
    NumberAxis y = moneyAxis("Extra profit of the plan over the status quo", unit);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(barData, monthAxis(p.rowCount()), y, barRenderer);
    plot.setDataset(1, lineData);
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    ValueMarker zero = new ValueMarker(0, DARK, new BasicStroke(1f));
    plot.addRangeMarker(zero);
    d.summary().plan().paybackMonth().ifPresent(m ->
        plot.addDomainMarker(marker(m, "Pays back from month " + m, GREEN, DASHED, false, 4), Layer.FOREGROUND));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Cumulative extra profit (mean)", BLUE, LINE));
    legend.add(ChartStyle.swatch("Extra profit of each month (mean)", BAND_INNER));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("What the KAM plan is worth over time",
        "Mean profit of the plan minus that of the status quo, on the same simulated futures", plot, true);
    return new Chart(PLAN_VALUE, chart, WIDTH, HEIGHT);
  }

  // ---------------------------------------------------------------------------------------------------
  // Optimisation results

  /** How to label, scale and write an optimiser's objective: money, or a probability (survival). */
  record Objective(String label, boolean money) {
    static final Objective UNKNOWN = new Objective("Objective", true);

    static Objective of(PlanSearch.Objective o) {
      return switch (o.name()) {
        case "mean" -> new Objective("Objective: mean profit", true);
        case "mean-es" -> new Objective("Objective: mean profit \u2212 risk aversion \u00d7 ES95", true);
        case "survival" -> new Objective("Objective: chance of staying above the survival threshold", false);
        default -> new Objective("Objective: " + o.name(), o.isMoney());
      };
    }

    /** What the objective measures, without the "Objective: " prefix. */
    String what() {
      return label.startsWith("Objective: ") ? label.substring("Objective: ".length()) : label;
    }

    Unit unit(double... values) {
      return money ? Unit.ofLargest(values) : Unit.ONE;
    }

    /** A value of the objective: {@code 62.4 million}, or {@code 63.1%}. */
    String text(double value) {
      return money ? Amounts.money(value) : Amounts.percent(value, 1);
    }

    /** A difference or a standard error: {@code 807.5 thousand}, or {@code 1.25 points}. */
    String difference(double value) {
      return money ? Amounts.money(value) : Amounts.decimal(100 * value, 2) + " points";
    }

    NumberAxis axis(String what, Unit unit) {
      NumberAxis axis = ReportCharts.axis(money ? unit.axis(what) : what);
      axis.setNumberFormatOverride(money ? unit.tickFormat() : percentFormat());
      axis.setAutoRangeIncludesZero(false);
      return axis;
    }
  }

  static Chart convergence(Frame t, Objective objective) {
    StringColumn phase = t.stringColumn("phase");
    IntColumn generation = t.intColumn("generation");
    DoubleColumn best = t.doubleColumn("best");
    DoubleColumn mean = t.doubleColumn("mean");
    Map<String, XYSeries> bestByPhase = new LinkedHashMap<>();
    XYSeries jointMean = new XYSeries("Population mean, joint search");
    for (int i = 0; i < t.rowCount(); i++) {
      String ph = phase.get(i);
      String label = ph.equals("joint") ? "Best, joint search" : "Best, " + ph;
      bestByPhase.computeIfAbsent(label, k -> new XYSeries(k, false, true))
          .add(generation.getInt(i), best.getDouble(i));
      if (ph.equals("joint") && Double.isFinite(mean.getDouble(i))) {
        jointMean.add(generation.getInt(i), mean.getDouble(i));
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    int s = 0;
    for (XYSeries series : bestByPhase.values()) {
      dataset.addSeries(series);
      style(renderer, s, PALETTE[s % PALETTE.length], s == 0 ? LINE : new BasicStroke(1.6f));
      s++;
    }
    if (jointMean.getItemCount() > 0) {
      dataset.addSeries(jointMean);
      style(renderer, s, GREY, DASHED);
    }
    Unit unit = objective.unit(best.max(), best.min());
    NumberAxis x = axis("Generation");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, objective.axis(objective.label(), unit), renderer);
    JFreeChart chart = ChartStyle.chart("Optimiser convergence",
        "Best objective found by each generation of the genetic search (on the search trials)", plot, true);
    return new Chart(CONVERGENCE, chart, WIDTH, HEIGHT);
  }

  static Chart staffing(Frame t, Objective objective, int chosenHeadcount) {
    IntColumn headcount = t.intColumn("headcount");
    DoubleColumn value = t.doubleColumn("objective");
    DoubleColumn stderr = t.doubleColumn("objective_stderr");
    DoubleColumn marginal = t.doubleColumn("marginal_objective");
    DoubleColumn low = t.doubleColumn("marginal_ci95_low");
    DoubleColumn high = t.doubleColumn("marginal_ci95_high");
    YIntervalSeries curve = new YIntervalSeries("Objective of the best plan, with 95% interval");
    YIntervalSeries margins = new YIntervalSeries("Value of one more KAM, with 95% interval");
    for (int i = 0; i < t.rowCount(); i++) {
      double v = value.getDouble(i);
      double half = 1.96 * stderr.getDouble(i);
      curve.add(headcount.getInt(i), v, v - half, v + half);
      if (Double.isFinite(marginal.getDouble(i))) {
        margins.add(headcount.getInt(i), marginal.getDouble(i), low.getDouble(i), high.getDouble(i));
      }
    }
    Unit unit = objective.unit(value.max(), value.min(), marginal.max(), marginal.min());
    YIntervalSeriesCollection curveData = new YIntervalSeriesCollection();
    curveData.addSeries(curve);
    XYPlot curvePlot = new XYPlot(curveData, null, objective.axis("Objective", unit),
        errorRenderer(BLUE, true));
    YIntervalSeriesCollection marginData = new YIntervalSeriesCollection();
    marginData.addSeries(margins);
    XYPlot marginPlot = new XYPlot(marginData, null, objective.axis("Marginal value", unit),
        errorRenderer(GREEN, false));
    marginPlot.addRangeMarker(new ValueMarker(0, DARK, new BasicStroke(1f)));
    NumberAxis x = axis("KAM headcount");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    x.setLowerMargin(0.06);
    x.setUpperMargin(0.06);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(14);
    plot.add(curvePlot, 3);
    plot.add(marginPlot, 2);
    if (chosenHeadcount >= 0) {
      curvePlot.addDomainMarker(marker(chosenHeadcount, "Chosen: " + kams(chosenHeadcount), RED, DOTTED,
          false, 4), Layer.FOREGROUND);
      marginPlot.addDomainMarker(new ValueMarker(chosenHeadcount, RED, DOTTED), Layer.FOREGROUND);
    }
    String subtitle = (objective.money() ? unit.axis(objective.label()) : objective.label())
        + " of the best plan found for each headcount, and what each added KAM adds";
    JFreeChart chart = ChartStyle.chart("Staffing curve", subtitle, plot, true);
    return new Chart(STAFFING, chart, WIDTH, 600);
  }

  static Chart frontier(Frame t, Chosen chosen) {
    IntColumn headcount = t.intColumn("headcount");
    DoubleColumn mean = t.doubleColumn("mean_profit");
    DoubleColumn es = t.doubleColumn("es95_profit");
    TreeMap<Integer, XYSeries> byHeadcount = new TreeMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      int k = headcount.getInt(i);
      byHeadcount.computeIfAbsent(k, h -> new XYSeries(kams(h), false, true))
          .add(es.getDouble(i), mean.getDouble(i));
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    int s = 0;
    int count = byHeadcount.size();
    for (XYSeries series : byHeadcount.values()) {
      dataset.addSeries(series);
      renderer.setSeriesPaint(s, ramp(count == 1 ? 0.5 : (double) s / (count - 1)));
      renderer.setSeriesShape(s, DOT);
      s++;
    }
    boolean marked = chosen != null && Double.isFinite(chosen.figures().es95Profit())
        && Double.isFinite(chosen.figures().meanProfit());
    if (marked) {
      XYSeries pick = new XYSeries("Chosen plan (" + kams(chosen.headcount()) + ")");
      pick.add(chosen.figures().es95Profit(), chosen.figures().meanProfit());
      dataset.addSeries(pick);
      // A ring around the chosen plan's own point, which stays visible inside it.
      renderer.setSeriesPaint(s, RED);
      renderer.setSeriesShape(s, new Ellipse2D.Double(-10, -10, 20, 20));
      renderer.setSeriesShapesFilled(s, false);
      renderer.setSeriesOutlineStroke(s, new BasicStroke(2.5f));
      renderer.setUseOutlinePaint(false);
      renderer.setDrawOutlines(true);
    }
    Unit unit = Unit.ofLargest(mean.max(), es.max(), mean.min());
    NumberAxis x = moneyAxis("Risk: ES 95% of profit (lower is safer)", unit);
    NumberAxis y = moneyAxis("Mean profit", unit);
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    JFreeChart chart = ChartStyle.chart("Risk and return of the plans found",
        "Each point is a plan: mean profit against the expected shortfall of profit; colour is the headcount",
        plot, true);
    return new Chart(FRONTIER, chart, WIDTH, HEIGHT);
  }

  static Chart baselines(Chosen chosen, Objective objective) {
    List<PlanSearch.Baseline> list = chosen.baselines();
    // With a horizontal orientation the domain (the baseline's row) runs down the side and the range (the
    // advantage) across: a forest plot.
    YIntervalSeries series = new YIntervalSeries("Optimised minus baseline, with 95% interval");
    String[] names = new String[list.size()];
    double[] all = new double[list.size() * 2];
    for (int i = 0; i < list.size(); i++) {
      PlanSearch.Baseline b = list.get(i);
      // Listed top to bottom in file order.
      int row = list.size() - 1 - i;
      names[row] = b.name() + " (" + b.key().size() + " key, " + kams(b.headcount()) + ")";
      series.add(row, b.advantage().value(), b.advantage().ci95Low(), b.advantage().ci95High());
      all[2 * i] = b.advantage().ci95Low();
      all[2 * i + 1] = b.advantage().ci95High();
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(series);
    XYErrorRenderer renderer = errorRenderer(BLUE, false);
    Unit unit = objective.unit(all);
    NumberAxis value = objective.axis("Advantage of the optimised plan: " + objective.what(), unit);
    value.setAutoRangeIncludesZero(true);
    SymbolAxis rows = new SymbolAxis(null, names);
    rows.setRange(-0.6, list.size() - 0.4);
    rows.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(dataset, rows, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, DARK, new BasicStroke(1f)));
    JFreeChart chart = ChartStyle.chart("Optimised plan against the baselines",
        "Difference in the objective on the same validation trials; right of zero, the optimised plan is better",
        plot, true);
    rows.setTickLabelPaint(ChartStyle.TEXT);
    rows.setTickLabelFont(ChartStyle.LEGEND);
    return new Chart(BASELINES, chart, WIDTH, Math.max(320, 170 + 60 * list.size()));
  }

  private static String kams(int headcount) {
    return headcount + (headcount == 1 ? " KAM" : " KAMs");
  }

  // ---------------------------------------------------------------------------------------------------
  // Helpers

  /** Sum of the accounts' ES95 contributions (equal to ES95 of revenue). */
  static double totalEs(Simulation d) {
    return d.accounts().doubleColumn("es95_contribution").sum();
  }

  /** An account's label on a category axis: id and name, the name cut to fit. */
  static String label(Frame accounts, int row) {
    String id = accounts.stringColumn("id").get(row);
    String name = accounts.stringColumn("name").get(row).replaceAll("\\s+", " ").strip();
    if (name.length() > 28) {
      name = name.substring(0, 27).strip() + "\u2026";
    }
    return name.isEmpty() || name.equals(id) ? id : id + "  " + name;
  }

  /** Indexes of {@code values} from the largest to the smallest; ties in file order. */
  static int[] byDescending(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  private enum Status {
    KEPT("Key today, key in the plan", BLUE),
    DROPPED("Key today, dropped from the plan", ORANGE),
    NEW("New key account in the plan", GREEN),
    STANDARD("Standard account", GREY);

    final String label;
    final Color color;

    Status(String label, Color color) {
      this.label = label;
      this.color = color;
    }

    static Status of(boolean keyToday, boolean keyInPlan) {
      return keyToday ? (keyInPlan ? KEPT : DROPPED) : (keyInPlan ? NEW : STANDARD);
    }
  }

  /** Equal-width bins over the values' range: Freedman-Diaconis, kept between 15 and 60 bins. */
  private static final class Bins {
    final double lo;
    final double width;
    final int[] counts;

    private Bins(double lo, double width, int[] counts) {
      this.lo = lo;
      this.width = width;
      this.counts = counts;
    }

    static Bins of(double[] values) {
      double[] sorted = Stats.sorted(values);
      double lo = sorted[0];
      double hi = sorted[sorted.length - 1];
      if (!(hi > lo)) {
        double w = lo == 0 ? 1 : Math.abs(lo) * 0.01;
        return new Bins(lo - w / 2, w, new int[] {values.length});
      }
      double iqr = Stats.quantile(sorted, 0.75) - Stats.quantile(sorted, 0.25);
      double fd = 2 * iqr / Math.cbrt(sorted.length);
      int n = fd > 0 ? (int) Math.ceil((hi - lo) / fd) : 30;
      n = Math.max(15, Math.min(60, n));
      double width = (hi - lo) / n;
      int[] counts = new int[n];
      for (double v : values) {
        counts[Math.min(n - 1, (int) ((v - lo) / width))]++;
      }
      return new Bins(lo, width, counts);
    }

    double lower(int b) {
      return lo + b * width;
    }

    double upper(int b) {
      return lo + (b + 1) * width;
    }
  }

  private static double[] finite(double[] values) {
    double[] out = Arrays.stream(values).filter(Double::isFinite).toArray();
    return out.length > 0 ? out : new double[] {0};
  }

  private static NumberAxis moneyAxis(String what, Unit unit) {
    NumberAxis axis = axis(unit.axis(what));
    axis.setNumberFormatOverride(unit.tickFormat());
    return axis;
  }

  private static NumberAxis monthAxis(int months) {
    NumberAxis x = axis("Month");
    x.setStandardTickUnits(SparseAxis.monthUnits());
    x.setAutoRangeIncludesZero(false);
    x.setRange(0.5, months + 0.5);
    return x;
  }

  /** An axis with at most 12 ticks. */
  static NumberAxis axis(String label) {
    return new SparseAxis(label, 12);
  }

  private static NumberFormat percentFormat() {
    return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static XYBarRenderer bars() {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    return renderer;
  }

  private static XYErrorRenderer errorRenderer(Color color, boolean lines) {
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(lines);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesLinesVisible(0, lines);
    renderer.setSeriesPaint(0, color);
    renderer.setSeriesStroke(0, LINE);
    renderer.setSeriesShape(0, DOT);
    renderer.setErrorPaint(color);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setCapLength(8);
    return renderer;
  }

  private static void style(XYLineAndShapeRenderer renderer, int series, Paint paint,
      java.awt.Stroke stroke) {
    renderer.setSeriesPaint(series, paint);
    renderer.setSeriesStroke(series, stroke);
  }

  /**
   * A vertical line with a label at its top, to its right or (with {@code left}) to its left, {@code down}
   * pixels below the top so that neighbouring labels can be staggered.
   */
  private static ValueMarker marker(double x, String label, Color color, java.awt.Stroke stroke, boolean left,
      int down) {
    ValueMarker m = new ValueMarker(x, color, stroke);
    m.setLabel(label);
    m.setLabelFont(MARKER);
    m.setLabelPaint(color);
    m.setLabelBackgroundColor(alpha(Color.WHITE, 0.85));
    m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(down, 4, 2, 4));
    return m;
  }

  /** Light to dark blue, for {@code t} in [0, 1]: an ordered quantity such as headcount. */
  private static Color ramp(double t) {
    Color from = new Color(0x9ecae1);
    Color to = new Color(0x08306b);
    return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
        (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
        (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
  }
}
