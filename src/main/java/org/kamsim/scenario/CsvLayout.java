package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each record of a CSV text starts and how many cells it has. Tablesaw splits the cells but does not
 * say which line a row came from, and a quoted cell may span lines, so this one pass over the text finds the
 * line numbers that error messages need. It follows the same rules as the parser Tablesaw uses: {@code "}
 * opens a quoted cell only at the start of a cell (after blanks), {@code ""} inside one is a quote, and
 * blank lines are not records.
 *
 * @param records the non-blank records, header first
 * @param unclosedQuoteLine the line of a quote that is never closed, or 0
 */
record CsvLayout(List<Record> records, int unclosedQuoteLine) {

  /** @param line the 1-based line the record starts on */
  record Record(int line, int cells) {}

  static CsvLayout scan(String text) {
    List<Record> records = new ArrayList<>();
    int n = text.length();
    int line = 1;
    int i = 0;
    int quoteLine = 0;
    while (i < n) {
      int start = line;
      int cells = 1;
      boolean blank = true;
      boolean cellStart = true;
      boolean quoted = false;
      for (; i < n; i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              i++;
            } else {
              quoted = false;
            }
          } else if (c == '\n') {
            line++;
          }
        } else if (c == '\n') {
          line++;
          i++;
          break;
        } else if (c == ',') {
          cells++;
          blank = false;
          cellStart = true;
        } else if (c == '"' && cellStart) {
          quoted = true;
          quoteLine = line;
          blank = false;
          cellStart = false;
        } else if (c != ' ' && c != '\t' && c != '\r') {
          blank = false;
          cellStart = false;
        }
      }
      if (quoted) {
        return new CsvLayout(records, quoteLine);
      }
      if (!blank) {
        records.add(new Record(start, cells));
      }
    }
    return new CsvLayout(records, 0);
  }
}
