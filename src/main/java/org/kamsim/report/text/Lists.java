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
}
