package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * Renders a {@link Table} as an HTML {@code <table>}: chosen columns, each with a header and a format;
 * numbers right-aligned with thousands separators (CSS class {@code num}); an optional footer row (totals).
 * On a phone the table scrolls sideways inside its frame, never the page.
 */
public final class HtmlTable {
  /** How a column's values are written. */
  public enum Format {
    TEXT,
    /** An amount in whole currency units: {@code 24,486,140}. */
    WHOLE,
    /** A fraction as a percentage with one decimal. */
    PERCENT,
    /** A probability as a percentage, "< 0.1%" for tiny ones. */
    PROBABILITY,
    /** A score of the scoring matrix, with two decimals. */
    SCORE,
    /** A load or capacity in complexity units, with one decimal. */
    UNITS,
    /** A difference of probabilities in percentage points: {@code 1.25}. */
    POINTS,
    /** A count. */
    COUNT,
    /** A setting as a person writes it, up to 6 significant digits: {@code 0.025}, {@code 150000}. */
    PLAIN,
    /** {@code yes}, or a dash. */
    YES_NO;

    boolean numeric() {
      return this != TEXT && this != YES_NO;
    }
  }

  /**
   * A column to show.
   *
   * @param name the table's column
   * @param header the header text
   * @param format how to write the values
   * @param hint the header's tooltip, or null
   */
  public record Col(String name, String header, Format format, String hint) {
    public static Col of(String name, String header, Format format) {
      return new Col(name, header, format, null);
    }

    public static Col of(String name, String header, Format format, String hint) {
      return new Col(name, header, format, hint);
    }

    public static Col of(ColumnSpec column, String header, Format format) {
      return new Col(column.name(), header, format, null);
    }

    public static Col of(ColumnSpec column, String header, Format format, String hint) {
      return new Col(column.name(), header, format, hint);
    }
  }

  private HtmlTable() {}

  /**
   * @param table the rows
   * @param cols the columns to show, in order
   * @param footer rows for a {@code <tfoot>} with the same columns, or null
   * @param cssClass class of the {@code <table>}, or null
   */
  public static String render(Table table, List<Col> cols, Table footer, String cssClass) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<div class=\"table-wrap\"><table").append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
        .append(">\n<thead><tr>");
    for (Col c : cols) {
      html.append("<th").append(c.format().numeric() ? " class=\"num\""
              : c.format() == Format.YES_NO ? " class=\"flag\"" : "")
          .append(c.hint() == null ? "" : " title=\"" + Html.escape(c.hint()) + "\"").append(" scope=\"col\">")
          .append(Html.escape(c.header())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    rows(html, table, cols);
    html.append("</tbody>\n");
    if (footer != null) {
      html.append("<tfoot>\n");
      rows(html, footer, cols);
      html.append("</tfoot>\n");
    }
    html.append("</table></div>\n");
    return html.toString();
  }

  private static void rows(StringBuilder html, Table table, List<Col> cols) {
    List<Column> columns = new ArrayList<>(cols.size());
    for (Col c : cols) {
      columns.add(table.column(c.name()));
    }
    for (int r = 0; r < table.rowCount(); r++) {
      html.append("<tr>");
      for (int k = 0; k < cols.size(); k++) {
        Col c = cols.get(k);
        String text = cell(columns.get(k), r, c.format());
        String cls = c.format().numeric() ? "num" : c.format() == Format.YES_NO ? "flag" : null;
        if (text.equals("\u2013")) {
          cls = cls == null ? "none" : cls + " none";
        }
        html.append("<td").append(cls == null ? "" : " class=\"" + cls + "\"").append(">")
            .append(Html.escape(text)).append("</td>");
      }
      html.append("</tr>\n");
    }
  }

  private static String cell(Column column, int row, Format format) {
    if (column instanceof FlagColumn b) {
      return b.get(row) ? "yes" : "\u2013";
    }
    if (column instanceof TextColumn t) {
      return t.get(row).isEmpty() ? "\u2013" : t.get(row);
    }
    double v = column instanceof IntColumn i ? i.get(row) : ((DoubleColumn) column).get(row);
    if (Double.isNaN(v)) {
      return "\u2013";
    }
    return switch (format) {
      case WHOLE -> Amounts.whole(v);
      case PERCENT -> Amounts.percent(v, 1);
      case PROBABILITY -> Amounts.probability(v);
      case SCORE -> Amounts.decimal(v, 2);
      case UNITS -> Amounts.decimal(v, 1);
      case POINTS -> Amounts.decimal(100 * v, 2);
      case COUNT -> Amounts.count(Math.round(v));
      case PLAIN -> Amounts.plain(v);
      case TEXT, YES_NO -> String.valueOf(v);
    };
  }
}
