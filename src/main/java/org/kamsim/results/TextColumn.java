package org.kamsim.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** A column of texts (never null: a missing text is empty). */
public final class TextColumn implements Column {
  private final String name;
  private final List<String> values;

  private TextColumn(String name, List<String> values) {
    this.name = name;
    this.values = values;
  }

  /** A column of {@code rows} values: row {@code i} holds {@code value(i)}, null read as "". */
  public static TextColumn of(String name, int rows, IntFunction<String> value) {
    List<String> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      String v = value.apply(i);
      values.add(v == null ? "" : v);
    }
    return new TextColumn(name, List.copyOf(values));
  }

  public static TextColumn of(String name, List<String> values) {
    return of(name, values.size(), values::get);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return values.size();
  }

  public String get(int row) {
    return values.get(row);
  }

  /** The values, in row order (unmodifiable). */
  public List<String> values() {
    return values;
  }

  @Override
  public TextColumn rows(int[] rows) {
    return of(name, rows.length, i -> values.get(rows[i]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextColumn other && name.equals(other.name) && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + values.hashCode();
  }

  @Override
  public String toString() {
    return name + values;
  }
}
