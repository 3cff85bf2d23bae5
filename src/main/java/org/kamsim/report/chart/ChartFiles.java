package org.kamsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a chart at both {@link Layout}s: the wide one as {@code <name>.svg} (sharp at any size, for slides
 * and print), and both as SVG elements for the page to embed (the narrow one is what a phone shows); on
 * request ({@code --png}) also as {@code <name>.png}, 1,440 pixels wide ({@link #PNG_SCALE}), for tools
 * that take no SVG. The page never shows the PNG. 1.5 times the chart's size keeps it sharp on a
 * full-width slide at a little over half the drawing and encoding time of twice the size; drawing PNGs
 * at all was a third of a report's time, hence only on request.
 *
 * <p>Rendering needs no display: loading this class sets {@code java.awt.headless=true} before any AWT
 * class is touched through it (the command line sets it earlier still, first thing in {@code main}).
 */
public final class ChartFiles {
  static {
    Headless.ensure();
  }

  /** Pixels per chart unit in the PNG files (see the class comment). */
  static final double PNG_SCALE = 1.5;

  private ChartFiles() {}

  /** A chart drawn at one layout: the JFreeChart and its height (its width is the layout's). */
  public record Drawing(JFreeChart chart, int height) {}

  /**
   * A chart to draw: its file name (no extension) and how to draw it at a layout.
   *
   * @param name the file name, without extension
   * @param draw the chart at a layout
   */
  public record Chart(String name, Function<Layout, Drawing> draw) {}

  /**
   * A chart drawn.
   *
   * @param name the file name, without extension
   * @param title the chart's title
   * @param wide the wide drawing as an SVG element (no XML declaration; a view box, no fixed size)
   * @param narrow the narrow drawing, likewise
   */
  public record Rendered(String name, String title, Svg wide, Svg narrow) {}

  /** An SVG element and the size it was drawn at. */
  public record Svg(String element, int width, int height) {}

  /**
   * Draws {@code chart} as SVG at both layouts, writes the wide one into {@code dir} as {@code <name>.svg},
   * returns both. With {@link #writePng}, which draws the chart anew and may run at the same time on
   * another thread (a JFreeChart is not to be drawn by two threads at once).
   */
  public static Rendered writeSvg(Chart chart, Path dir) throws IOException {
    Drawing wide = chart.draw().apply(Layout.WIDE);
    Drawing narrow = chart.draw().apply(Layout.NARROW);
    int w = Layout.WIDE.width();
    SVGGraphics2D svg = svg(wide.chart(), w, wide.height(), chart.name() + "-w-");
    Files.writeString(dir.resolve(chart.name() + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
    String title = wide.chart().getTitle() == null ? chart.name() : wide.chart().getTitle().getText();
    int n = Layout.NARROW.width();
    return new Rendered(chart.name(), title, new Svg(element(svg, w, wide.height()), w, wide.height()),
        new Svg(element(svg(narrow.chart(), n, narrow.height(), chart.name() + "-n-"), n, narrow.height()), n,
            narrow.height()));
  }

  /** Draws {@code chart} at the wide layout into {@code dir} as {@code <name>.png}. */
  public static void writePng(Chart chart, Path dir) throws IOException {
    Drawing wide = chart.draw().apply(Layout.WIDE);
    Files.write(dir.resolve(chart.name() + ".png"), png(wide.chart(), Layout.WIDE.width(), wide.height()));
  }

  /** Draws {@code chart} as SVG and, with {@code png}, as PNG in memory, writing nothing (to load classes). */
  public static void drawInMemory(JFreeChart chart, int width, int height, boolean png) throws IOException {
    svg(chart, width, height, "warm-up-").getSVGDocument();
    if (png) {
      png(chart, width, height);
    }
  }

  /**
   * {@code chart} drawn at the wide layout as the PNG file holds it ({@link #PNG_SCALE} times the layout's
   * width: 1,440 pixels), for a caller that shows images rather than files (a notebook).
   */
  public static BufferedImage image(Chart chart) {
    Drawing wide = chart.draw().apply(Layout.WIDE);
    return image(wide.chart(), Layout.WIDE.width(), wide.height());
  }

  /** The chart as PNG bytes, drawn at {@link #PNG_SCALE} times its size. */
  static byte[] png(JFreeChart chart, int width, int height) throws IOException {
    return PngEncoder.encode(image(chart, width, height));
  }

  private static BufferedImage image(JFreeChart chart, int width, int height) {
    // As ChartUtils.writeScaledChartAsPNG draws it, but encoded by PngEncoder (see there why).
    // Without alpha: every chart paints an opaque white background (ChartStyle), and an opaque image is
    // quicker both to draw on and to encode.
    BufferedImage image = new BufferedImage((int) Math.round(width * PNG_SCALE),
        (int) Math.round(height * PNG_SCALE), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.transform(AffineTransform.getScaleInstance(PNG_SCALE, PNG_SCALE));
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The chart drawn as SVG; {@code prefix} keeps its clip-path ids apart from other charts' on a page. */
  static SVGGraphics2D svg(JFreeChart chart, int width, int height, String prefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(prefix);
    g.setGeomDoubleConverter(ChartFiles::hundredths);
    chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
    return g;
  }

  /**
   * A coordinate to 0.01 of a chart unit (a hundredth of a pixel at the page's scale), as short as it can
   * be: "28.71", "496.5", "14"; JFreeSVG's default writes every double in full ("28.7080078125"), which made
   * the SVG files and the page that embeds them about twice as large for no visible difference.
   */
  static String hundredths(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e15) {
      return Double.toString(value);
    }
    long cents = Math.round(value * 100);
    StringBuilder s = new StringBuilder(12);
    if (cents < 0) {
      s.append('-');
      cents = -cents;
    }
    s.append(cents / 100);
    int rest = (int) (cents % 100);
    if (rest != 0) {
      s.append('.').append(rest / 10);
      if (rest % 10 != 0) {
        s.append(rest % 10);
      }
    }
    return s.toString();
  }

  private static String element(SVGGraphics2D svg, int width, int height) {
    return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
  }
}
