package org.kamsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** The renderers the chart families share, in the house style. */
final class Renderers {
  private Renderers() {}

  /** Flat bars with a thin white outline. */
  static XYBarRenderer bars() {
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    return renderer;
  }

  /** Points with vertical 95% whiskers, joined by a line when {@code lines}. */
  static XYErrorRenderer errors(Color color, boolean lines) {
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setDefaultLinesVisible(lines);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesLinesVisible(0, lines);
    renderer.setSeriesPaint(0, color);
    renderer.setSeriesStroke(0, ChartStyle.LINE);
    renderer.setSeriesShape(0, ChartStyle.DOT);
    renderer.setErrorPaint(color);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setCapLength(8);
    return renderer;
  }

  /**
   * A renderer of lines without point shapes, each series drawn as one path: a dashed curve of hundreds of
   * points then keeps its dashes (drawn segment by segment, each segment restarts the dash pattern and the
   * curve looks solid), and the SVG holds one path per series instead of one element per segment.
   */
  static XYLineAndShapeRenderer lines() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    return renderer;
  }

  static void style(XYLineAndShapeRenderer renderer, int series, Paint paint, Stroke stroke) {
    renderer.setSeriesPaint(series, paint);
    renderer.setSeriesStroke(series, stroke);
  }
}
