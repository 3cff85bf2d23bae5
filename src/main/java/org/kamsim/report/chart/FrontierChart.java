package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.TreeMap;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.IntColumn;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Table;

/**
 * The plans of the trade-off frontier: mean profit (up is more on average) against the mean profit of the
 * worst 5% of futures (right is safer), one colour per headcount from a sequential palette, the chosen plan
 * ringed. The upper right is best on both counts. Profit is the NPV when the scenario has {@code finance}.
 */
final class FrontierChart {
  /**
   * Viridis from 0 to 0.85 in eight steps, dark to light: ordered, readable by colour-blind readers, each
   * step about 9 to 11 units of CIE lightness from the next, and the lightest (L* 82) still visible on white.
   */
  private static final Color[] SEQUENTIAL = {new Color(0x440154), new Color(0x472d7b), new Color(0x3b528b),
      new Color(0x2c728e), new Color(0x21918c), new Color(0x28ae80), new Color(0x5ec962), new Color(0xaddc30)};

  private FrontierChart() {}

  static ChartFiles.Drawing draw(Table t, PlanSearch.Chosen chosen, Layout layout) {
    IntColumn headcount = t.ints(FrontierFile.HEADCOUNT);
    DoubleColumn mean = t.doubles(FrontierFile.MEAN_PROFIT);
    DoubleColumn tail = t.doubles(FrontierFile.TAIL_MEAN_PROFIT);
    TreeMap<Integer, XYSeries> byHeadcount = new TreeMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      int k = headcount.get(i);
      byHeadcount.computeIfAbsent(k, h -> new XYSeries(Lists.count(h, "KAM", "KAMs"), false, true)).add(tail.get(i), mean.get(i));
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    int s = 0;
    int count = byHeadcount.size();
    for (XYSeries series : byHeadcount.values()) {
      dataset.addSeries(series);
      renderer.setSeriesPaint(s, colour(s, count));
      renderer.setSeriesShape(s, ChartStyle.DOT);
      s++;
    }
    XYSeries pick = new XYSeries("Chosen plan (" + Lists.count(chosen.headcount(), "KAM", "KAMs") + ")");
    pick.add(chosen.figures().tailMeanProfit(), chosen.figures().meanProfit());
    dataset.addSeries(pick);
    // A ring around the chosen plan's own point, which stays visible inside it.
    renderer.setSeriesPaint(s, RED);
    renderer.setSeriesShape(s, new Ellipse2D.Double(-10, -10, 20, 20));
    renderer.setSeriesShapesFilled(s, false);
    renderer.setSeriesOutlineStroke(s, new BasicStroke(2.5f));
    renderer.setUseOutlinePaint(false);
    renderer.setDrawOutlines(true);
    Unit unit = Unit.ofLargest(mean.max(), mean.min(), tail.max(), tail.min());
    // With finance, the search's profit figures are NPVs (MODEL.md, "Finance"), and the axes say so.
    boolean npv = chosen.npv().isPresent();
    NumberAxis x = Axes.money(layout.narrow() ? "Worst 5% of futures, mean " + (npv ? "NPV" : "profit")
        : (npv ? "NPV" : "Profit") + " in the worst 5% of futures, mean (right is safer)", unit, layout);
    NumberAxis y = Axes.money("Mean " + (npv ? "NPV" : "profit") + " (up is more)", unit, layout);
    x.setAutoRangeIncludesZero(false);
    y.setAutoRangeIncludesZero(false);
    Axes.atLeastTwoPercent(x, tail.max(), tail.min());
    Axes.atLeastTwoPercent(y, mean.max(), mean.min());
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    return new ChartFiles.Drawing(ChartStyle.chart("Return and safety of the plans found",
        "Each point is a plan; the upper right is better on both counts. Colour: KAM headcount, light is more",
        plot, layout), layout.height(540, 480));
  }

  /** The {@code index}-th of {@code count} ordered colours, spread over the whole palette. */
  static Color colour(int index, int count) {
    if (count <= 1) {
      return SEQUENTIAL[3];
    }
    return SEQUENTIAL[(int) Math.round((double) index * (SEQUENTIAL.length - 1) / (count - 1))];
  }
}
