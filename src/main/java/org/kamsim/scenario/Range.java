package org.kamsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import org.kamsim.model.Checks;

/**
 * The values a numeric field accepts, and the sentence that says so: {@code must be in [0, 1), was 1.4}.
 * Every range here excludes NaN and infinities.
 */
record Range(double lo, boolean loOpen, double hi, boolean hiOpen) {

  private static final double INF = Double.POSITIVE_INFINITY;

  /** Any finite number. */
  static Range finite() {
    return new Range(-INF, true, INF, true);
  }

  /** {@code x >= lo}. */
  static Range atLeast(double lo) {
    return new Range(lo, false, INF, true);
  }

  /** {@code x > lo}. */
  static Range above(double lo) {
    return new Range(lo, true, INF, true);
  }

  /** {@code x <= hi}. */
  static Range atMost(double hi) {
    return new Range(-INF, true, hi, false);
  }

  /** {@code lo < x <= hi}. */
  static Range aboveAtMost(double lo, double hi) {
    return new Range(lo, true, hi, false);
  }

  /** {@code lo <= x <= hi}. */
  static Range closed(double lo, double hi) {
    return new Range(lo, false, hi, false);
  }

  /** {@code lo <= x < hi}. */
  static Range halfOpen(double lo, double hi) {
    return new Range(lo, false, hi, true);
  }

  boolean contains(double x) {
    // Written so that NaN fails every comparison.
    return (loOpen ? x > lo : x >= lo) && (hiOpen ? x < hi : x <= hi) && Double.isFinite(x);
  }

  /** {@code must be <what>, was <raw>}, with the value as the user wrote it. */
  String violation(String raw) {
    return "must be " + describe() + ", was " + raw;
  }

  String describe() {
    if (lo == -INF && hi == INF) {
      return "a finite number";
    }
    if (hi == INF) {
      return (loOpen ? "> " : ">= ") + Checks.fmt(lo);
    }
    if (lo == -INF) {
      return (hiOpen ? "< " : "<= ") + Checks.fmt(hi);
    }
    return "in " + (loOpen ? "(" : "[") + Checks.fmt(lo) + ", " + Checks.fmt(hi) + (hiOpen ? ")" : "]");
  }

  /**
   * Formats a number computed here (a sum of loads, a shocked growth) for a message: 12 significant digits,
   * so that 0.1 + 0.2 reads 0.3 and not 0.30000000000000004.
   */
  static String show(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return Checks.fmt(new BigDecimal(value).round(new MathContext(12)).doubleValue());
  }
}
