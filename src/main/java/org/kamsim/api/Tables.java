package org.kamsim.api;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.Decimals;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.TextColumn;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A CSV file of a run as a Tablesaw {@link Table}: the one class of the API that touches Tablesaw, so that
 * its classes (and their start-up cost) are loaded only when a caller asks for a table, never on the command
 * line's path.
 *
 * <p>Each column keeps its type (numbers as doubles, whole numbers as ints, text, true/false) and each
 * number is the one the CSV file holds: the figure as written ({@link Decimals#text}), read back. The
 * records the files are written from are rounded already, so this is almost always the same double; going
 * through the text makes it the same by construction, including for a column rounded only when written.
 * An empty cell (a figure that does not exist) is Tablesaw's missing value.
 */
final class Tables {
  private Tables() {}

  /** {@code file} as a Tablesaw table named after the file, its columns in the file's order. */
  static Table of(AnalysisWriter.CsvFile file) {
    org.kamsim.results.Table table = file.table();
    List<ColumnSpec> specs = file.columns();
    List<tech.tablesaw.columns.Column<?>> columns = new ArrayList<>(specs.size());
    for (int c = 0; c < specs.size(); c++) {
      columns.add(column(table.column(c), specs.get(c)));
    }
    return Table.create(file.name(), columns);
  }

  private static tech.tablesaw.columns.Column<?> column(Column column, ColumnSpec spec) {
    if (column instanceof DoubleColumn d) {
      Decimals.Format format = d.format() != null ? d.format() : spec.format();
      double[] values = new double[d.size()];
      for (int row = 0; row < values.length; row++) {
        values[row] = d.isMissing(row) ? Double.NaN : Double.parseDouble(Decimals.text(d.get(row), format));
      }
      return tech.tablesaw.api.DoubleColumn.create(d.name(), values);
    }
    if (column instanceof IntColumn i) {
      return tech.tablesaw.api.IntColumn.create(i.name(), i.toArray());
    }
    if (column instanceof TextColumn t) {
      String[] values = new String[t.size()];
      for (int row = 0; row < values.length; row++) {
        values[row] = t.get(row);
      }
      return StringColumn.create(t.name(), values);
    }
    FlagColumn f = (FlagColumn) column;
    boolean[] values = new boolean[f.size()];
    for (int row = 0; row < values.length; row++) {
      values[row] = f.get(row);
    }
    return BooleanColumn.create(f.name(), values);
  }
}
