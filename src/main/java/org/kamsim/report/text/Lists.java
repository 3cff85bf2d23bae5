package org.kamsim.report.text;

import java.util.List;

/** Joining phrases for running text. */
public final class Lists {
  private Lists() {}

  /** "a", "a and b", "a, b and c". */
  public static String and(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** {@code count} and the noun, singular or plural: "1 KAM", "6 KAMs". */
  public static String count(long count, String singular, String plural) {
    return Amounts.count(count) + " " + (count == 1 ? singular : plural);
  }

  /** {@code text} with its first letter upper case: the start of a sentence. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  /** Headcounts in a sentence: "3 and 4 KAMs", "1 KAM". */
  public static String headcounts(List<String> headcounts) {
    return and(headcounts) + (headcounts.size() == 1 && headcounts.get(0).equals("1") ? " KAM" : " KAMs");
  }

  /**
   * " and the five largest 38.8%" for the top-5 share of {@code accounts} accounts, or "" when there are
   * five or fewer (the five largest are then all of them).
   */
  public static String andTopFive(double top5Share, int accounts) {
    return accounts > 5 ? " and the five largest " + Amounts.percent(top5Share, 1) : "";
  }
}
