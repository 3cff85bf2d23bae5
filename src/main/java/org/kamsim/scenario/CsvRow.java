package org.kamsim.scenario;

import java.util.List;

/** One record of a CSV file: its cells, stripped of blanks, and the line and column where each starts. */
final class CsvRow {

  private final String[] cells;
  private final int[] lines;
  private final int[] columns;

  /**
   * @param cells the cells as univocity read them
   * @param lines the 1-based line each cell starts on
   * @param columns the 1-based column each cell starts at; 0 where it is not known
   */
  CsvRow(String[] cells, int[] lines, int[] columns) {
    this.cells = new String[cells.length];
    for (int c = 0; c < cells.length; c++) {
      // Quoted cells keep their line breaks as written; CRLF reads as one line break, as elsewhere.
      String cell = cells[c].indexOf('\r') >= 0 ? cells[c].replace("\r\n", "\n") : cells[c];
      this.cells[c] = cell.strip();
    }
    this.lines = lines.clone();
    this.columns = columns.clone();
  }

  int size() {
    return cells.length;
  }

  /** The line the record starts on. */
  int line() {
    return lines[0];
  }

  String cell(int c) {
    return cells[c];
  }

  /** The line cell {@code c} starts on. */
  int line(int c) {
    return lines[c];
  }

  /** The column cell {@code c} starts at, or 0 when it is not known. */
  int column(int c) {
    return columns[c];
  }

  /** Every cell, in order. */
  List<String> cells() {
    return List.of(cells);
  }
}
