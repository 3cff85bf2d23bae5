package org.kamsim.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.kamsim.report.text.Amounts.Unit;

/** The axes and markers every chart family shares: money in a named unit, months, shares in percent. */
final class Axes {
  private Axes() {}

  /**
   * Room right of a horizontal bar chart's bars for the label at each bar's end: sets {@code value}'s upper
   * margin so that bar {@code i}, ending at {@code ends[i]}, leaves the width of {@code labels[i]} (in
   * {@code font}) free to the plot's right edge. The plot's width is estimated from the chart's (less its
   * padding, and the names' share {@code namesRatio} of {@link #accountNames}); a fixed margin either cut
   * the longest labels or squeezed the bars.
   */
  static void roomForEndLabels(NumberAxis value, double[] ends, String[] labels, Font font, Layout layout) {
    double plot = layout.width() - 34;
    double data = plot * (1 - (layout.narrow() ? 0.4 : 0.35)) - 12;
    double largest = 0;
    double upper = 0;
    for (int i = 0; i < ends.length; i++) {
      largest = Math.max(largest, ends[i]);
      double free = data - Labels.width(labels[i], font) - 10;
      // A label wider than 3/4 of the plot gets what is left; the bars keep a quarter.
      upper = Math.max(upper, ends[i] * data / Math.max(free, data / 4));
    }
    value.setUpperMargin(largest > 0 ? Math.max(0.05, upper / largest - 1) : 0.05);
  }

  /**
   * The axis of a horizontal bar chart's account names: no title (the chart's says what the bars are),
   * {@code categoryMargin} of the axis between bars, names up to 35% of the width (40% on a phone), and
   * bars close to the plot's ends.
   */
  static CategoryAxis accountNames(double categoryMargin, Layout layout) {
    CategoryAxis names = new CategoryAxis(null);
    names.setCategoryMargin(categoryMargin);
    names.setMaximumCategoryLabelWidthRatio(layout.narrow() ? 0.4f : 0.35f);
    names.setLowerMargin(0.01);
    names.setUpperMargin(0.01);
    return names;
  }

  /** An axis with at most 12 ticks (8 on a narrow chart). */
  static NumberAxis axis(String label, Layout layout) {
    return new SparseAxis(label, layout.narrow() ? 7 : 12);
  }

  /**
   * An axis of money in {@code unit}, named in its label: "Revenue (millions)". Its ticks show as many
   * decimals as their spacing needs, so that close values never print the same label twice.
   */
  static NumberAxis money(String what, Unit unit, Layout layout) {
    NumberAxis axis = axis(unit.axis(what), layout);
    TickUnits units = new TickUnits();
    for (int exponent = -6; exponent <= 16; exponent++) {
      for (double mantissa : new double[] {1, 2, 2.5, 5}) {
        double size = mantissa * Math.pow(10, exponent);
        double shown = size / unit.factor();
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(shown) - 1e-9) + (mantissa == 2.5 ? 1 : 0));
        units.add(new NumberTickUnit(size, unit.tickFormat(decimals)));
      }
    }
    axis.setStandardTickUnits(units);
    return axis;
  }

  /**
   * Keeps an axis from zooming into simulation noise: its automatic range spans at least 2% of the largest
   * magnitude among {@code values} (a single plan's point, or a flat line, would otherwise fill the plot).
   */
  static void atLeastTwoPercent(NumberAxis axis, double... values) {
    double largest = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        largest = Math.max(largest, Math.abs(v));
      }
    }
    if (largest > 0) {
      axis.setAutoRangeMinimumSize(0.02 * largest);
    }
  }

  /** Months 1..T, with ticks at 1, 2, 3, 6, 12... months. */
  static NumberAxis months(int months, Layout layout) {
    NumberAxis x = axis("Month", layout);
    x.setStandardTickUnits(SparseAxis.monthUnits());
    x.setAutoRangeIncludesZero(false);
    x.setRange(0.5, months + 0.5);
    return x;
  }

  /** An axis of shares or probabilities, ticks in percent. */
  static NumberAxis percent(String label, Layout layout) {
    NumberAxis axis = axis(label, layout);
    axis.setNumberFormatOverride(percentFormat());
    return axis;
  }

  static NumberFormat percentFormat() {
    return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /**
   * A vertical line at {@code x} with a label at its top, to its right or (with {@code left}) to its left,
   * {@code down} pixels below the top so that neighbouring labels can be staggered. On a narrow chart the
   * line has no label (a phone's plot has no room for one beside the data), and on every chart the legend
   * names each marked line: callers add the entry.
   *
   * @param label the label, or null for none
   */
  static ValueMarker marker(double x, String label, Color color, Stroke stroke, boolean left, int down,
      Layout layout) {
    ValueMarker m = new ValueMarker(x, color, stroke);
    if (label == null || layout.narrow()) {
      return m;
    }
    m.setLabel(label);
    m.setLabelFont(layout.marker());
    m.setLabelPaint(color);
    m.setLabelBackgroundColor(ChartStyle.alpha(Color.WHITE, 0.85));
    m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(down, 4, 2, 4));
    return m;
  }
}
