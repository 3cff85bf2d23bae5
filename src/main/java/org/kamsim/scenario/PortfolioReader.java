package org.kamsim.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.Account;
import org.kamsim.model.Limits;
import org.kamsim.model.Portfolio;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

/**
 * Reads a portfolio CSV (MODEL.md, "Account"): one header line, then one account per line. The known columns
 * are {@code id, name, segment, region, revenue, margin, cost_to_serve, churn, growth, volatility, potential,
 * complexity, key}; every other column is a scoring criterion. Column names are trimmed and matched exactly.
 *
 * <p>univocity-parsers (the CSV parser inside Tablesaw) splits the file into cells, all read as text; each
 * cell is then parsed here, so that an error
 * names its line (the header is line 1), its column and the value: {@code portfolio.csv:37: churn: must be in
 * [0, 1), was 1.4}. All errors of the file are reported together.
 */
public final class PortfolioReader {

  private static final List<String> REQUIRED = List.of("id", "revenue", "margin", "churn");
  private static final List<String> KNOWN = List.of("id", "name", "segment", "region", "revenue", "margin",
      "cost_to_serve", "churn", "growth", "volatility", "potential", "complexity", "key");
  /** Money a year per account: revenue, cost to serve, potential (Limits says why there is a ceiling). */
  private static final Range AMOUNT = Range.closed(0, Limits.MAX_AMOUNT);

  private PortfolioReader() {}

  /** Reads and validates the portfolio in {@code csvFile}; errors name the file as given. */
  public static Portfolio read(Path csvFile) throws InputException {
    String label = csvFile.toString();
    String text;
    try {
      text = TextFile.read(csvFile, TextFile.Kind.PORTFOLIO);
    } catch (IOException e) {
      throw new InputException(List.of(new InputError(label, "cannot read file: " + TextFile.reason(e))));
    }
    return parse(label, text);
  }

  /** Parses CSV text already read; {@code label} names the file in errors. */
  static Portfolio parse(String label, String text) throws InputException {
    Errors errors = new Errors(label);
    CsvLayout layout = CsvLayout.scan(text);
    List<CsvLayout.Record> records = layout.records();
    if (layout.unclosedQuoteLine() > 0) {
      errors.atLine(layout.unclosedQuoteLine(), "a quoted cell starts here and is never closed");
      throw errors.exception();
    }
    if (records.isEmpty()) {
      errors.atFile("empty file (expected a header line, then one line per account)");
      throw errors.exception();
    }
    int width = records.get(0).cells();
    for (CsvLayout.Record r : records.subList(1, records.size())) {
      if (r.cells() != width) {
        errors.atLine(r.line(), "has " + r.cells() + " cells, the header has " + width);
      }
    }
    if (!errors.isEmpty()) {
      throw errors.exception();
    }
    List<String[]> table = cells(text, width, errors);
    if (table != null && (table.size() != records.size()
        || table.stream().anyMatch(cells -> cells.length != width))) {
      // Should not happen: the layout follows the parser's rules. Refuse rather than cite wrong lines.
      errors.atFile("cannot split the file into rows consistently (" + table.size() + " rows read, "
          + records.size() + " expected)");
    }
    if (!errors.isEmpty()) {
      throw errors.exception();
    }
    List<String> header = row(table, 0);
    Map<String, Integer> columns = columns(header, records.get(0).line(), errors);
    if (records.size() == 1) {
      errors.atFile("no accounts (the file has a header but no rows)");
    }
    if (!errors.isEmpty()) {
      throw errors.exception();
    }
    List<String> criteria = columns.keySet().stream().filter(c -> !KNOWN.contains(c)).toList();
    List<Account> accounts = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      int line = records.get(r).line();
      Account account = account(row(table, r), columns, criteria, new CsvCells(errors, line), errors, line);
      if (account != null) {
        Integer first = firstLine.putIfAbsent(account.id(), line);
        if (first != null) {
          errors.atLine(line, "id: duplicate account id \"" + account.id() + "\" (first on line " + first + ")");
        } else {
          accounts.add(account);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw errors.exception();
    }
    try {
      return new Portfolio(accounts, criteria);
    } catch (IllegalArgumentException e) {
      errors.atFile(e.getMessage());
      throw errors.exception();
    }
  }

  /**
   * Every cell as text, header first. The parser is used directly rather than through Tablesaw's
   * {@code Table.read()}: the first use of Tablesaw's {@code Table} scans the class path for readers
   * (ClassGraph over the whole application jar), which cost about half a second of every run's start-up.
   */
  private static List<String[]> cells(String text, int width, Errors errors) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.setLineSeparatorDetectionEnabled(true);
    // The header is read as row 0 so that names arrive exactly as written, repeats included: the user
    // should hear about the name they wrote.
    settings.setHeaderExtractionEnabled(false);
    // By default a line starting with '#' is a comment and would vanish, shifting every line number.
    settings.getFormat().setComment('\0');
    // Only the empty cell is missing, and it reads as ""; nothing like "NA" or "null" is special.
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setSkipEmptyLines(true);
    settings.setMaxCharsPerColumn(1 << 16);
    settings.setMaxColumns(Math.max(width, 1) + 1);
    try {
      return new CsvParser(settings).parseAll(new StringReader(text));
    } catch (TextParsingException e) {
      errors.atFile("cannot parse as CSV: " + e.getMessage());
      return null;
    }
  }

  private static List<String> row(List<String[]> table, int r) {
    String[] cells = table.get(r);
    List<String> row = new ArrayList<>(cells.length);
    for (String cell : cells) {
      row.add(cell.strip()); // never null: the settings read a missing cell as ""
    }
    return row;
  }

  /** Column index by name, in file order; header errors are recorded. */
  private static Map<String, Integer> columns(List<String> header, int line, Errors errors) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
      // Saved with another separator: say that, rather than that every required column is missing.
      errors.atLine(line, "the header is a single column \"" + header.get(0) + "\"; the file must be comma-separated");
      return columns;
    }
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isEmpty()) {
        errors.atLine(line, "column " + (c + 1) + " has no name");
        continue;
      }
      Integer first = columns.putIfAbsent(name, c);
      if (first != null) {
        errors.atLine(line, "column '" + name + "' appears twice (columns " + (first + 1) + " and " + (c + 1) + ")");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        String near = header.stream().filter(required::equalsIgnoreCase).findFirst()
            .map(h -> " (found '" + h + "': column names are lower-case)").orElse("");
        errors.atFile("missing required column '" + required + "'" + near);
      }
    }
    return columns;
  }

  /** One account, or null when a cell was wrong (its errors recorded). */
  private static Account account(List<String> row, Map<String, Integer> columns, List<String> criteria,
      CsvCells cells, Errors errors, int line) {
    String id = cells.required("id", cell(row, columns, "id"));
    Double revenue = cells.number("revenue", cell(row, columns, "revenue"), null, AMOUNT);
    Double margin = cells.number("margin", cell(row, columns, "margin"), null, Range.closed(0, 1));
    Double costToServe = cells.number("cost_to_serve", cell(row, columns, "cost_to_serve"), 0.0, AMOUNT);
    Double churn = cells.number("churn", cell(row, columns, "churn"), null, Range.halfOpen(0, 1));
    Double growth = cells.number("growth", cell(row, columns, "growth"), 0.0,
        Range.aboveAtMost(-1, Limits.MAX_GROWTH));
    Double volatility = cells.number("volatility", cell(row, columns, "volatility"), 0.0,
        Range.closed(0, Limits.MAX_VOLATILITY));
    Double potential = cells.number("potential", cell(row, columns, "potential"), Double.POSITIVE_INFINITY, AMOUNT);
    Double complexity = cells.number("complexity", cell(row, columns, "complexity"), 1.0, Range.above(0));
    Boolean key = cells.flag("key", cell(row, columns, "key"));
    Map<String, Double> scores = new LinkedHashMap<>();
    boolean scored = true;
    for (String criterion : criteria) {
      Double score = cells.criterion(criterion, row.get(columns.get(criterion)));
      scored &= score != null;
      scores.put(criterion, score);
    }
    if (id == null || revenue == null || margin == null || costToServe == null || churn == null
        || growth == null || volatility == null || potential == null || complexity == null || key == null
        || !scored) {
      return null;
    }
    try {
      return new Account(id, cell(row, columns, "name"), cell(row, columns, "segment"),
          cell(row, columns, "region"), revenue, margin, costToServe, churn, growth, volatility, potential,
          complexity, key, scores);
    } catch (IllegalArgumentException e) {
      errors.atLine(line, e.getMessage());
      return null;
    }
  }

  /** The cell of a column, or "" (its default) when the file has no such column. */
  private static String cell(List<String> row, Map<String, Integer> columns, String column) {
    Integer c = columns.get(column);
    return c == null ? "" : row.get(c);
  }
}
