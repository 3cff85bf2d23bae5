package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.ORANGE;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.MeasureText;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * The tornado chart of {@code sensitivity.csv}: one horizontal bar per input, in the file's order (largest
 * swing on top), from the measure with the input at its low value (orange part) to the measure with it at
 * its high value (blue part), each part drawn from the base value, which is the vertical line; grey, both
 * parts, when the file says the input's effect is within noise. Each bar is labelled above it with the input
 * and its low and high values, across the whole plot, so that long names fit a phone as well as a laptop; the
 * labels are set on the plot's background colour, so that no line (the base, zero, the grid) runs through
 * their text.
 */
public final class TornadoChart {
  /** The chart's file name. */
  public static final String NAME = "sensitivity_tornado";

  private TornadoChart() {}

  /** The chart of {@code table} (the rows of {@code sensitivity.csv}) for a horizon of {@code months}. */
  public static ChartFiles.Chart chart(Table table, int months) {
    return new ChartFiles.Chart(NAME, layout -> draw(table, months, layout));
  }

  static ChartFiles.Drawing draw(Table table, int months, Layout layout) {
    int n = table.rowCount();
    TextColumn names = table.texts(SensitivityFile.PARAMETER);
    DoubleColumn low = table.doubles(SensitivityFile.LOW);
    DoubleColumn high = table.doubles(SensitivityFile.HIGH);
    DoubleColumn base = table.doubles(SensitivityFile.BASE);
    DoubleColumn valueLow = table.doubles(SensitivityFile.VALUE_LOW);
    DoubleColumn valueHigh = table.doubles(SensitivityFile.VALUE_HIGH);
    SensitivityMeasure measure = SensitivityMeasure.parse(table.texts(SensitivityFile.MEASURE).get(0));
    double valueBase = table.doubles(SensitivityFile.VALUE_BASE).get(0);

    FlagColumn noEffect = table.flags(SensitivityFile.NO_EFFECT);
    FlagColumn withinNoise = table.flags(SensitivityFile.WITHIN_NOISE);
    // Series 0 and 1: the low and high parts of the bars told apart from noise; 2 and 3: those within it.
    XYIntervalSeries[] parts = {new XYIntervalSeries("low"), new XYIntervalSeries("high"),
        new XYIntervalSeries("low, noise"), new XYIntervalSeries("high, noise")};
    double lo = Math.min(valueBase, Math.min(valueLow.min(), valueHigh.min()));
    double hi = Math.max(valueBase, Math.max(valueLow.max(), valueHigh.max()));
    double pad = hi > lo ? 0.06 * (hi - lo) : Math.max(Math.abs(hi) * 0.02, MeasureText.money(measure) ? 1 : 0.001);
    lo -= pad;
    hi += pad;
    XYPlot plot = new XYPlot();
    for (int i = 0; i < n; i++) {
      double row = n - 1 - i; // the file's first row (largest swing) on top
      int noise = withinNoise.get(i) ? 2 : 0;
      parts[noise].add(row, row - 0.2, row + 0.2, valueLow.get(i), Math.min(valueBase, valueLow.get(i)),
          Math.max(valueBase, valueLow.get(i)));
      parts[noise + 1].add(row, row - 0.2, row + 0.2, valueHigh.get(i), Math.min(valueBase, valueHigh.get(i)),
          Math.max(valueBase, valueHigh.get(i)));
      // A phone's line holds about 50 characters: the values without words there.
      String values = layout.narrow() ? " " + Amounts.plain(low.get(i)) + " / " + Amounts.plain(high.get(i))
          : ": low " + Amounts.plain(low.get(i)) + ", high " + Amounts.plain(high.get(i)) + " (base "
              + Amounts.plain(base.get(i)) + ")";
      String label = names.get(i) + values
          + (low.get(i) == high.get(i) ? ", not varied" : noEffect.get(i) ? ", no effect" : "");
      XYTextAnnotation a = new XYTextAnnotation(label, row + 0.24, lo);
      a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
      a.setBackgroundPaint(Color.WHITE); // plot annotations are drawn after the markers: they cover the lines
      a.setFont(layout.tick());
      a.setPaint(ChartStyle.TEXT);
      plot.addAnnotation(a);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    for (XYIntervalSeries part : parts) {
      dataset.addSeries(part);
    }
    XYBarRenderer renderer = Renderers.bars();
    renderer.setUseYInterval(true);
    renderer.setSeriesPaint(0, ORANGE);
    renderer.setSeriesPaint(1, BLUE);
    renderer.setSeriesPaint(2, GREY);
    renderer.setSeriesPaint(3, GREY);
    renderer.setDefaultSeriesVisibleInLegend(false);

    NumberAxis rows = new NumberAxis();
    rows.setRange(-0.5, n - 0.35);
    rows.setVisible(false);
    String what = MeasureText.name(measure) + (MeasureText.money(measure) ? " over " + months + " months" : "");
    String better = MeasureText.better(measure);
    NumberAxis value;
    if (MeasureText.money(measure)) {
      value = Axes.money(what + "; " + better, Unit.ofLargest(lo, hi), layout);
    } else {
      value = Axes.percent(what + "; " + better, layout);
    }
    value.setAutoRange(false);
    value.setRange(lo, hi);
    plot.setDataset(dataset);
    plot.setDomainAxis(rows);
    plot.setRangeAxis(value);
    plot.setRenderer(renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainGridlinesVisible(false);
    // Behind the bars and the labels: a line drawn over a label strikes it through on a phone.
    plot.addRangeMarker(new ValueMarker(valueBase, DARK, ChartStyle.DASHED), Layer.BACKGROUND);
    if (lo < 0 && hi > 0 && valueBase != 0) {
      plot.addRangeMarker(new ValueMarker(0, GREY, new BasicStroke(1f)), Layer.BACKGROUND);
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.swatch("Input at its low value", ORANGE, layout));
    legend.add(ChartStyle.swatch("Input at its high value", BLUE, layout));
    if (withinNoise.countTrue() > 0) {
      legend.add(ChartStyle.swatch("Both within 2 standard errors of the base: noise", GREY, layout));
    }
    legend.add(ChartStyle.line("Base: " + MeasureText.value(measure, valueBase), DARK, ChartStyle.DASHED,
        layout));
    plot.setFixedLegendItems(legend);
    String subtitle = "Each input changed alone, on the same random numbers; bars run from the base to the "
        + "measure at the input's low and high values, largest swing on top; " + better
        + (layout.narrow() ? "; labels: input, low / high value" : "");
    JFreeChart chart = ChartStyle.chart("What " + MeasureText.what(measure) + " hangs on", subtitle, plot, layout);
    return new ChartFiles.Drawing(chart, (layout.narrow() ? 230 : 170) + (layout.narrow() ? 40 : 36) * n);
  }
}
