package org.kamsim.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Reads back one CSV file of a run into a {@link Frame} of Tablesaw columns, strictly: RFC 4180 as {@link Csv} writes
 * it, the columns a caller asks for, each cell parsed as its declared kind. Any problem is a
 * {@link ReportInputException} naming the file, the line and the column. Columns not asked for are ignored,
 * so that files with more columns (a later engine's) still read.
 *
 * <p>Streams the file and keeps only the columns asked for, already parsed: {@code trials.csv} of a large
 * run is big. Not Tablesaw's own reader: it guesses column types and reports bad cells without a line
 * number.
 */
final class CsvInput {
  /** What a column holds. */
  enum Kind {
    /** Any text. */
    TEXT,
    /** A double; must be present. */
    NUMBER,
    /** A double, or an empty cell read as NaN (a figure that does not exist). */
    OPTIONAL_NUMBER,
    /** An int. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN
  }

  /** A column to read: its name in the header and its kind. */
  record Spec(String name, Kind kind) {}


  private CsvInput() {}

  /**
   * Whether {@code s} is a number as {@link Double#toString} writes it, or NaN, an infinity or a plain
   * integer: {@code [-+]?(NaN|Infinity|[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?)}. Checked by hand, not by that
   * regular expression, which cost as much as the parsing on a large {@code trials.csv}.
   */
  static boolean isNumberText(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (s.startsWith("NaN", i) || s.startsWith("Infinity", i)) {
      return s.length() == i + (s.charAt(i) == 'N' ? 3 : 8);
    }
    int digits = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponent = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static Spec text(String name) {
    return new Spec(name, Kind.TEXT);
  }

  static Spec number(String name) {
    return new Spec(name, Kind.NUMBER);
  }

  static Spec optionalNumber(String name) {
    return new Spec(name, Kind.OPTIONAL_NUMBER);
  }

  static Spec integer(String name) {
    return new Spec(name, Kind.INTEGER);
  }

  static Spec bool(String name) {
    return new Spec(name, Kind.BOOLEAN);
  }

  /**
   * Reads {@code file} into a frame named after it, with the columns of {@code specs} in that order.
   *
   * @throws ReportInputException if the file is missing, unreadable, not UTF-8, not CSV, lacks a column, has
   *     a cell that is not of its column's kind, or has no data row
   */
  static Frame read(Path file, List<Spec> specs) throws ReportInputException {
    try (Reader reader = new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      Records records = new Records(file, reader);
      List<String> header = records.next();
      if (header == null) {
        throw new ReportInputException(file, "empty file (no header)");
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.putIfAbsent(header.get(i), i);
      }
      List<Builder> builders = new ArrayList<>();
      boolean[] wanted = new boolean[header.size()];
      for (Spec spec : specs) {
        Integer at = index.get(spec.name());
        if (at == null) {
          throw new ReportInputException(file, ":1", "missing column " + spec.name());
        }
        builders.add(new Builder(file, spec, at));
        wanted[at] = true;
      }
      int rows = 0;
      for (List<String> row = records.next(wanted); row != null; row = records.next(wanted)) {
        if (row.size() != header.size()) {
          throw new ReportInputException(file, ":" + records.start(),
              row.size() + " cells, but the header has " + header.size());
        }
        for (Builder b : builders) {
          b.add(row.get(b.at), records.start());
        }
        rows++;
      }
      if (rows == 0) {
        throw new ReportInputException(file, ":1", "no data rows after the header");
      }
      List<Column<?>> columns = new ArrayList<>();
      for (Builder b : builders) {
        columns.add(b.build());
      }
      return Frame.of(file.getFileName().toString(), columns);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * What {@link #read} returns for a file that {@link Csv#write} wrote from {@code written}, without writing
   * or reading it: so that a writer can draw its report from exactly the values it wrote. It holds because
   * every cell reads back as it was: {@link Double#toString} and {@link Double#parseDouble} round-trip
   * every double (NaN is written as an empty cell: NaN again where the column is optional, refused where it
   * is not), an int read as a number is the same double, and quoting gives the text back unchanged.
   *
   * @throws IllegalArgumentException if {@code written} lacks a column of {@code specs}, holds one of a
   *     kind the spec cannot read, or holds NaN in a required number; reading the file would have failed
   *     (these are a writer's bugs, not bad input)
   */
  static Frame asRead(Frame written, List<Spec> specs) {
    List<Column<?>> columns = new ArrayList<>(specs.size());
    for (Spec spec : specs) {
      columns.add(asRead(written.column(spec.name()), spec));
    }
    return Frame.of(written.name(), columns);
  }

  private static Column<?> asRead(Column<?> column, Spec spec) {
    switch (spec.kind()) {
      case TEXT -> {
        if (column instanceof StringColumn c) {
          return c.copy();
        }
      }
      case NUMBER, OPTIONAL_NUMBER -> {
        double[] values = null;
        if (column instanceof DoubleColumn c) {
          values = c.asDoubleArray();
        } else if (column instanceof IntColumn c) {
          values = new double[c.size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = c.getInt(i); // as Integer.toString writes it and parseDouble reads it: exact
          }
        }
        if (values != null) {
          for (double v : values) {
            if (Double.isNaN(v) && spec.kind() == Kind.NUMBER) {
              throw new IllegalArgumentException(spec.name() + " holds NaN, written as an empty cell, "
                  + "which reads back only in an optional column");
            }
          }
          return DoubleColumn.create(spec.name(), values);
        }
      }
      case INTEGER -> {
        if (column instanceof IntColumn c) {
          return c.copy();
        }
      }
      case BOOLEAN -> {
        if (column instanceof BooleanColumn c) {
          return c.copy();
        }
      }
      default -> throw new AssertionError(spec.kind());
    }
    throw new IllegalArgumentException(spec.name() + " is a " + column.type() + " column, which does not read "
        + "back as " + spec.kind());
  }

  /** The file's text, decoded strictly as UTF-8 (for the small JSON files). */
  static String text(Path file) throws ReportInputException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** What went wrong reading {@code file}, in the user's terms. */
  private static ReportInputException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new ReportInputException(file, "missing");
    }
    if (e instanceof CharacterCodingException) {
      return new ReportInputException(file, "not UTF-8 text");
    }
    return new ReportInputException(file, "cannot read: " + e.getMessage());
  }

  /** Parses one column's cells as they come, into a growing primitive array. */
  private static final class Builder {
    private final Path file;
    private final Spec spec;
    final int at;
    private double[] doubles = new double[0];
    private int[] ints = new int[0];
    private boolean[] bools = new boolean[0];
    private final List<String> texts = new ArrayList<>();
    private int size;

    Builder(Path file, Spec spec, int at) {
      this.file = file;
      this.spec = spec;
      this.at = at;
    }

    void add(String cell, int line) throws ReportInputException {
      switch (spec.kind()) {
        case TEXT -> texts.add(cell);
        case NUMBER, OPTIONAL_NUMBER -> {
          if (size == doubles.length) {
            doubles = Arrays.copyOf(doubles, Math.max(16, 2 * size));
          }
          doubles[size] = cell.isEmpty() && spec.kind() == Kind.OPTIONAL_NUMBER ? Double.NaN
              : parseDouble(cell, line);
        }
        case INTEGER -> {
          if (size == ints.length) {
            ints = Arrays.copyOf(ints, Math.max(16, 2 * size));
          }
          try {
            ints[size] = Integer.parseInt(cell);
          } catch (NumberFormatException e) {
            throw bad(line, "not an integer", cell);
          }
        }
        case BOOLEAN -> {
          if (size == bools.length) {
            bools = Arrays.copyOf(bools, Math.max(16, 2 * size));
          }
          if (!cell.equals("true") && !cell.equals("false")) {
            throw bad(line, "must be true or false", cell);
          }
          bools[size] = cell.equals("true");
        }
        default -> throw new AssertionError(spec.kind());
      }
      size++;
    }

    Column<?> build() {
      return switch (spec.kind()) {
        case TEXT -> StringColumn.create(spec.name(), texts);
        case NUMBER, OPTIONAL_NUMBER -> DoubleColumn.create(spec.name(), Arrays.copyOf(doubles, size));
        case INTEGER -> IntColumn.create(spec.name(), Arrays.copyOf(ints, size));
        case BOOLEAN -> BooleanColumn.create(spec.name(), Arrays.copyOf(bools, size));
      };
    }

    private double parseDouble(String cell, int line) throws ReportInputException {
      // Double.parseDouble also takes "0x1p3", "1d" and surrounding blanks; the writer never makes those.
      if (!isNumberText(cell)) {
        throw bad(line, "not a number", cell);
      }
      return Double.parseDouble(cell);
    }

    private ReportInputException bad(int line, String problem, String cell) {
      String shown = cell.length() > 40 ? cell.substring(0, 40) + "..." : cell;
      return new ReportInputException(file, ":" + line, spec.name() + ": " + problem + ", was '" + shown + "'");
    }
  }

  /** Splits RFC 4180 text into records, one at a time, tracking the line each record starts on. */
  private static final class Records {
    private final Path file;
    private final Reader in;
    private int line = 1;
    private int start = 1;
    private int pending = -2;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;

    Records(Path file, Reader in) {
      this.file = file;
      this.in = in;
    }

    /** The line (1-based) the last record returned starts on. */
    int start() {
      return start;
    }

    /** The next record, or null at the end of the file. */
    List<String> next() throws IOException, ReportInputException {
      return next(null);
    }

    /**
     * The next record, or null at the end of the file; a cell whose index {@code keep} does not mark is
     * parsed but not kept (null in the list), which saves building the strings of columns nobody reads.
     *
     * @param keep the cells to keep by index, or null for all
     */
    List<String> next(boolean[] keep) throws IOException, ReportInputException {
      int c = read();
      if (c < 0) {
        return null;
      }
      start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean keeping = keep == null || (keep.length > 0 && keep[0]);
      int cellLength = 0;
      boolean quoted = false;
      while (true) {
        if (c < 0) {
          if (quoted) {
            throw new ReportInputException(file, ":" + start, "a quoted cell is not closed");
          }
          throw new ReportInputException(file, ":" + start, "the last line is incomplete (no line end)");
        }
        if (quoted) {
          if (c == '"') {
            int d = read();
            if (d == '"') {
              append(cell, keeping, '"');
              cellLength++;
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            append(cell, keeping, (char) c);
            cellLength++;
          }
        } else if (c == '"' && cellLength == 0) {
          quoted = true;
        } else if (c == ',') {
          cells.add(keeping ? cell.toString() : null);
          cell.setLength(0);
          cellLength = 0;
          int index = cells.size();
          keeping = keep == null || (index < keep.length && keep[index]);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            int d = read();
            if (d != '\n') {
              unread(d);
            }
          }
          cells.add(keeping ? cell.toString() : null);
          line++;
          return cells;
        } else {
          append(cell, keeping, (char) c);
          cellLength++;
        }
        c = read();
      }
    }

    private static void append(StringBuilder cell, boolean keeping, char c) {
      if (keeping) {
        cell.append(c);
      }
    }

    private int read() throws IOException {
      if (pending != -2) {
        int c = pending;
        pending = -2;
        return c;
      }
      if (position == filled) {
        // Our own buffer: Reader.read() takes a lock per character, most of the time of a large file.
        filled = in.read(buffer, 0, buffer.length);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          return -1;
        }
      }
      return buffer[position++];
    }

    private void unread(int c) {
      pending = c;
    }
  }
}
