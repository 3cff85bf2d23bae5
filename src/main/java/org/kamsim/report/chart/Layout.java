package org.kamsim.report.chart;

import java.awt.Font;

/**
 * The size a chart is drawn at, and its fonts. Every chart is drawn twice: {@link #WIDE} for a laptop (and
 * the PNG and SVG files), {@link #NARROW} for a phone, where the page is about 360 pixels wide: drawn 400
 * wide and shown at 0.85 to 0.9 of that, its 12-pixel tick labels read at 10 pixels or more.
 *
 * @param name {@code wide} or {@code narrow}, for the page's markup
 * @param width width in CSS pixels
 * @param fontSize the size of body text (legend, axis labels, subtitle); ticks are one smaller, titles
 *     larger
 */
public record Layout(String name, int width, int fontSize) {
  public static final Layout WIDE = new Layout("wide", 960, 13);
  public static final Layout NARROW = new Layout("narrow", 400, 13);

  boolean narrow() {
    return this == NARROW || width < 600;
  }

  Font title() {
    return new Font(ChartStyle.FONT, Font.BOLD, fontSize + (narrow() ? 3 : 5));
  }

  Font text() {
    return new Font(ChartStyle.FONT, Font.PLAIN, fontSize);
  }

  Font tick() {
    return new Font(ChartStyle.FONT, Font.PLAIN, fontSize - 1);
  }

  Font marker() {
    return new Font(ChartStyle.FONT, Font.BOLD, fontSize - 1);
  }

  /** A height for a chart that is {@code wide} tall at the wide width and {@code narrow} tall here. */
  int height(int wide, int narrowHeight) {
    return narrow() ? narrowHeight : wide;
  }
}
