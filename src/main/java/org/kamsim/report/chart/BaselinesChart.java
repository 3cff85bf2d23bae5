package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.ORANGE;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.report.text.Lists;
import org.kamsim.results.PlanSearch;

/**
 * The optimised plan against each baseline on the same fresh trials, as a forest plot: per baseline, the
 * paired difference in mean profit and, when the objective is not mean profit itself, in the objective,
 * each with its 95% interval. Right of zero, the optimised plan is better.
 */
final class BaselinesChart {
  private BaselinesChart() {}

  static ChartFiles.Drawing draw(PlanSearch.Chosen chosen, ObjectiveText objective, Layout layout) {
    List<PlanSearch.Baseline> list = chosen.baselines();
    boolean both = objective.differsFromMeanProfit();
    YIntervalSeries profit = new YIntervalSeries("In mean " + objective.profit());
    YIntervalSeries value = new YIntervalSeries("In the objective");
    String[] names = new String[list.size()];
    double[] all = new double[list.size() * 4];
    // With a horizontal orientation the domain (the baseline's row) runs down the side and the range (the
    // advantage) across. Two series sit a little above and below each row.
    for (int i = 0; i < list.size(); i++) {
      PlanSearch.Baseline b = list.get(i);
      int row = list.size() - 1 - i;
      names[row] = b.name() + (b.sameAsOptimised() ? " (the same plan)" : " (" + b.key().size() + " key, "
          + Lists.count(b.headcount(), "KAM", "KAMs") + ")");
      PlanSearch.Difference p = b.profitAdvantage();
      profit.add(row + (both ? 0.15 : 0), p.value(), p.ci95Low(), p.ci95High());
      PlanSearch.Difference a = b.advantage();
      if (both) {
        value.add(row - 0.15, a.value(), a.ci95Low(), a.ci95High());
      }
      all[4 * i] = p.ci95Low();
      all[4 * i + 1] = p.ci95High();
      all[4 * i + 2] = both ? a.ci95Low() : 0;
      all[4 * i + 3] = both ? a.ci95High() : 0;
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(profit);
    XYErrorRenderer renderer = Renderers.errors(BLUE, false);
    if (both) {
      dataset.addSeries(value);
      renderer.setSeriesPaint(1, ORANGE);
      renderer.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
      renderer.setErrorPaint(null); // each series' own colour
    }
    Unit unit = Unit.ofLargest(all);
    NumberAxis advantage = Axes.money(layout.narrow() ? "Advantage" : "Optimised plan minus baseline", unit, layout);
    advantage.setAutoRangeIncludesZero(true);
    // A margin below zero too: a baseline equal to the plan sits at zero, and its dot must not be cut in half.
    advantage.setAutoRangeStickyZero(false);
    SymbolAxis rows = new SymbolAxis(null, names);
    rows.setRange(-0.6, list.size() - 0.4);
    rows.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(dataset, rows, advantage, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, DARK, new BasicStroke(1f)));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("In mean " + objective.profit() + ", with 95% interval", BLUE, ChartStyle.LINE,
        layout));
    if (both) {
      legend.add(ChartStyle.line("In the objective (" + objective.what() + "), with 95% interval", ORANGE,
          ChartStyle.LINE, layout));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart("Optimised plan against the baselines",
        "Paired differences on the same fresh trials; right of zero, the optimised plan is better", plot, layout);
    rows.setTickLabelPaint(ChartStyle.TEXT);
    rows.setTickLabelFont(layout.tick());
    return new ChartFiles.Drawing(chart, Math.max(layout.narrow() ? 360 : 320,
        (layout.narrow() ? 220 : 170) + 60 * list.size()));
  }
}
