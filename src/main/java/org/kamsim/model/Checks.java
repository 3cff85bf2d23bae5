package org.kamsim.model;

import java.util.Collection;

/**
 * Argument checks that name the field and the value, and reject NaN by inverting the test
 * ({@code !(x >= lo)} is true for NaN where {@code x < lo} is not).
 */
public final class Checks {
  private Checks() {}

  public static String nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    return value;
  }

  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + ": must be a finite number, was " + value);
    }
    return value;
  }

  /** {@code lo <= value <= hi}. */
  public static double inRange(double value, double lo, double hi, String field) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(
          field + ": must be in [" + fmt(lo) + ", " + fmt(hi) + "], was " + fmt(value));
    }
    return value;
  }

  /** {@code lo <= value < hi}. */
  public static double inHalfOpen(double value, double lo, double hi, String field) {
    if (!(value >= lo && value < hi)) {
      throw new IllegalArgumentException(
          field + ": must be in [" + fmt(lo) + ", " + fmt(hi) + "), was " + fmt(value));
    }
    return value;
  }

  public static double nonNegative(double value, String field) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be >= 0, was " + fmt(value));
    }
    return value;
  }

  public static double positive(double value, String field) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be > 0, was " + fmt(value));
    }
    return value;
  }

  public static double greaterThan(double value, double lo, String field) {
    if (!(value > lo) || value == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be > " + fmt(lo) + ", was " + fmt(value));
    }
    return value;
  }

  /** {@code value <= hi}, finite. */
  public static double atMost(double value, double hi, String field) {
    if (!(value <= hi) || value == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException(field + ": must be <= " + fmt(hi) + ", was " + fmt(value));
    }
    return value;
  }

  public static int atLeast(int value, int lo, String field) {
    if (value < lo) {
      throw new IllegalArgumentException(field + ": must be >= " + lo + ", was " + value);
    }
    return value;
  }

  /** {@code lo <= value <= hi}. */
  public static int inRange(int value, int lo, int hi, String field) {
    if (value < lo || value > hi) {
      throw new IllegalArgumentException(field + ": must be in [" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  public static <T extends Collection<?>> T nonEmpty(T values, String field) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    return values;
  }

  /**
   * Formats a number the way a user typed it: integers without ".0", and limits such as 1e12 as powers of
   * ten rather than as thirteen digits.
   */
  public static String fmt(double value) {
    double exponent = Math.log10(Math.abs(value));
    if (Double.isFinite(value) && exponent >= 9 && exponent == Math.rint(exponent)
        && Math.pow(10, exponent) == Math.abs(value)) {
      return (value < 0 ? "-1e" : "1e") + (long) exponent;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
