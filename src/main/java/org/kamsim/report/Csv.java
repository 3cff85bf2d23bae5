package org.kamsim.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Writes one CSV file, row by row (RFC 4180 quoting, {@code \n} line ends, UTF-8), with one fixed way to
 * write each kind of value so that every CSV of a run reads the same:
 * <ul>
 *   <li>doubles by {@link Double#toString(double)}: no locale, no rounding, the exact double reads back;
 *       NaN (a figure that does not exist, such as a score without criteria) as an empty cell;
 *   <li>booleans as {@code true} / {@code false};
 *   <li>text quoted when it holds a comma, a quote or a line break (account names can).
 * </ul>
 * Written by hand rather than through Tablesaw, whose writer formats doubles for display.
 */
final class Csv implements Closeable {
  private final BufferedWriter out;
  private final int columns;
  private int cell;

  private Csv(BufferedWriter out, int columns) {
    this.out = out;
    this.columns = columns;
  }

  /**
   * Writes {@code frame} as {@code file}: a header of its column names, then its rows, each cell written as
   * its column's kind: {@link IntColumn} by {@link #integer}, {@link DoubleColumn} by {@link #number},
   * {@link StringColumn} by {@link #text}, {@link BooleanColumn} by {@link #bool}. {@link CsvInput#asRead}
   * gives what reading such a file back returns.
   */
  static void write(Frame frame, Path file) throws IOException {
    int width = frame.columnNames().size();
    CellWriter[] cells = new CellWriter[width];
    for (int c = 0; c < width; c++) {
      cells[c] = cellWriter(frame.column(c));
    }
    try (Csv csv = create(file, frame.columnNames())) {
      for (int row = 0; row < frame.rowCount(); row++) {
        for (CellWriter cell : cells) {
          cell.write(csv, row);
        }
        csv.endRow();
      }
    }
  }

  /** Writes one column's cell of a row. */
  private interface CellWriter {
    void write(Csv csv, int row) throws IOException;
  }

  private static CellWriter cellWriter(Column<?> column) {
    if (column instanceof IntColumn c) {
      return (csv, row) -> csv.integer(c.getInt(row));
    }
    if (column instanceof DoubleColumn c) {
      return (csv, row) -> csv.number(c.getDouble(row));
    }
    if (column instanceof StringColumn c) {
      return (csv, row) -> csv.text(c.get(row));
    }
    if (column instanceof BooleanColumn c) {
      return (csv, row) -> csv.bool(c.get(row));
    }
    throw new IllegalArgumentException("column " + column.name() + ": no CSV form for " + column.type());
  }

  /** Creates {@code file} and writes the header row. */
  static Csv create(Path file, List<String> header) throws IOException {
    Csv csv = new Csv(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header.size());
    try {
      for (String name : header) {
        csv.text(name);
      }
      csv.endRow();
    } catch (IOException | RuntimeException e) {
      csv.close();
      throw e;
    }
    return csv;
  }

  Csv text(String value) throws IOException {
    separate();
    out.write(quote(value));
    return this;
  }

  Csv number(double value) throws IOException {
    separate();
    if (!Double.isNaN(value)) {
      out.write(Double.toString(value));
    }
    return this;
  }

  Csv integer(long value) throws IOException {
    separate();
    out.write(Long.toString(value));
    return this;
  }

  Csv bool(boolean value) throws IOException {
    separate();
    out.write(value ? "true" : "false");
    return this;
  }

  void endRow() throws IOException {
    if (cell != columns) {
      // A programming error in a writer of this package, not bad input.
      throw new IllegalStateException("CSV row has " + cell + " cells, the header " + columns);
    }
    out.write('\n');
    cell = 0;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private void separate() throws IOException {
    if (cell++ > 0) {
      out.write(',');
    }
  }

  /** The cell text for {@code value}: as is, or in quotes with quotes doubled when it must be quoted. */
  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
