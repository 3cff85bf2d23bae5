package org.kamsim.report.chart;

import org.kamsim.results.AccountsFile;
import org.kamsim.results.Table;

/** How accounts are named: in running text, and on a chart's axis where space is short. */
public final class Labels {
  private Labels() {}

  /**
   * Who the account in {@code row} is, in running text: {@code "A001 Raldale Plastics SpA"}, or the id. Any
   * table with the {@code id} and {@code name} columns of {@code accounts.csv} will do ({@code plan.csv} has
   * them too).
   */
  public static String account(Table accounts, int row) {
    String id = accounts.texts(AccountsFile.ID).get(row);
    String name = name(accounts, row);
    return name.isEmpty() || name.equals(id) ? id : id + " " + name;
  }

  /** An account on a category axis: id and name, the name cut to {@code max} characters. */
  static String axis(Table accounts, int row, int max) {
    String id = accounts.texts(AccountsFile.ID).get(row);
    String name = name(accounts, row);
    if (name.length() > max) {
      name = name.substring(0, max - 1).strip() + "\u2026";
    }
    return name.isEmpty() || name.equals(id) ? id : id + "  " + name;
  }

  private static String name(Table accounts, int row) {
    return accounts.texts(AccountsFile.ACCOUNT_NAME).get(row).replaceAll("\\s+", " ").strip();
  }

  private static final java.awt.font.FontRenderContext TEXT = new java.awt.font.FontRenderContext(null, true, true);

  /** The width of {@code text} in {@code font}, in pixels (antialiased, fractional metrics, as drawn). */
  static double width(String text, java.awt.Font font) {
    return font.getStringBounds(text, TEXT).getWidth();
  }

  /**
   * {@code text} broken into lines ("\n", which legends draw as lines) at spaces so that each fits in
   * {@code maxWidth} pixels of {@code font}; a single word longer than that stays whole.
   */
  static String wrap(String text, java.awt.Font font, double maxWidth) {
    if (width(text, font) <= maxWidth) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font) > maxWidth) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    return out.append(line).toString();
  }
}
