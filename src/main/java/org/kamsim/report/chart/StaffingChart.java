package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.DOTTED;
import static org.kamsim.report.chart.ChartStyle.GREEN;
import static org.kamsim.report.chart.ChartStyle.ORANGE;
import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.BasicStroke;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.report.text.Lists;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.StaffingFile;
import org.kamsim.results.Table;
import org.kamsim.simulation.Stats;

/**
 * The staffing curve, in profit: on top, the mean profit of the best plan found for each headcount with
 * its 95% interval (and, for {@code mean-es}, the objective as a second line); below, what each added KAM
 * adds to mean profit, paired on the same fresh trials, with its 95% interval.
 */
final class StaffingChart {
  private StaffingChart() {}

  static ChartFiles.Drawing draw(Table t, ObjectiveText objective, int chosenHeadcount, Layout layout) {
    IntColumn headcount = t.ints(StaffingFile.HEADCOUNT);
    DoubleColumn profit = t.doubles(StaffingFile.MEAN_PROFIT);
    DoubleColumn stderr = t.doubles(StaffingFile.PROFIT_STDERR);
    DoubleColumn value = t.doubles(StaffingFile.OBJECTIVE);
    DoubleColumn marginal = t.doubles(StaffingFile.MARGINAL_PROFIT);
    DoubleColumn low = t.doubles(StaffingFile.MARGINAL_PROFIT_CI95_LOW);
    DoubleColumn high = t.doubles(StaffingFile.MARGINAL_PROFIT_CI95_HIGH);
    boolean objectiveLine = objective.differsFromMeanProfit();
    String measure = objective.profit();
    YIntervalSeries curve = new YIntervalSeries("Mean " + measure + " of the best plan, with 95% interval");
    XYSeries objectiveSeries = new XYSeries("Objective");
    YIntervalSeries margins = new YIntervalSeries("Mean " + measure + " one more KAM adds, with 95% interval");
    for (int i = 0; i < t.rowCount(); i++) {
      double v = profit.get(i);
      double half = Stats.Z95 * stderr.get(i);
      curve.add(headcount.get(i), v, v - half, v + half);
      objectiveSeries.add(headcount.get(i), value.get(i));
      if (!marginal.isMissing(i)) {
        margins.add(headcount.get(i), marginal.get(i), low.get(i), high.get(i));
      }
    }
    Unit unit = Unit.ofLargest(profit.max(), profit.min(), objectiveLine ? value.max() : 0,
        objectiveLine ? value.min() : 0, high.max(), low.min());
    YIntervalSeriesCollection curveData = new YIntervalSeriesCollection();
    curveData.addSeries(curve);
    NumberAxis top = Axes.money(layout.narrow() || objective.npv().isPresent() ? objective.profitLabel()
        : "Profit over the horizon", unit, layout);
    top.setAutoRangeIncludesZero(false);
    Axes.atLeastTwoPercent(top, profit.max(), profit.min());
    XYPlot curvePlot = new XYPlot(curveData, null, top, Renderers.errors(BLUE, true));
    if (objectiveLine) {
      XYLineAndShapeRenderer line = Renderers.lines();
      line.setDefaultShapesVisible(true);
      Renderers.style(line, 0, ORANGE, DASHED);
      line.setSeriesShape(0, ChartStyle.DOT);
      curvePlot.setDataset(1, new XYSeriesCollection(objectiveSeries));
      curvePlot.setRenderer(1, line);
    }
    YIntervalSeriesCollection marginData = new YIntervalSeriesCollection();
    marginData.addSeries(margins);
    NumberAxis bottom = Axes.money(layout.narrow() ? "Adds" : "KAM adds", unit, layout);
    bottom.setAutoRangeIncludesZero(true);
    XYPlot marginPlot = new XYPlot(marginData, null, bottom, Renderers.errors(GREEN, false));
    marginPlot.addRangeMarker(new ValueMarker(0, DARK, new BasicStroke(1f)));
    NumberAxis x = Axes.axis("KAM headcount", layout);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    x.setLowerMargin(0.06);
    x.setUpperMargin(0.06);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(14);
    plot.add(curvePlot, 3);
    plot.add(marginPlot, 2);
    if (chosenHeadcount >= 0) {
      // Named in the legend: a label at the line's top covered the next headcount's point.
      curvePlot.addDomainMarker(new ValueMarker(chosenHeadcount, RED, DOTTED), Layer.FOREGROUND);
      marginPlot.addDomainMarker(new ValueMarker(chosenHeadcount, RED, DOTTED), Layer.FOREGROUND);
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Mean " + measure + " of the best plan for each headcount (95% interval)", BLUE,
        ChartStyle.LINE, layout));
    if (objectiveLine) {
      legend.add(ChartStyle.line("Its objective: " + objective.what(), ORANGE, DASHED, layout));
    }
    legend.add(ChartStyle.line("Mean " + measure + " one more KAM adds (paired, 95% interval)", GREEN,
        ChartStyle.LINE,
        layout));
    if (chosenHeadcount >= 0) {
      legend.add(ChartStyle.line("Chosen: " + Lists.count(chosenHeadcount, "KAM", "KAMs"), RED, DOTTED, layout));
    }
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Staffing curve",
        "The best plan found for each KAM headcount, and what each added KAM adds, in " + measure
            + " on the fresh trials",
        plot, layout), layout.height(600, 560));
  }
}
