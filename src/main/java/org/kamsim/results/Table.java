package org.kamsim.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A named list of columns of equal length: the content of one CSV file of a result, or a table the report
 * derives from one. Immutable; every operation returns a new table.
 *
 * <p>Columns are looked up by their {@link ColumnSpec} (the file's constant) or, for derived tables, by
 * name.
 */
public final class Table {
  private final String name;
  private final List<Column> columns;

  private Table(String name, List<Column> columns) {
    int rows = columns.isEmpty() ? 0 : columns.get(0).size();
    for (Column c : columns) {
      if (c.size() != rows) {
        throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + rows);
      }
    }
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  public static Table of(String name, List<? extends Column> columns) {
    return new Table(name, new ArrayList<>(columns));
  }

  public static Table of(String name, Column... columns) {
    return new Table(name, Arrays.asList(columns));
  }

  public String name() {
    return name;
  }

  public int rowCount() {
    return columns.isEmpty() ? 0 : columns.get(0).size();
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Whether the columns are the file's, in its order. */
  public boolean hasColumns(List<ColumnSpec> specs) {
    return ColumnSpec.sameNames(specs, columnNames());
  }

  public Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column " + columnName + " in " + name + " " + columnNames());
  }

  public Column column(int index) {
    return columns.get(index);
  }

  public DoubleColumn doubles(ColumnSpec spec) {
    return doubles(spec.name());
  }

  public DoubleColumn doubles(String columnName) {
    return (DoubleColumn) column(columnName);
  }

  public IntColumn ints(ColumnSpec spec) {
    return (IntColumn) column(spec.name());
  }

  public TextColumn texts(ColumnSpec spec) {
    return texts(spec.name());
  }

  public TextColumn texts(String columnName) {
    return (TextColumn) column(columnName);
  }

  public FlagColumn flags(ColumnSpec spec) {
    return (FlagColumn) column(spec.name());
  }

  /** The same columns under another name. */
  public Table named(String newName) {
    return new Table(newName, columns);
  }

  /** The rows at {@code rows}, in that order. */
  public Table rows(int[] rows) {
    List<Column> subset = new ArrayList<>(columns.size());
    for (Column c : columns) {
      subset.add(c.rows(rows));
    }
    return new Table(name, subset);
  }

  /** The rows for which {@code keep} holds, in order. */
  public Table where(IntPredicate keep) {
    return rows(java.util.stream.IntStream.range(0, rowCount()).filter(keep).toArray());
  }

  /** The first {@code count} rows (all of them if there are fewer). */
  public Table first(int count) {
    return rows(java.util.stream.IntStream.range(0, Math.min(count, rowCount())).toArray());
  }

  /** The rows in the order of {@code order} (a comparator of row indexes); stable. */
  public Table sorted(Comparator<Integer> order) {
    Integer[] rows = new Integer[rowCount()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    Arrays.sort(rows, order);
    return rows(Arrays.stream(rows).mapToInt(Integer::intValue).toArray());
  }

  /** This table with {@code column} inserted at {@code index}. */
  public Table withColumn(int index, Column column) {
    List<Column> all = new ArrayList<>(columns);
    all.add(index, column);
    return new Table(name, all);
  }

  /** One table per value of the text column {@code by}, in order of first appearance. */
  public List<Table> groupBy(String by) {
    TextColumn key = texts(by);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < key.size(); i++) {
      groups.computeIfAbsent(key.get(i), k -> new ArrayList<>()).add(i);
    }
    List<Table> tables = new ArrayList<>(groups.size());
    for (List<Integer> group : groups.values()) {
      tables.add(rows(group.stream().mapToInt(Integer::intValue).toArray()));
    }
    return tables;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table other && name.equals(other.name) && columns.equals(other.columns);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + columns.hashCode();
  }

  @Override
  public String toString() {
    return "Table[" + name + ", " + rowCount() + " rows, " + columnNames() + "]";
  }
}
