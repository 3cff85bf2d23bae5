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
import org.kamsim.report.Headless;

/**
 * Draws a chart at both {@link Layout}s: the wide one as {@code <name>.png} (at twice its size, sharp on
 * high-density screens and in slides) and {@code <name>.svg}, and both as SVG elements for the page to
 * embed (the narrow one is what a phone shows).
 *
 * <p>Rendering needs no display: loading this class sets {@code java.awt.headless=true} before any AWT
 * class is touched through it (the command line sets it earlier still, first thing in {@code main}).
 */
public final class ChartFiles {
  static {
    Headless.ensure();
  }

  /** Pixels per chart unit in the PNG files. */
  static final int PNG_SCALE = 2;

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

  /** Draws {@code chart} at both layouts, writes the wide one into {@code dir}, returns both. */
  public static Rendered write(Chart chart, Path dir) throws IOException {
    Drawing wide = chart.draw().apply(Layout.WIDE);
    Drawing narrow = chart.draw().apply(Layout.NARROW);
    int w = Layout.WIDE.width();
    Files.write(dir.resolve(chart.name() + ".png"), png(wide.chart(), w, wide.height()));
    SVGGraphics2D svg = svg(wide.chart(), w, wide.height(), chart.name() + "-w-");
    Files.writeString(dir.resolve(chart.name() + ".svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
    String title = wide.chart().getTitle() == null ? chart.name() : wide.chart().getTitle().getText();
    int n = Layout.NARROW.width();
    return new Rendered(chart.name(), title, new Svg(element(svg, w, wide.height()), w, wide.height()),
        new Svg(element(svg(narrow.chart(), n, narrow.height(), chart.name() + "-n-"), n, narrow.height()), n,
            narrow.height()));
  }

  /** Draws {@code chart} as PNG and as SVG in memory, writing nothing (to load the drawing classes). */
  public static void drawInMemory(JFreeChart chart, int width, int height) throws IOException {
    png(chart, width, height);
    svg(chart, width, height, "warm-up-").getSVGDocument();
  }

  /** The chart as PNG bytes, drawn at {@link #PNG_SCALE} times its size. */
  static byte[] png(JFreeChart chart, int width, int height) throws IOException {
    // As ChartUtils.writeScaledChartAsPNG draws it, but encoded by PngEncoder (see there why).
    BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.transform(AffineTransform.getScaleInstance(PNG_SCALE, PNG_SCALE));
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  /** The chart drawn as SVG; {@code prefix} keeps its clip-path ids apart from other charts' on a page. */
  static SVGGraphics2D svg(JFreeChart chart, int width, int height, String prefix) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(prefix);
    chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
    return g;
  }

  private static String element(SVGGraphics2D svg, int width, int height) {
    return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
  }
}
