package org.kamsim.results;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** A column of true / false. */
public final class FlagColumn implements Column {
  private final String name;
  private final boolean[] values;

  private FlagColumn(String name, boolean[] values) {
    this.name = name;
    this.values = values;
  }

  /** A column of {@code rows} values: row {@code i} holds {@code value(i)}. */
  public static FlagColumn of(String name, int rows, IntPredicate value) {
    boolean[] values = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.test(i);
    }
    return new FlagColumn(name, values);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return values.length;
  }

  public boolean get(int row) {
    return values[row];
  }

  public int countTrue() {
    int n = 0;
    for (boolean v : values) {
      if (v) {
        n++;
      }
    }
    return n;
  }

  @Override
  public FlagColumn rows(int[] rows) {
    return of(name, rows.length, i -> values[rows[i]]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlagColumn other && name.equals(other.name) && Arrays.equals(values, other.values);
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
