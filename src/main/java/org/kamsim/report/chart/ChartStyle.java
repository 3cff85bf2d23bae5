package org.kamsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: white background, light grid, no 3D or gradients, the logical font
 * {@code SansSerif} (DejaVu Sans on a Debian server, whatever the platform's sans-serif is elsewhere; in the
 * SVG files it becomes CSS {@code sans-serif}), and a small palette that stays distinct for colour-blind
 * readers (after Okabe and Ito). Fonts come from the chart's {@link Layout}.
 */
final class ChartStyle {
  static final String FONT = Font.SANS_SERIF;

  static final Color TEXT = new Color(0x1f2933);
  static final Color MUTED = new Color(0x52606d);
  static final Color GRID = new Color(0xe4e7eb);
  static final Color AXIS = new Color(0x9aa5b1);

  /** The plan, and key accounts. */
  static final Color BLUE = new Color(0x0b63b5);
  /** The status quo; key accounts of today dropped from the plan. */
  static final Color ORANGE = new Color(0xd55e00);
  /** Value at risk. */
  static final Color AMBER = new Color(0xe69f00);
  /** Expected shortfall, the worst outcomes. */
  static final Color RED = new Color(0xb42318);
  /** Accounts new to the key set. */
  static final Color GREEN = new Color(0x009e73);
  /** Everything else: standard accounts, reference lines. */
  static final Color GREY = new Color(0xa9b4c0);
  static final Color DARK = new Color(0x323f4b);

  static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke THIN = new BasicStroke(1.2f);
  static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
      new float[] {7f, 4f}, 0f);
  static final Stroke DOTTED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
      new float[] {1.5f, 4f}, 0f);

  static final Shape DOT = new Ellipse2D.Double(-4, -4, 8, 8);
  static final Shape SWATCH = new Rectangle2D.Double(-6, -6, 12, 12);
  static final Shape LEGEND_LINE = new Line2D.Double(-12, 0, 12, 0);

  private ChartStyle() {}

  /** A colour with an alpha between 0 and 1. */
  static Color alpha(Color color, double alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(alpha * 255));
  }

  /** A chart with the house style: title, optional subtitle, the plot and the legend below it. */
  static JFreeChart chart(String title, String subtitle, Plot plot, Layout layout) {
    JFreeChart chart = new JFreeChart(title, layout.title(), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(10, 10, 8, 16));
    TextTitle t = chart.getTitle();
    t.setPaint(TEXT);
    t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    // A title wrapped on a narrow chart stays flush left, as one that fits does.
    t.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    t.setPadding(new RectangleInsets(2, 4, 2, 4));
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, layout.text());
      sub.setPaint(MUTED);
      sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      sub.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      sub.setPadding(new RectangleInsets(0, 4, 8, 4));
      chart.addSubtitle(sub);
    }
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(layout.text());
      l.setItemPaint(TEXT);
      l.setFrame(BlockBorder.NONE);
      l.setBackgroundPaint(Color.WHITE);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }
    style(plot, layout);
    return chart;
  }

  private static void style(Plot plot, Layout layout) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof CombinedDomainXYPlot combined) {
      axis(combined.getDomainAxis(), layout);
      for (XYPlot sub : combined.getSubplots()) {
        style(sub, layout);
      }
    } else if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      xy.setDomainGridlineStroke(THIN);
      xy.setRangeGridlineStroke(THIN);
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        axis(xy.getDomainAxis(i), layout);
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        axis(xy.getRangeAxis(i), layout);
      }
    } else if (plot instanceof CategoryPlot cat) {
      cat.setDomainGridlinesVisible(false);
      cat.setRangeGridlinePaint(GRID);
      cat.setRangeGridlineStroke(THIN);
      cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
      axis(cat.getDomainAxis(), layout);
      for (int i = 0; i < cat.getRangeAxisCount(); i++) {
        axis(cat.getRangeAxis(i), layout);
      }
    }
  }

  private static void axis(Axis axis, Layout layout) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(layout.text());
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(layout.tick());
    axis.setTickLabelPaint(MUTED);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }

  /** Category labels that name things (accounts, baselines) read as text, not as muted tick labels. */
  static void categoryLabels(CategoryPlot plot, Layout layout) {
    plot.getDomainAxis().setTickLabelPaint(TEXT);
    plot.getDomainAxis().setTickLabelFont(layout.tick());
  }

  /** A legend entry drawn as a filled square. */
  static LegendItem swatch(String label, Paint paint, Layout layout) {
    LegendItem item = new LegendItem(Labels.wrap(label, layout.text(), legendWidth(layout)), null, null, null,
        SWATCH, paint);
    item.setLabelFont(layout.text());
    item.setLabelPaint(TEXT);
    return item;
  }

  /**
   * The widest a legend entry's text may be: the chart less its padding (10 + 16) and the entry's graphic
   * and padding (24 + 4 + 14 pixels, with a little to spare).
   */
  static double legendWidth(Layout layout) {
    return layout.width() - 26 - 46;
  }

  /** A legend entry drawn as a line. */
  static LegendItem line(String label, Paint paint, Stroke stroke, Layout layout) {
    LegendItem item = new LegendItem(Labels.wrap(label, layout.text(), legendWidth(layout)), null, null, null,
        false, SWATCH, false, paint, false, paint, stroke, true, LEGEND_LINE, stroke, paint);
    item.setLabelFont(layout.text());
    item.setLabelPaint(TEXT);
    return item;
  }

  /** A legend entry that is text only: a figure to read next to the chart, such as the HHI. */
  static LegendItem note(String label, Layout layout) {
    LegendItem item = new LegendItem(Labels.wrap(label, layout.text(), legendWidth(layout)), null, null, null,
        false, SWATCH, false, Color.WHITE, false, Color.WHITE, THIN, false, LEGEND_LINE, THIN, Color.WHITE);
    item.setLabelFont(layout.text());
    item.setLabelPaint(MUTED);
    return item;
  }
}
