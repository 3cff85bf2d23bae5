package org.kamsim.results;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/** A column of ints. */
public final class IntColumn implements Column {
  private final String name;
  private final int[] values;

  private IntColumn(String name, int[] values) {
    this.name = name;
    this.values = values;
  }

  /** A column of {@code rows} values: row {@code i} holds {@code value(i)}. */
  public static IntColumn of(String name, int rows, IntUnaryOperator value) {
    int[] values = new int[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.applyAsInt(i);
    }
    return new IntColumn(name, values);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return values.length;
  }

  public int get(int row) {
    return values[row];
  }

  /** A copy of the values. */
  public int[] toArray() {
    return values.clone();
  }

  @Override
  public IntColumn rows(int[] rows) {
    return of(name, rows.length, i -> values[rows[i]]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
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
