package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.LINE;

import java.awt.BasicStroke;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * The genetic search generation by generation: the best objective found so far in each search phase (the
 * joint search over key set and headcount, then one per headcount) and the joint search's population mean,
 * on the search trials.
 */
final class ConvergenceChart {
  private ConvergenceChart() {}

  static ChartFiles.Drawing draw(Table t, ObjectiveText objective, Layout layout) {
    TextColumn phase = t.texts(ConvergenceFile.PHASE);
    IntColumn generation = t.ints(ConvergenceFile.GENERATION);
    DoubleColumn best = t.doubles(ConvergenceFile.BEST);
    DoubleColumn mean = t.doubles(ConvergenceFile.MEAN);
    Map<String, XYSeries> bestByPhase = new LinkedHashMap<>();
    XYSeries jointMean = new XYSeries("Population mean, joint search");
    for (int i = 0; i < t.rowCount(); i++) {
      String ph = phase.get(i);
      String label = ph.equals(ConvergenceFile.JOINT) ? "Best, joint search" : "Best, " + ph;
      bestByPhase.computeIfAbsent(label, k -> new XYSeries(k, false, true)).add(generation.get(i), best.get(i));
      if (ph.equals(ConvergenceFile.JOINT)) {
        jointMean.add(generation.get(i), mean.get(i));
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = Renderers.lines();
    int s = 0;
    int phases = bestByPhase.size();
    for (XYSeries series : bestByPhase.values()) {
      dataset.addSeries(series);
      Renderers.style(renderer, s, s == 0 ? ChartStyle.BLUE : FrontierChart.colour(s - 1, phases - 1),
          s == 0 ? LINE : new BasicStroke(1.6f));
      s++;
    }
    if (jointMean.getItemCount() > 0) {
      dataset.addSeries(jointMean);
      Renderers.style(renderer, s, GREY, DASHED);
    }
    Unit unit = objective.unit(best.max(), best.min());
    NumberAxis x = Axes.axis("Generation", layout);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(false);
    // The objective in full is in the subtitle: as an axis title it runs longer than the axis.
    NumberAxis y = objective.money() ? Axes.money("Objective", unit, layout) : Axes.percent("Objective", layout);
    y.setAutoRangeIncludesZero(false);
    Axes.atLeastTwoPercent(y, best.max(), best.min());
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    return new ChartFiles.Drawing(ChartStyle.chart("Optimiser convergence",
        "Best objective (" + objective.what() + ") found by each generation of the genetic search, on the "
            + "search trials; higher is better", plot, layout),
        layout.height(540, 480));
  }
}
