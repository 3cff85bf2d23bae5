package org.kamsim.results;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * A column of a result file: its name in the header, what it holds and, for numbers, how they are rounded
 * (see {@link Decimals}). The writer builds a file's columns from its specs, so every value is rounded as
 * the file writes it; the reader parses a file by the same specs. Each file's specs are constants of one
 * class ({@link PeriodsFile}, {@link AccountsFile}, ...): the one place a column's name is written.
 *
 * @param name the header text
 * @param type what a cell holds
 * @param format how a number is rounded; null for other types
 * @param optional whether a number may be missing (an empty cell, NaN in memory)
 */
public record ColumnSpec(String name, Type type, Decimals.Format format, boolean optional) {

  /** What a cell holds. */
  public enum Type {
    TEXT,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A whole number (an int). */
    INTEGER,
    /** A number, written as {@link #format} says. */
    NUMBER
  }

  public static ColumnSpec text(String name) {
    return new ColumnSpec(name, Type.TEXT, null, false);
  }

  public static ColumnSpec flag(String name) {
    return new ColumnSpec(name, Type.FLAG, null, false);
  }

  public static ColumnSpec integer(String name) {
    return new ColumnSpec(name, Type.INTEGER, null, false);
  }

  public static ColumnSpec money(String name) {
    return new ColumnSpec(name, Type.NUMBER, Decimals.Format.MONEY, false);
  }

  public static ColumnSpec significant(String name) {
    return new ColumnSpec(name, Type.NUMBER, Decimals.Format.SIGNIFICANT, false);
  }

  public static ColumnSpec score(String name) {
    return new ColumnSpec(name, Type.NUMBER, Decimals.Format.SCORE, false);
  }

  /** The same number column, allowed to be empty. */
  public ColumnSpec optionalNumber() {
    return new ColumnSpec(name, type, format, true);
  }

  /** The same number column, rounded another way (an objective is money, or a probability). */
  public ColumnSpec withFormat(Decimals.Format newFormat) {
    return new ColumnSpec(name, type, newFormat, optional);
  }

  /** A column of {@code rows} numbers, each rounded as this column writes it; NaN only if optional. */
  public DoubleColumn doubles(int rows, IntToDoubleFunction value) {
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      values[i] = roundNumber(value.applyAsDouble(i), i);
    }
    return new DoubleColumn(name, values, format);
  }

  public DoubleColumn doubles(double[] values) {
    return doubles(values.length, i -> values[i]);
  }

  public IntColumn ints(int rows, IntUnaryOperator value) {
    return IntColumn.of(name, rows, value);
  }

  public TextColumn texts(int rows, IntFunction<String> value) {
    return TextColumn.of(name, rows, value);
  }

  public FlagColumn flags(int rows, IntPredicate value) {
    return FlagColumn.of(name, rows, value);
  }

  /** The number as this column writes it (NaN, for an optional column, as an empty cell). */
  double roundNumber(double value, int row) {
    if (Double.isNaN(value) && optional) {
      return value;
    }
    try {
      return Decimals.round(value, format);
    } catch (NonFiniteFigureException e) {
      throw new NonFiniteFigureException(name + " (row " + (row + 1) + ")", e);
    }
  }

  /** Whether {@code columns} are these specs' names, in order. */
  static boolean sameNames(List<ColumnSpec> specs, List<String> columns) {
    return specs.stream().map(ColumnSpec::name).toList().equals(columns);
  }
}
