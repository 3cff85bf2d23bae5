package org.kamsim.scenario;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The records of a CSV text, split by univocity-parsers (the only CSV tokenizer kamsim reads and writes
 * with), each with the line and column where each of its cells starts, so that errors
 * read {@code portfolio.csv:37:41: churn: must be in [0, 1), was 1.4}. Blank lines are skipped and a
 * {@code #} is data, not a comment; lines end in LF or CRLF.
 *
 * <p>univocity says where each record ends ({@code ParsingContext.currentChar()}, the offset after its line
 * break) but not where its cells start. That follows from where the record starts and the cells it returned,
 * without splitting the text a second time: a cell starts after blanks and spans its value, or, when it opens
 * with a quote, its value plus the two quotes and one more for each quote inside (written doubled); then come
 * blanks and the comma. This is exact because the parser is strict about quotes (text after a closing quote is
 * an error, not part of the cell) and keeps line breaks inside quotes as written; where it still does not
 * hold, the column is left unknown rather than guessed.
 *
 * <p>Reading stops at the first problem that leaves the rest of the text unsplittable (a quote never closed,
 * a cell longer than {@link #MAX_CELL_CHARS}), recorded as one short error with its position, never as the
 * parser's own report of many lines. An {@link Error} such as {@link OutOfMemoryError}, which univocity wraps
 * in its exception, is thrown as itself: it is no fault of the input.
 */
final class CsvRecords {

  /** Most characters in a cell: far beyond any name or number, and the size of the parser's cell buffer. */
  static final int MAX_CELL_CHARS = 1 << 16;
  /** Most cells in a record: the 13 known columns and hundreds of criteria. */
  static final int MAX_CELLS = 1 << 10;

  /** An offset that is not known: the text there is not what the cells say (see the class comment). */
  private static final int UNKNOWN = -1;
  /** An offset past the end of the text: the last cell opened a quote that is never closed. */
  private static final int UNCLOSED = -2;

  private final String text;
  private final Reader source;
  private final Errors errors;
  private CsvParser parser;
  private List<String> names = List.of();
  /** Where the last record read starts and ends (the offset after its line break). */
  private int start;
  private int end;
  /** The line cursor: offset {@code scanned} is on line {@code line}, which starts at {@code lineStart}. */
  private int scanned;
  private int line = 1;
  private int lineStart;
  private boolean stopped;
  private boolean failed;

  /** Records of {@code text}; reading errors go to {@code errors}. */
  CsvRecords(String text, Errors errors) {
    this(text, new StringReader(text), errors);
  }

  /** Records of {@code text}, read from {@code source} (which must give that text: tests make it fail). */
  CsvRecords(String text, Reader source, Errors errors) {
    this.text = text;
    this.source = source;
    this.errors = errors;
  }

  /** The header's column names, so that errors about a cell can name its column. */
  void names(List<String> header) {
    this.names = List.copyOf(header);
  }

  /** Whether reading stopped at an error (recorded) before the end of the text. */
  boolean failed() {
    return failed;
  }

  /** The next record, or null at the end of the text or when reading stopped at an error (recorded). */
  CsvRow next() {
    if (stopped) {
      return null;
    }
    String[] cells;
    try {
      if (parser == null) {
        parser = new CsvParser(settings(',', MAX_CELL_CHARS, UnescapedQuoteHandling.RAISE_ERROR));
        parser.beginParsing(source);
      }
      cells = parser.parseNext();
    } catch (TextParsingException e) {
      throwErrors(e);
      stop();
      failed = true;
      report(e);
      return null;
    }
    if (cells == null) {
      stop();
      return null;
    }
    start = skipBlanks(end, true);
    end = (int) parser.getContext().currentChar();
    int[] starts = starts(cells, cells.length, start);
    int[] lines = new int[cells.length];
    int[] columns = new int[cells.length];
    for (int c = 0; c < cells.length; c++) {
      if (starts[c] >= 0) {
        moveTo(starts[c]);
        columns[c] = starts[c] - lineStart + 1;
      }
      lines[c] = line;
    }
    if (starts[cells.length] == UNCLOSED) {
      int c = cells.length - 1;
      errors.atCell(lines[c], columns[c], field(c) + "a quoted cell starts here and is never closed");
      stop();
      failed = true;
      return null;
    }
    return new CsvRow(cells, lines, columns);
  }

  /**
   * The last record read, split at {@code delimiter} instead of commas (by the same parser): to recognise a
   * file saved with another separator from its header.
   */
  List<String> resplit(char delimiter) {
    CsvParser other = new CsvParser(settings(delimiter, MAX_CELL_CHARS, UnescapedQuoteHandling.STOP_AT_CLOSING_QUOTE));
    try {
      String[] cells = other.parseLine(text.substring(start, end));
      return cells == null ? List.of() : Arrays.stream(cells).map(String::strip).toList();
    } catch (TextParsingException e) {
      throwErrors(e);
      return List.of();
    }
  }

  /**
   * The parser's settings. Everything is read as text: only the empty cell is missing and it reads as "";
   * nothing like "NA" or "null" is special.
   */
  private static CsvParserSettings settings(char delimiter, int maxCellChars, UnescapedQuoteHandling quotes) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(delimiter);
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    // LF ends a line, and the CR of a CRLF is a trailing blank; detection would take the first line's
    // ending for all, and lose the lines of a file that mixes them.
    settings.setLineSeparatorDetectionEnabled(false);
    settings.getFormat().setLineSeparator("\n");
    settings.getFormat().setNormalizedNewline('\n');
    // By default a line starting with '#' is a comment and would vanish.
    settings.getFormat().setComment('\0');
    // The header is read as a record, so that names arrive exactly as written, repeats included.
    settings.setHeaderExtractionEnabled(false);
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setSkipEmptyLines(true);
    // What the offsets of cells are computed from (see the class comment): blanks inside quotes kept,
    // line breaks inside quotes as written, text after a closing quote an error.
    settings.setIgnoreLeadingWhitespacesInQuotes(false);
    settings.setIgnoreTrailingWhitespacesInQuotes(false);
    settings.setNormalizeLineEndingsWithinQuotes(false);
    settings.setKeepQuotes(false);
    settings.setKeepEscapeSequences(false);
    settings.setUnescapedQuoteHandling(quotes);
    settings.setMaxCharsPerColumn(maxCellChars);
    settings.setMaxColumns(MAX_CELLS);
    // Its own reading thread prints stack traces when memory runs short, and buys nothing on a String.
    settings.setReadInputOnSeparateThread(false);
    // Its error messages are not shown to users; without content they are cheap to build.
    settings.setErrorContentLength(0);
    return settings;
  }

  /**
   * Where cells {@code 0..count-1} of a record starting at {@code from} start, then where a cell after them
   * would start (after their comma); {@link #UNKNOWN} from the first cell that is not where it should be,
   * {@link #UNCLOSED} last when the last cell's quote is never closed.
   */
  private int[] starts(String[] cells, int count, int from) {
    int[] starts = new int[count + 1];
    int p = from;
    for (int c = 0; c < count; c++) {
      if (p >= 0) {
        p = skipBlanks(p, false);
      }
      starts[c] = p;
      if (p >= 0) {
        p = after(cells[c], p, c == cells.length - 1);
      }
    }
    starts[count] = p;
    return starts;
  }

  /** Where the cell that starts at {@code p} ends, past the blanks and the comma after it. */
  private int after(String cell, int p, boolean last) {
    int q;
    if (p < text.length() && text.charAt(p) == '"') {
      long length = 2L + cell.length() + cell.chars().filter(ch -> ch == '"').count();
      if (p + length > text.length()) {
        return UNCLOSED;
      }
      q = (int) (p + length);
      if (text.charAt(q - 1) != '"') {
        return UNKNOWN;
      }
    } else {
      if (!text.startsWith(cell, p)) {
        return UNKNOWN;
      }
      q = p + cell.length();
    }
    q = skipBlanks(q, false);
    if (q < text.length() && text.charAt(q) == ',' && !last) {
      return q + 1;
    }
    return last && (q == text.length() || text.charAt(q) == '\n') ? q : UNKNOWN;
  }

  /** Past the blanks at {@code p} (the characters up to a space, as the parser counts them), and line breaks. */
  private int skipBlanks(int p, boolean lineBreaks) {
    while (p < text.length() && text.charAt(p) <= ' ' && (lineBreaks || text.charAt(p) != '\n')) {
      p++;
    }
    return p;
  }

  /** Moves the line cursor forward to {@code offset}; offsets asked for never decrease. */
  private void moveTo(int offset) {
    for (int i = scanned; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = Math.max(scanned, offset);
  }

  /** One short error, at the cell the parser stopped in, for what stopped it. */
  private void report(TextParsingException e) {
    int from = skipBlanks(end, true);
    int c = e.getColumnIndex();
    if (e.getCause() instanceof ArrayIndexOutOfBoundsException && c >= MAX_CELLS) {
      moveTo(from);
      errors.atLine(line, "has more than " + thousands(MAX_CELLS) + " cells (the most a row may have)");
      return;
    }
    int at = startOfCell(from, c, (int) Math.max(from, Math.min(e.getCharIndex(), text.length())));
    int column = 0;
    if (at >= 0) {
      moveTo(at);
      column = at - lineStart + 1;
    } else {
      moveTo(from);
    }
    String problem;
    if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
      problem = at >= 0 && at < text.length() && text.charAt(at) == '"'
          ? "a quoted cell longer than " + thousands(MAX_CELL_CHARS)
              + " characters (is its closing quote missing?)"
          : "a cell longer than " + thousands(MAX_CELL_CHARS) + " characters";
    } else if (e.getCause() instanceof TextParsingException) {
      // The parser's own errors are about quotes: text after the quote that closes a cell.
      problem = "a quoted cell must end at its closing quote, before a comma or the end of the line"
          + " (write a quote inside it as \"\")";
    } else {
      problem = "cannot split this line into cells";
    }
    errors.atCell(line, column, field(c) + problem);
  }

  /**
   * Where cell {@code c} of the record starting at {@code from} starts, the parser having stopped in it at
   * {@code stoppedAt}; {@link #UNKNOWN} if that cannot be told. The cells before it were read whole, so the
   * same parser, reading the record up to there and without limits, gives them back.
   */
  private int startOfCell(int from, int c, int stoppedAt) {
    String[] cells;
    try {
      cells = new CsvParser(settings(',', -1, UnescapedQuoteHandling.STOP_AT_CLOSING_QUOTE))
          .parseLine(text.substring(from, stoppedAt));
    } catch (TextParsingException e) {
      throwErrors(e);
      return UNKNOWN;
    }
    if (cells == null || cells.length <= c) {
      return UNKNOWN;
    }
    int next = starts(cells, c, from)[c];
    return next < 0 ? UNKNOWN : skipBlanks(next, false);
  }

  /** "name: " for an error about cell {@code c} of a row, "" in the header. */
  private String field(int c) {
    return c < names.size() && !names.get(c).isEmpty() ? names.get(c) + ": " : "";
  }

  private void stop() {
    stopped = true;
    if (parser != null) {
      parser.stopParsing();
    }
  }

  private static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Throws an {@link Error} univocity wrapped (it catches every Throwable) as itself. */
  private static void throwErrors(TextParsingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Error error) {
        throw error;
      }
    }
  }
}
