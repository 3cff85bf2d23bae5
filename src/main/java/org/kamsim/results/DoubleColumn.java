package org.kamsim.results;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** A column of doubles; NaN is a figure that does not exist (an empty cell in a file). */
public final class DoubleColumn implements Column {
  private final String name;
  private final double[] values;
  /** How a file writes the values (they are rounded so already); null for a table derived for display. */
  private final Decimals.Format format;

  /** Takes {@code values} as it is: the caller no longer holds it. */
  DoubleColumn(String name, double[] values, Decimals.Format format) {
    this.name = name;
    this.values = values;
    this.format = format;
  }

  private DoubleColumn(String name, double[] values) {
    this(name, values, null);
  }

  /** A column of the given values (copied), not rounded: a table derived for display. */
  public static DoubleColumn of(String name, double[] values) {
    return new DoubleColumn(name, values.clone());
  }

  /** A column of {@code rows} values: row {@code i} holds {@code value(i)}, not rounded. */
  public static DoubleColumn of(String name, int rows, IntToDoubleFunction value) {
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.applyAsDouble(i);
    }
    return new DoubleColumn(name, values);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return values.length;
  }

  public double get(int row) {
    return values[row];
  }

  public boolean isMissing(int row) {
    return Double.isNaN(values[row]);
  }

  /** A copy of the values. */
  public double[] toArray() {
    return values.clone();
  }

  /** Sum of the values that exist, in row order. */
  public double sum() {
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
      }
    }
    return sum;
  }

  /** Largest value that exists; NaN when none does. */
  public double max() {
    double max = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && !(v <= max)) {
        max = v;
      }
    }
    return max;
  }

  /** Smallest value that exists; NaN when none does. */
  public double min() {
    double min = Double.NaN;
    for (double v : values) {
      if (!Double.isNaN(v) && !(v >= min)) {
        min = v;
      }
    }
    return min;
  }

  /** Whether every value is missing. */
  public boolean allMissing() {
    for (double v : values) {
      if (!Double.isNaN(v)) {
        return false;
      }
    }
    return true;
  }

  /** How a file writes the values; null for a table derived for display. */
  public Decimals.Format format() {
    return format;
  }

  @Override
  public DoubleColumn rows(int[] rows) {
    double[] subset = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      subset[i] = values[rows[i]];
    }
    return new DoubleColumn(name, subset, format);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DoubleColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(values);
  }
}
