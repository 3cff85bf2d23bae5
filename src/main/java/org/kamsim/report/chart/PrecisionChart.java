package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DOTTED;
import static org.kamsim.report.chart.ChartStyle.GREEN;
import static org.kamsim.report.chart.ChartStyle.LINE;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;

/**
 * How precise the simulated means are: the running mean of horizon revenue (top) and horizon profit (bottom)
 * as trials are added, each with a band of two standard errors either side, against the number of trials
 * on a log scale (the band narrows as one over the square root of the trials: a straight funnel). Two panels
 * on one trial axis, because revenue and profit differ in scale and a shared money axis would flatten profit.
 */
final class PrecisionChart {
  private static final Color REVENUE_BAND = new Color(0xcfe1f5);
  private static final Color PROFIT_BAND = new Color(0xc8ecdf);

  private PrecisionChart() {}

  static ChartFiles.Drawing draw(RunningMeans revenue, RunningMeans profit, Layout layout) {
    int trials = revenue.trials(revenue.size() - 1);
    LogAxis x = new LogAxis("Trials (log scale)");
    x.setBase(10);
    x.setSmallestValue(1);
    x.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    x.setLowerMargin(0.02);
    x.setUpperMargin(0.02);
    // Labels at powers of ten only (100, 1,000, 10,000), with unlabelled marks between: JFreeChart's own
    // choice on a log axis labels 126, 158, 200..., which no reader takes in.
    x.setTickUnit(new NumberTickUnit(1), false, true);
    x.setMinorTickCount(9);
    x.setMinorTickMarksVisible(true);
    if (revenue.size() == 1) {
      // One point (a hundred trials or fewer): a range around it, as a log axis cannot span a single value.
      x.setRange(Math.max(1, trials / 2.0), trials * 2.0);
    }
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
    plot.setGap(14);
    plot.add(panel(revenue, layout.narrow() ? "Revenue" : "Mean revenue", BLUE, REVENUE_BAND, layout), 1);
    plot.add(panel(profit, layout.narrow() ? "Profit" : "Mean profit", GREEN, PROFIT_BAND, layout), 1);

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Running mean of revenue", BLUE, LINE, layout));
    legend.add(ChartStyle.swatch("Revenue: mean \u00b1 2 standard errors", REVENUE_BAND, layout));
    legend.add(ChartStyle.line("Running mean of profit", GREEN, LINE, layout));
    legend.add(ChartStyle.swatch("Profit: mean \u00b1 2 standard errors", PROFIT_BAND, layout));
    legend.add(ChartStyle.line("Mean of all " + Amounts.count(trials) + " trials", DARK, DOTTED, layout));
    plot.setFixedLegendItems(legend);
    // The title gives one standard error, as --precision measures it; the band shows two.
    String title = "Precision after " + Amounts.count(trials) + (trials == 1 ? " trial" : " trials")
        + ": standard error " + Amounts.smallPercent(revenue.finalRelativeHalfBand() / RunningMeans.BAND)
        + " of mean revenue, " + Amounts.smallPercent(profit.finalRelativeHalfBand() / RunningMeans.BAND)
        + " of mean profit";
    return new ChartFiles.Drawing(ChartStyle.chart(title, "The mean of the first n trials as n grows, with a "
        + "band of \u00b12 standard errors (about a 95% interval); the narrower the band, the more precise the "
        + "mean", plot, layout), layout.height(560, 600));
  }

  private static XYPlot panel(RunningMeans m, String what, Color line, Color band, Layout layout) {
    YIntervalSeries series = new YIntervalSeries(what);
    double highest = 0;
    for (int i = 0; i < m.size(); i++) {
      double half = RunningMeans.BAND * m.stderr(i);
      series.add(m.trials(i), m.mean(i), m.mean(i) - half, m.mean(i) + half);
      highest = Math.max(highest, Math.abs(m.mean(i)) + half);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(1f);
    renderer.setSeriesPaint(0, line);
    renderer.setSeriesStroke(0, LINE);
    renderer.setSeriesFillPaint(0, band);
    NumberAxis y = Axes.money(what, Unit.of(highest), layout);
    y.setAutoRangeIncludesZero(false);
    Axes.atLeastTwoPercent(y, m.finalMean());
    XYPlot plot = new XYPlot(data, null, y, renderer);
    plot.addRangeMarker(new ValueMarker(m.finalMean(), DARK, DOTTED));
    return plot;
  }
}
