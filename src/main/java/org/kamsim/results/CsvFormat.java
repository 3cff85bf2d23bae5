package org.kamsim.results;

import com.univocity.parsers.common.ParsingContext;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one CSV layout of kamsim's result files, written and read with univocity-parsers (the project's one
 * CSV library): a header of column names, then one row per record; comma-separated, {@code \n} line ends,
 * UTF-8, a cell quoted when it holds a comma, a quote or a line break; numbers as {@link Decimals} writes
 * them, a missing number as an empty cell, flags as {@code true} / {@code false}.
 *
 * <p>Reading is strict about what it asks for (each column of the spec present, each cell parsed as its
 * type, every error naming the file, the line and the column) and ignores columns it does not ask for, so
 * that a later engine's files with more columns still read.
 */
public final class CsvFormat {
  /** Longest cell read: result files hold ids, names and numbers, never pages of text. */
  static final int MAX_CELL = 1 << 16;

  private CsvFormat() {}

  /**
   * Writes {@code table}, whose columns must be {@code specs} in order (the file's columns), as
   * {@code file}.
   */
  public static void write(Table table, List<ColumnSpec> specs, Path file) throws IOException {
    if (!table.hasColumns(specs)) {
      throw new IllegalArgumentException(file.getFileName() + ": columns " + table.columnNames()
          + " are not the file's " + specs.stream().map(ColumnSpec::name).toList());
    }
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.getFormat().setLineSeparator("\n");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setQuotationTriggers('"');
    int width = specs.size();
    String[] cells = new String[width];
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(out, settings);
      csv.writeHeaders(table.columnNames());
      for (int row = 0; row < table.rowCount(); row++) {
        for (int c = 0; c < width; c++) {
          cells[c] = cell(table.column(c), specs.get(c), row);
        }
        csv.writeRow((Object[]) cells);
      }
      csv.flush();
    }
  }

  private static String cell(Column column, ColumnSpec spec, int row) {
    if (column instanceof DoubleColumn d) {
      return d.isMissing(row) ? "" : Decimals.text(d.get(row), d.format() != null ? d.format() : spec.format());
    }
    if (column instanceof IntColumn i) {
      return Integer.toString(i.get(row));
    }
    if (column instanceof TextColumn t) {
      return t.get(row);
    }
    return ((FlagColumn) column).get(row) ? "true" : "false";
  }

  /**
   * Reads {@code file} into a table named after it with the columns of {@code specs}, in that order.
   *
   * @throws ResultFileException if the file is missing, not a regular file, unreadable, not UTF-8, not CSV,
   *     lacks a column, has a cell that is not of its column's type, or has no header
   */
  public static Table read(Path file, List<ColumnSpec> specs) throws ResultFileException {
    ResultFiles.requireRegularFile(file);
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setComment('\0');
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setHeaderExtractionEnabled(false);
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setSkipEmptyLines(true);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setMaxCharsPerColumn(MAX_CELL);
    settings.setMaxColumns(Math.max(64, 2 * specs.size()));
    // Univocity reads ahead on a thread of its own by default; that thread prints its own traces.
    settings.setReadInputOnSeparateThread(false);
    CsvParser parser = new CsvParser(settings);
    try (Reader reader = new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      parser.beginParsing(reader);
      String[] header = parser.parseNext();
      if (header == null) {
        throw new ResultFileException(file, "empty file (no header)");
      }
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        index.putIfAbsent(header[i], i);
      }
      int[] source = new int[specs.size()];
      for (int c = 0; c < specs.size(); c++) {
        Integer i = index.get(specs.get(c).name());
        if (i == null) {
          throw new ResultFileException(file, ":1", "missing column " + specs.get(c).name());
        }
        source[c] = i;
      }
      List<ColumnReader> columns = new ArrayList<>(specs.size());
      for (ColumnSpec spec : specs) {
        columns.add(new ColumnReader(spec));
      }
      String[] row;
      while ((row = parser.parseNext()) != null) {
        ParsingContext context = parser.getContext();
        for (int c = 0; c < specs.size(); c++) {
          int i = source[c];
          String cell = i < row.length ? row[i] : null;
          if (cell == null) {
            throw new ResultFileException(file, ":" + startLine(context),
                "has " + row.length + " cells, the header has " + header.length);
          }
          String problem = columns.get(c).add(cell);
          if (problem != null) {
            throw new ResultFileException(file, ":" + startLine(context),
                specs.get(c).name() + " (column " + (i + 1) + "): " + problem);
          }
        }
      }
      List<Column> built = new ArrayList<>(columns.size());
      for (ColumnReader c : columns) {
        built.add(c.build());
      }
      return Table.of(file.getFileName().toString(), built);
    } catch (NoSuchFileException e) {
      throw new ResultFileException(file, "missing");
    } catch (TextParsingException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof java.nio.charset.CharacterCodingException) {
          // univocity wraps the decoder's error, and its line is where its reader had got to, not the byte's.
          throw new ResultFileException(file, "not UTF-8 text");
        }
      }
      throw ResultFiles.unlessOutOfMemory(e, new ResultFileException(file, ":" + (e.getLineIndex() + 1),
          "cannot read as CSV: " + firstLine(e.getMessage())));
    } catch (IOException e) {
      throw new ResultFileException(file, "cannot read: " + ResultFiles.reason(e));
    } finally {
      parser.stopParsing();
    }
  }

  /**
   * The line a record starts on: univocity gives the line it ends on, and the record's raw text, which ends
   * with the line break that ended it; the breaks before that one are inside quoted cells.
   */
  private static long startLine(ParsingContext context) {
    String raw = context.currentParsedContent();
    long breaks = raw == null ? 0 : raw.chars().filter(ch -> ch == '\n').count();
    if (raw != null && raw.endsWith("\n")) {
      breaks--;
    }
    return context.currentLine() - breaks;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  /** Collects one column's cells, parsed as its type. */
  private static final class ColumnReader {
    private final ColumnSpec spec;
    private final List<String> texts = new ArrayList<>();
    // Only the array of the column's type grows: a trials.csv of millions of rows holds 8 bytes a number,
    // not 13 for every column.
    private double[] numbers = new double[0];
    private int[] ints = new int[0];
    private boolean[] flags = new boolean[0];
    private int size;
    private int capacity;

    ColumnReader(ColumnSpec spec) {
      this.spec = spec;
    }

    /** Adds a cell; returns what is wrong with it, or null. */
    String add(String cell) {
      if (size == capacity && spec.type() != ColumnSpec.Type.TEXT) {
        capacity = Math.max(1024, 2 * capacity);
        switch (spec.type()) {
          case FLAG -> flags = java.util.Arrays.copyOf(flags, capacity);
          case INTEGER -> ints = java.util.Arrays.copyOf(ints, capacity);
          default -> numbers = java.util.Arrays.copyOf(numbers, capacity);
        }
      }
      switch (spec.type()) {
        case TEXT -> texts.add(cell);
        case FLAG -> {
          if (!cell.equals("true") && !cell.equals("false")) {
            return "expected true or false, was \"" + cell + "\"";
          }
          flags[size] = cell.equals("true");
        }
        case INTEGER -> {
          try {
            ints[size] = Integer.parseInt(cell);
          } catch (NumberFormatException e) {
            return "expected a whole number, was \"" + cell + "\"";
          }
        }
        case NUMBER -> {
          if (cell.isEmpty()) {
            if (!spec.optional()) {
              return "must not be empty";
            }
            numbers[size] = Double.NaN;
          } else {
            double v = Double.NaN;
            if (ResultFiles.isDecimal(cell)) {
              v = Double.parseDouble(cell);
            }
            if (!Double.isFinite(v)) {
              return "expected a finite decimal number, was \"" + cell + "\"";
            }
            numbers[size] = v;
          }
        }
      }
      size++;
      return null;
    }

    Column build() {
      int n = size;
      return switch (spec.type()) {
        case TEXT -> TextColumn.of(spec.name(), texts);
        case FLAG -> FlagColumn.of(spec.name(), n, i -> flags[i]);
        case INTEGER -> IntColumn.of(spec.name(), n, i -> ints[i]);
        case NUMBER -> new DoubleColumn(spec.name(), java.util.Arrays.copyOf(numbers, n), spec.format());
      };
    }
  }
}
