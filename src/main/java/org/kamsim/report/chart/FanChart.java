package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.AMBER;
import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.DOTTED;
import static org.kamsim.report.chart.ChartStyle.LINE;
import static org.kamsim.report.chart.ChartStyle.ORANGE;
import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.Color;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.ShockText;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Result;
import org.kamsim.results.Summary.ShockEvent;
import org.kamsim.results.Table;

/**
 * The revenue fan: each month's revenue across the simulated futures (5-95% and 25-75% bands, median and
 * mean), the status quo's median on the same futures and, for a scenario with events, each event marked
 * where it strikes and the mean the same futures would have had without the events; for a phased plan, each
 * change of the plan marked in the month it takes effect.
 */
final class FanChart {
  static final Color BAND_OUTER = new Color(0xcfe1f5);
  static final Color BAND_INNER = new Color(0x8db9e6);
  private static final Color EVENT = new Color(0xfdf0d5);

  private FanChart() {}

  static ChartFiles.Drawing draw(Result r, ShockText shocks, Layout layout) {
    Table p = r.periods();
    IntColumn month = p.ints(PeriodsFile.MONTH);
    DoubleColumn p05 = p.doubles(PeriodsFile.REVENUE_P05);
    DoubleColumn p25 = p.doubles(PeriodsFile.REVENUE_P25);
    DoubleColumn p50 = p.doubles(PeriodsFile.REVENUE_P50);
    DoubleColumn p75 = p.doubles(PeriodsFile.REVENUE_P75);
    DoubleColumn p95 = p.doubles(PeriodsFile.REVENUE_P95);
    DoubleColumn mean = p.doubles(PeriodsFile.REVENUE_MEAN);
    DoubleColumn statusQuo = p.doubles(PeriodsFile.STATUS_QUO_REVENUE_P50);
    DoubleColumn withoutShocks = p.doubles(PeriodsFile.REVENUE_MEAN_WITHOUT_SHOCKS);
    boolean shocked = !r.summary().shocks().isEmpty() && !withoutShocks.allMissing();

    YIntervalSeries outer = new YIntervalSeries("5-95%");
    YIntervalSeries inner = new YIntervalSeries("25-75%");
    XYSeries median = new XYSeries("Median");
    XYSeries average = new XYSeries("Mean");
    XYSeries sqMedian = new XYSeries("Status quo median");
    XYSeries unshocked = new XYSeries("Mean without the events");
    for (int i = 0; i < p.rowCount(); i++) {
      int m = month.get(i);
      outer.add(m, p50.get(i), p05.get(i), p95.get(i));
      inner.add(m, p50.get(i), p25.get(i), p75.get(i));
      median.add(m, p50.get(i));
      average.add(m, mean.get(i));
      sqMedian.add(m, statusQuo.get(i));
      if (shocked) {
        unshocked.add(m, withoutShocks.get(i));
      }
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
    XYLineAndShapeRenderer lineRenderer = Renderers.lines();
    Renderers.style(lineRenderer, 0, BLUE, LINE);
    Renderers.style(lineRenderer, 1, DARK, DASHED);
    Renderers.style(lineRenderer, 2, ORANGE, DASHED);
    if (shocked) {
      lines.addSeries(unshocked);
      Renderers.style(lineRenderer, 3, RED, DOTTED);
    }

    Unit unit = Unit.ofLargest(p95.max(), shocked ? withoutShocks.max() : 0);
    NumberAxis y = Axes.money("Revenue per month", unit, layout);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(bands, Axes.months(p.rowCount(), layout), y, bandRenderer);
    plot.setDataset(1, lines);
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    // The outer band first, so that the inner one is drawn over it.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    int stagger = 0;
    LegendItemCollection eventItems = new LegendItemCollection();
    for (ShockEvent e : r.summary().shocks()) {
      String label = shocks.marker(e) + (e.kind().equals(ShockEvent.LOSE) ? ", month " + e.from() : "");
      if (e.kind().equals(ShockEvent.LOSE)) {
        // Lost at month m: the account earns nothing from month m on, so the drop is between m - 1 and m.
        plot.addDomainMarker(Axes.marker(e.from() - 0.5, label, RED, DASHED, false, 4 + 18 * stagger, layout),
            Layer.FOREGROUND);
        eventItems.add(ChartStyle.line(label, RED, DASHED, layout));
      } else {
        IntervalMarker window = new IntervalMarker(e.from() - 0.5, e.to() + 0.5, EVENT);
        eventItems.add(ChartStyle.swatch(label + (e.from() == e.to() ? ", month " + e.from()
            : ", months " + e.from() + "\u2013" + e.to()), EVENT, layout));
        // On a phone the legend alone names the window: its label would sit on the lines.
        window.setLabel(layout.narrow() ? null : label);
        window.setLabelFont(layout.marker());
        window.setLabelPaint(AMBER.darker());
        window.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        window.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        window.setLabelOffset(new RectangleInsets(4 + 18 * stagger, 4, 2, 4));
        plot.addDomainMarker(window, Layer.BACKGROUND);
      }
      stagger = (stagger + 1) % 3;
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("90% of futures (5th-95th percentile)", BAND_OUTER, layout));
    legend.add(ChartStyle.swatch("50% of futures (25th-75th)", BAND_INNER, layout));
    legend.add(ChartStyle.line("Median, plan", BLUE, LINE, layout));
    legend.add(ChartStyle.line("Mean, plan", DARK, DASHED, layout));
    legend.add(ChartStyle.line("Median, status quo", ORANGE, DASHED, layout));
    if (shocked) {
      legend.add(ChartStyle.line("Mean without the scenario's events", RED, DOTTED, layout));
    }
    for (int i = 0; i < eventItems.getItemCount(); i++) {
      legend.add(eventItems.get(i));
    }
    // The bottom of the plot is free (the axis starts at zero, revenue lies well above it): the phases'
    // labels go there, clear of the events' labels at the top.
    PlanPhases phases = PlanPhases.of(r.summary().plan(), p.rowCount());
    phases.mark(plot, legend, p.rowCount(), false, 0, layout);
    plot.setFixedLegendItems(legend);
    boolean losses = r.summary().shocks().stream().anyMatch(e -> e.kind().equals(ShockEvent.LOSE));
    boolean windows = r.summary().shocks().stream().anyMatch(e -> !e.kind().equals(ShockEvent.LOSE));
    String subtitle = "Portfolio revenue of each month under the plan, across "
        + Amounts.count(r.summary().trials()) + " simulated futures"
        + (losses ? "; a dashed red line marks each loss" : "")
        + (windows ? (losses ? ", shading" : "; shading") + " the months of each other event" : "")
        + (phases.phased() ? "; " + phases.caption() : "");
    return new ChartFiles.Drawing(ChartStyle.chart("Monthly revenue: the range of outcomes", subtitle, plot,
        // Each event adds a legend row; on a phone, where every entry takes a row, the chart grows with them
        // so that the plot keeps its height.
        layout), layout.height(540, 480 + 24 * (eventItems.getItemCount() + (phases.phased() ? 2 : 0))));
  }
}
