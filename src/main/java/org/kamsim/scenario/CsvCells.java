package org.kamsim.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the cells of one CSV row, recording an error at the cell's line and column, naming the column and
 * the value, for every cell that is wrong. Each method returns null after recording an error, so a row is
 * built only when all its cells parsed. A column the file does not have reads as an empty cell.
 */
final class CsvCells {

  // Plain decimal notation only: Double.parseDouble would also take "1d", "0x1p3" and "NaN".
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private final Errors errors;
  private final CsvRow row;
  private final Map<String, Integer> columns;

  /** @param columns the index of each column by name, from the header */
  CsvCells(Errors errors, CsvRow row, Map<String, Integer> columns) {
    this.errors = errors;
    this.row = row;
    this.columns = columns;
  }

  /** The text of a cell, "" when the file has no such column. */
  String text(String column) {
    Integer c = columns.get(column);
    return c == null ? "" : row.cell(c);
  }

  /** A required text cell. */
  String required(String column) {
    String cell = text(column);
    if (cell.isEmpty()) {
      error(column, column + ": must not be empty");
      return null;
    }
    return cell;
  }

  /**
   * A number in {@code range}; an empty cell gives {@code empty}, or is an error when {@code empty} is null
   * (a required column). The default itself is not range-checked: it is how "none" is spelled for potential.
   */
  Double number(String column, Double empty, Range range) {
    String cell = text(column);
    if (cell.isEmpty()) {
      if (empty == null) {
        error(column, column + ": must not be empty");
      }
      return empty;
    }
    return number(column, cell, range, "expected a number");
  }

  /** A scoring criterion: every account needs a score in [1, 10]. */
  Double criterion(String column) {
    String cell = text(column);
    if (cell.isEmpty()) {
      error(column, column + ": must not be empty (a criterion needs a score in [1, 10] for every account)");
      return null;
    }
    return number(column, cell, Range.closed(1, 10), "expected a criterion score in [1, 10]");
  }

  /** true/false, yes/no or 1/0, in any case; empty means false. */
  Boolean flag(String column) {
    String cell = text(column);
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "false", "no", "0":
        return false;
      case "true", "yes", "1":
        return true;
      default:
        error(column, column + ": expected true or false (or yes/no, 1/0), was \"" + cell + "\"");
        return null;
    }
  }

  /** An error about a column's cell, at the cell. */
  void error(String column, String message) {
    int c = columns.get(column);
    errors.atCell(row.line(c), row.column(c), message);
  }

  private Double number(String column, String cell, Range range, String expected) {
    if (NON_FINITE.matcher(cell).matches()) {
      error(column, column + ": must be a finite number, was \"" + cell + "\"");
      return null;
    }
    if (!DECIMAL.matcher(cell).matches()) {
      error(column, column + ": " + expected + ", was \"" + cell + "\"");
      return null;
    }
    double value = Double.parseDouble(cell);
    if (!Double.isFinite(value)) {
      error(column, column + ": must be a finite number, was \"" + cell + "\"");
      return null;
    }
    if (!range.contains(value)) {
      error(column, column + ": " + range.violation(cell));
      return null;
    }
    return value;
  }
}
