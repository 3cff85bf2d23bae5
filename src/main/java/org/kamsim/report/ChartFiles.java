package org.kamsim.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
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
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ChartUtils.writeScaledChartAsPNG(png, chart.chart(), chart.width(), chart.height(), PNG_SCALE, PNG_SCALE);
    SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
    // Unique prefixes keep clip-path ids apart should two charts ever share a page as inline SVG.
    g2.setDefsKeyPrefix(chart.name() + "-");
    chart.chart().draw(g2, new java.awt.Rectangle(0, 0, chart.width(), chart.height()));
    String svg = g2.getSVGDocument();
    Files.write(dir.resolve(chart.name() + ".png"), png.toByteArray());
    Files.writeString(dir.resolve(chart.name() + ".svg"), svg, StandardCharsets.UTF_8);
    String title = chart.chart().getTitle() == null ? chart.name() : chart.chart().getTitle().getText();
    return new Rendered(chart.name(), title, chart.width(), chart.height(), svg);
  }
}
