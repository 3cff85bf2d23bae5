package org.kamsim.report;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart as {@code <name>.png} and {@code <name>.svg}. The PNG is drawn at twice the chart's size
 * (sharp on high-density screens and in slides); the SVG is the chart at its size, as vectors.
 *
 * <p>Rendering needs no display: loading this class sets {@code java.awt.headless=true} before any AWT
 * class is touched through it (the command line sets it earlier still, first thing in {@code main}).
 */
final class ChartFiles {
  static {
    Headless.ensure();
  }

  /** Pixels per chart unit in the PNG files. */
  static final int PNG_SCALE = 2;

  private ChartFiles() {}

  /** A chart to render: its file name (no extension), the chart, its size in CSS pixels. */
  record Chart(String name, JFreeChart chart, int width, int height) {}

  /**
   * A rendered chart.
   *
   * @param name the file name, without extension
   * @param title the chart's title (also its alt text)
   * @param width width in CSS pixels
   * @param height height in CSS pixels
   * @param svg the SVG file's text
   */
  record Rendered(String name, String title, int width, int height, String svg) {}

  /** Writes {@code chart} into {@code dir} and returns what was written. */
  static Rendered write(Chart chart, Path dir) throws IOException {
    Drawn drawn = draw(chart);
    Files.write(dir.resolve(chart.name() + ".png"), drawn.png());
    Files.writeString(dir.resolve(chart.name() + ".svg"), drawn.svg(), StandardCharsets.UTF_8);
    String title = chart.chart().getTitle() == null ? chart.name() : chart.chart().getTitle().getText();
    return new Rendered(chart.name(), title, chart.width(), chart.height(), drawn.svg());
  }

  /** A chart drawn: the PNG file's bytes and the SVG file's text. */
  record Drawn(byte[] png, String svg) {}

  /** Draws {@code chart} as PNG and as SVG, writing nothing. */
  static Drawn draw(Chart chart) throws IOException {
    // As ChartUtils.writeScaledChartAsPNG draws it, but encoded by PngEncoder (see there why).
    BufferedImage image = new BufferedImage(chart.width() * PNG_SCALE, chart.height() * PNG_SCALE,
        BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.transform(AffineTransform.getScaleInstance(PNG_SCALE, PNG_SCALE));
      chart.chart().draw(g, new Rectangle2D.Double(0, 0, chart.width(), chart.height()), null, null);
    } finally {
      g.dispose();
    }
    byte[] png = PngEncoder.encode(image);
    SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
    // Unique prefixes keep clip-path ids apart should two charts ever share a page as inline SVG.
    g2.setDefsKeyPrefix(chart.name() + "-");
    chart.chart().draw(g2, new java.awt.Rectangle(0, 0, chart.width(), chart.height()));
    return new Drawn(png, g2.getSVGDocument());
  }
}
