package org.kamsim.report.chart;

import org.kamsim.results.AccountsFile;
import org.kamsim.results.Table;

/** How accounts are named: in running text, and on a chart's axis where space is short. */
public final class Labels {
  private Labels() {}

  /** Who the account in {@code row} is, in running text: {@code "A001 Raldale Plastics SpA"}, or the id. */
  public static String account(Table accounts, int row) {
    String id = accounts.texts(AccountsFile.ID).get(row);
    String name = accounts.texts(AccountsFile.ACCOUNT_NAME).get(row).replaceAll("\\s+", " ").strip();
    return name.isEmpty() || name.equals(id) ? id : id + " " + name;
  }

  /** An account on a category axis: id and name, the name cut to {@code max} characters. */
  static String axis(Table accounts, int row, int max) {
    String id = accounts.texts(AccountsFile.ID).get(row);
    String name = accounts.texts(AccountsFile.ACCOUNT_NAME).get(row).replaceAll("\\s+", " ").strip();
    if (name.length() > max) {
      name = name.substring(0, max - 1).strip() + "\u2026";
    }
    return name.isEmpty() || name.equals(id) ? id : id + "  " + name;
  }

  /** "1 KAM", "6 KAMs". */
  static String kams(int headcount) {
    return headcount + (headcount == 1 ? " KAM" : " KAMs");
  }
}
