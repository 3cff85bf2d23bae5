package org.kamsim.scenario;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the cells of one CSV row, recording an error that names the line, the column and the value for
 * every cell that is wrong. Each method returns null after recording an error, so a row is built only when
 * all its cells parsed.
 */
final class CsvCells {

  // Plain decimal notation only: Double.parseDouble would also take "1d", "0x1p3" and "NaN".
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private final Errors errors;
  private final int line;

  CsvCells(Errors errors, int line) {
    this.errors = errors;
    this.line = line;
  }

  /** A required text cell. */
  String required(String column, String cell) {
    if (cell.isEmpty()) {
      errors.atLine(line, column + ": must not be empty");
      return null;
    }
    return cell;
  }

  /**
   * A number in {@code range}; an empty cell gives {@code empty}, or is an error when {@code empty} is null
   * (a required column). The default itself is not range-checked: it is how "none" is spelled for potential.
   */
  Double number(String column, String cell, Double empty, Range range) {
    if (cell.isEmpty()) {
      if (empty == null) {
        errors.atLine(line, column + ": must not be empty");
      }
      return empty;
    }
    return number(column, cell, range, "expected a number");
  }

  /** A scoring criterion: every account needs a score in [1, 10]. */
  Double criterion(String column, String cell) {
    if (cell.isEmpty()) {
      errors.atLine(line, column + ": must not be empty (a criterion needs a score in [1, 10] for every account)");
      return null;
    }
    return number(column, cell, Range.closed(1, 10), "expected a criterion score in [1, 10]");
  }

  /** true/false, yes/no or 1/0, in any case; empty means false. */
  Boolean flag(String column, String cell) {
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "false", "no", "0":
        return false;
      case "true", "yes", "1":
        return true;
      default:
        errors.atLine(line, column + ": expected true or false (or yes/no, 1/0), was \"" + cell + "\"");
        return null;
    }
  }

  private Double number(String column, String cell, Range range, String expected) {
    if (NON_FINITE.matcher(cell).matches()) {
      errors.atLine(line, column + ": must be a finite number, was \"" + cell + "\"");
      return null;
    }
    if (!DECIMAL.matcher(cell).matches()) {
      errors.atLine(line, column + ": " + expected + ", was \"" + cell + "\"");
      return null;
    }
    double value = Double.parseDouble(cell);
    if (!Double.isFinite(value)) {
      errors.atLine(line, column + ": must be a finite number, was \"" + cell + "\"");
      return null;
    }
    if (!range.contains(value)) {
      errors.atLine(line, column + ": " + range.violation(cell));
      return null;
    }
    return value;
  }
}
