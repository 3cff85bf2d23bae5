package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.GREEN;
import static org.kamsim.report.chart.ChartStyle.LINE;

import java.awt.BasicStroke;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Summary;
import org.kamsim.results.Table;

/**
 * What the plan is worth over time: the mean extra profit of each month (plan minus status quo on the same
 * futures) as bars, their running total as a line, and the payback month marked; for a phased plan, each
 * change of the plan marked in the month it takes effect.
 */
final class PlanValueChart {
  private PlanValueChart() {}

  static ChartFiles.Drawing draw(Table periods, Summary.PlanValue plan, Layout layout) {
    IntColumn month = periods.ints(PeriodsFile.MONTH);
    DoubleColumn cumulative = periods.doubles(PeriodsFile.CUMULATIVE_INCREMENTAL_PROFIT_MEAN);
    DoubleColumn monthly = periods.doubles(PeriodsFile.INCREMENTAL_PROFIT_MEAN);
    XYSeries line = new XYSeries("Cumulative");
    XYIntervalSeries perMonth = new XYIntervalSeries("Per month");
    for (int i = 0; i < periods.rowCount(); i++) {
      int m = month.get(i);
      line.add(m, cumulative.get(i));
      double v = monthly.get(i);
      perMonth.add(m, m - 0.35, m + 0.35, v, Math.min(0, v), Math.max(0, v));
    }
    Unit unit = Unit.ofLargest(cumulative.max(), cumulative.min(), monthly.max(), monthly.min());
    XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
    barData.addSeries(perMonth);
    XYBarRenderer barRenderer = Renderers.bars();
    barRenderer.setUseYInterval(true);
    barRenderer.setSeriesPaint(0, FanChart.BAND_INNER);
    XYLineAndShapeRenderer lineRenderer = Renderers.lines();
    Renderers.style(lineRenderer, 0, BLUE, LINE);
    NumberAxis y = Axes.money(layout.narrow() ? "Extra profit" : "Plan minus status quo, profit", unit, layout);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(barData, Axes.months(periods.rowCount(), layout), y, barRenderer);
    plot.setDataset(1, new XYSeriesCollection(line));
    plot.setRenderer(1, lineRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.addRangeMarker(new ValueMarker(0, DARK, new BasicStroke(1f)));
    plan.paybackMonth().ifPresent(m -> plot.addDomainMarker(
        Axes.marker(m, "Pays back from month " + m, GREEN, DASHED, false, 4, layout), Layer.FOREGROUND));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Cumulative extra profit (mean)", BLUE, LINE, layout));
    legend.add(ChartStyle.swatch("Extra profit of each month (mean)", FanChart.BAND_INNER, layout));
    plan.paybackMonth().ifPresent(m -> legend.add(ChartStyle.line("Pays back from month " + m, GREEN, DASHED,
        layout)));
    PlanPhases phases = PlanPhases.of(plan, periods.rowCount());
    if (phases.phased()) {
      // The phases' labels go to the end of the plot the running total is farther from at the first change
      // (the bars sit around zero, the line is what crosses the plot); at the top, below the payback label.
      double low = Math.min(0, Math.min(cumulative.min(), monthly.min()));
      double high = Math.max(0, Math.max(cumulative.max(), monthly.max()));
      double at = cumulative.get(phases.changes().get(0).from() - 1);
      boolean top = high > low && (at - low) / (high - low) < 0.5;
      phases.mark(plot, legend, periods.rowCount(), top, top && plan.paybackMonth().isPresent() ? 1 : 0, layout);
    }
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("What the KAM plan is worth over time",
        "Mean profit of the plan minus that of the status quo on the same simulated futures; above zero, the"
            + " plan earns more" + (phases.phased() ? "; " + phases.caption() : ""), plot, layout),
        layout.height(540, 440 + (phases.phased() ? 48 : 0)));
  }
}
