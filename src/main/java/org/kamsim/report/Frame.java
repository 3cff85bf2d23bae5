package org.kamsim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * A named list of Tablesaw columns of equal length: the report's tables, with the few table operations it
 * needs (sort, head, select, split, filter), each returning a new frame.
 *
 * <p>Why not Tablesaw's own {@code Table}: its class initialiser scans the whole class path for readers and
 * writers (ClassGraph), about 0.4 s and 0.7 s of CPU in every report, a tenth of a whole simulation's wall
 * time, for file formats the report never uses. Tablesaw's columns carry no such cost and are used as they
 * are, compared with their own row comparators, so every operation here orders and selects rows exactly as
 * the {@code Table} method of the same name, except that sorting is stable: rows that tie keep their order.
 *
 * <p>The columns themselves stay Tablesaw's, and mutable: {@link ReportTables} builds a table by appending
 * one value to every column of an empty frame per row, so the lengths are equal again after each row.
 */
final class Frame {
  private final String name;
  private final List<Column<?>> columns;

  private Frame(String name, List<Column<?>> columns) {
    int rows = columns.isEmpty() ? 0 : columns.get(0).size();
    for (Column<?> c : columns) {
      if (c.size() != rows) {
        throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + rows);
      }
    }
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  /** A frame of {@code columns}, which must have equal lengths. */
  static Frame of(String name, List<? extends Column<?>> columns) {
    return new Frame(name, new ArrayList<>(columns));
  }

  /** A frame of {@code columns}, which must have equal lengths. */
  static Frame of(String name, Column<?>... columns) {
    return new Frame(name, Arrays.asList(columns));
  }

  /** A column of {@code rows} doubles: row {@code i} holds {@code value(i)}. */
  static DoubleColumn doubles(String columnName, int rows, IntToDoubleFunction value) {
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.applyAsDouble(i);
    }
    return DoubleColumn.create(columnName, values);
  }

  /** A column of {@code rows} ints: row {@code i} holds {@code value(i)}. */
  static IntColumn ints(String columnName, int rows, IntUnaryOperator value) {
    int[] values = new int[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.applyAsInt(i);
    }
    return IntColumn.create(columnName, values);
  }

  /** A column of {@code rows} texts: row {@code i} holds {@code value(i)}. */
  static StringColumn texts(String columnName, int rows, IntFunction<String> value) {
    List<String> values = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      values.add(value.apply(i));
    }
    return StringColumn.create(columnName, values);
  }

  /** A column of {@code rows} booleans: row {@code i} holds {@code value(i)}. */
  static BooleanColumn booleans(String columnName, int rows, IntPredicate value) {
    boolean[] values = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = value.test(i);
    }
    return BooleanColumn.create(columnName, values);
  }

  String name() {
    return name;
  }

  /** The same columns under another name. */
  Frame withName(String newName) {
    return new Frame(newName, columns);
  }

  int rowCount() {
    return columns.isEmpty() ? 0 : columns.get(0).size();
  }

  List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The column named {@code columnName}. */
  Column<?> column(String columnName) {
    for (Column<?> c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column " + columnName + " in " + name + " (" + columnNames() + ")");
  }

  Column<?> column(int index) {
    return columns.get(index);
  }

  DoubleColumn doubleColumn(String columnName) {
    return (DoubleColumn) column(columnName);
  }

  IntColumn intColumn(String columnName) {
    return (IntColumn) column(columnName);
  }

  StringColumn stringColumn(String columnName) {
    return (StringColumn) column(columnName);
  }

  BooleanColumn booleanColumn(String columnName) {
    return (BooleanColumn) column(columnName);
  }

  /**
   * The rows sorted by the named columns, largest first, the first column deciding, then the next; each
   * column compares as Tablesaw compares it (doubles by {@link Double#compare}, so NaN above all; true above
   * false). Stable.
   */
  Frame sortDescendingOn(String... columnNames) {
    List<Column<?>> keys = new ArrayList<>();
    for (String c : columnNames) {
      keys.add(column(c));
    }
    Integer[] order = new Integer[rowCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      for (Column<?> key : keys) {
        int c = key.rowComparator().compare(b.intValue(), a.intValue());
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    int[] rows = new int[order.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = order[i];
    }
    return rows(rows);
  }

  /** The first {@code count} rows (all of them if there are fewer). */
  Frame first(int count) {
    int[] rows = new int[Math.min(count, rowCount())];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    return rows(rows);
  }

  /** The rows {@code selection} holds, in order. */
  Frame where(Selection selection) {
    return rows(selection.toArray());
  }

  /** The named columns, in the order named. */
  Frame selectColumns(String... columnNames) {
    List<Column<?>> selected = new ArrayList<>();
    for (String c : columnNames) {
      selected.add(column(c));
    }
    return new Frame(name, selected);
  }

  /** This frame with {@code column} inserted at {@code index}. */
  Frame insertColumn(int index, Column<?> column) {
    List<Column<?>> all = new ArrayList<>(columns);
    all.add(index, column);
    return new Frame(name, all);
  }

  /** One frame per value of the string column {@code columnName}, in order of first appearance. */
  List<Frame> splitOn(String columnName) {
    StringColumn by = stringColumn(columnName);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < by.size(); i++) {
      groups.computeIfAbsent(by.get(i), k -> new ArrayList<>()).add(i);
    }
    List<Frame> frames = new ArrayList<>(groups.size());
    for (List<Integer> group : groups.values()) {
      frames.add(rows(group.stream().mapToInt(Integer::intValue).toArray()));
    }
    return frames;
  }

  private Frame rows(int[] rows) {
    List<Column<?>> subset = new ArrayList<>(columns.size());
    for (Column<?> c : columns) {
      subset.add(c.subset(rows));
    }
    return new Frame(name, subset);
  }
}
