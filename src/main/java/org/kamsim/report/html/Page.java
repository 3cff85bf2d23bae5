package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.ChartFiles.Svg;

/**
 * The page being written, with the few building blocks every section uses: a headline card, a figure a
 * script can check against its file, a chart with its caption, a fact of a definition list.
 */
final class Page {
  private final StringBuilder html = new StringBuilder(1 << 21);

  Page append(String text) {
    html.append(text);
    return this;
  }

  /** Plain text, escaped. */
  Page text(String text) {
    html.append(escape(text));
    return this;
  }

  /**
   * A headline card. {@code bigHtml} and {@code subHtml} are HTML (they carry figures' data attributes;
   * their text must be escaped by the caller); {@code label} and {@code text} are plain text.
   */
  void card(String cls, String label, String bigHtml, String subHtml, String text) {
    html.append("<div class=\"card").append(cls.isEmpty() ? "" : " " + cls).append("\">\n<h3>")
        .append(escape(label)).append("</h3>\n<span class=\"big\">").append(bigHtml).append("</span>\n")
        .append("<span class=\"sub\">").append(subHtml).append("</span>\n<p>")
        .append(escape(text)).append("</p>\n</div>\n");
  }

  /**
   * A figure that a script can check against its file: {@code data-file}, {@code data-figure} (the JSON
   * path) and {@code data-value} (the value as the file has it, empty for null).
   */
  static String figure(String file, String path, String value, String shown) {
    return "<span data-file=\"" + escape(file) + "\" data-figure=\"" + escape(path) + "\" data-value=\""
        + escape(value) + "\">" + escape(shown) + "</span>";
  }

  /**
   * A chart, both drawings inline (the wide one on a laptop, the narrow one on a phone; CSS shows one), with
   * its caption and links to its files. Nothing when the result did not allow the chart.
   */
  void chart(Rendered r, String caption) {
    if (r == null) {
      return;
    }
    html.append("<figure id=\"chart-").append(r.name()).append("\">\n");
    svg(r.wide(), "chart-wide", r.title());
    svg(r.narrow(), "chart-narrow", r.title());
    html.append("<figcaption>").append(escape(caption))
        // The SVG only: the PNG is there only when the run was asked for it (--png), and the page is the same
        // either way.
        .append("<span class=\"files\">Also as <a href=\"charts/").append(r.name()).append(".svg\">charts/")
        .append(r.name()).append(".svg</a></span>")
        .append("</figcaption>\n</figure>\n");
  }

  private void svg(Svg svg, String cls, String title) {
    // The element JFreeSVG writes starts "<svg "; give it its class and an accessible name.
    String element = svg.element();
    if (!element.startsWith("<svg ")) {
      throw new IllegalStateException("not an SVG element: " + element.substring(0, Math.min(40, element.length())));
    }
    html.append("<div class=\"").append(cls).append("\"><svg role=\"img\" aria-label=\"").append(escape(title))
        .append("\" ").append(element, 5, element.length()).append("</div>\n");
  }

  void fact(String term, String valueHtml) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
  }

  void term(String term, String text) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(text)).append("</dd>\n");
  }

  @Override
  public String toString() {
    return html.toString();
  }
}
