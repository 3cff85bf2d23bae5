package org.kamsim.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.Account;
import org.kamsim.model.Limits;
import org.kamsim.model.Portfolio;

/**
 * Reads a portfolio CSV (MODEL.md, "Account"): one header line, then one account per line. The known columns
 * are {@code id, name, segment, region, revenue, margin, cost_to_serve, churn, growth, volatility, potential,
 * complexity, key}; every other column is a scoring criterion. Column names are trimmed and matched exactly.
 *
 * <p>{@link CsvRecords} splits the file into cells, all read as text, with where each starts; each cell is
 * then parsed here, so that an error names its line and column (the header is line 1), the column's name
 * and the value: {@code portfolio.csv:37:41: churn: must be in [0, 1), was 1.4}. A problem of a whole row
 * (its number of cells) names the line alone, one of the whole file the file alone. All errors of the file
 * are reported together, rows being read one at a time rather than held as text.
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
    CsvRecords records = new CsvRecords(text, errors);
    CsvRow header = records.next();
    if (header == null) {
      if (errors.isEmpty()) {
        errors.atFile("empty file (expected a header line, then one line per account)");
      }
      throw errors.exception();
    }
    String format = otherFormat(header, records);
    if (format != null) {
      errors.atFile(format);
      throw errors.exception();
    }
    Map<String, Integer> columns = columns(header, errors);
    records.names(header.cells());
    // With a wrong header the rows cannot be read, but their layout can still be checked.
    boolean readRows = errors.isEmpty();
    List<String> criteria = columns.keySet().stream().filter(c -> !KNOWN.contains(c)).toList();
    List<Account> accounts = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int rows = 0;
    for (CsvRow row = records.next(); row != null; row = records.next()) {
      rows++;
      if (row.size() != header.size()) {
        errors.atLine(row.line(), "has " + row.size() + " cells, the header has " + header.size());
        continue;
      }
      if (!readRows) {
        continue;
      }
      CsvCells cells = new CsvCells(errors, row, columns);
      Account account = account(cells, criteria, errors, row.line());
      if (account != null) {
        Integer first = firstLine.putIfAbsent(account.id(), row.line(columns.get("id")));
        if (first != null) {
          cells.error("id", "id: duplicate account id \"" + account.id() + "\" (first on line " + first + ")");
        } else {
          accounts.add(account);
        }
      }
    }
    if (rows == 0 && !records.failed()) {
      errors.atFile("no accounts (the file has a header but no rows)");
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
   * What is wrong with the file's format, judged from its header, or null. Spreadsheets set to a locale that
   * writes decimal commas save "CSV" with semicolons (or tabs) between cells; split at commas, such a header
   * lacks required columns, and every row would then be "wrong". A header is taken for another separator only
   * when split at that separator it has every required column, or more than the single cell it has now: a
   * comma-separated header with all its columns, whatever its names hold, never is.
   */
  private static String otherFormat(CsvRow header, CsvRecords records) {
    if (header.cells().stream().anyMatch(cell -> cell.indexOf('\r') >= 0)) {
      return "its lines end in a lone CR (classic Mac OS): save it with LF or CRLF line ends";
    }
    if (header.cells().containsAll(REQUIRED)) {
      return null;
    }
    for (char separator : new char[] {';', '\t'}) {
      List<String> other = records.resplit(separator);
      if (other.containsAll(REQUIRED) || header.size() == 1 && other.size() > 1) {
        return "the columns are separated by " + (separator == ';' ? "semicolons" : "tabs") + ", not commas:"
            + " save it as \"CSV UTF-8 (comma delimited)\" with a point as the decimal separator";
      }
    }
    return null;
  }

  /** Column index by name, in file order; header errors are recorded. */
  private static Map<String, Integer> columns(CsvRow header, Errors errors) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.cell(c);
      if (name.isEmpty()) {
        errors.atCell(header.line(c), header.column(c), "column " + (c + 1) + " has no name");
        continue;
      }
      Integer first = columns.putIfAbsent(name, c);
      if (first != null) {
        errors.atCell(header.line(c), header.column(c),
            "column '" + name + "' appears twice (columns " + (first + 1) + " and " + (c + 1) + ")");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        String near = header.cells().stream().filter(required::equalsIgnoreCase).findFirst()
            .map(h -> " (found '" + h + "': column names are lower-case)").orElse("");
        errors.atFile("missing required column '" + required + "'" + near);
      }
    }
    return columns;
  }

  /** One account, or null when a cell was wrong (its errors recorded). */
  private static Account account(CsvCells cells, List<String> criteria, Errors errors, int line) {
    String id = cells.required("id");
    Double revenue = cells.number("revenue", null, AMOUNT);
    Double margin = cells.number("margin", null, Range.closed(0, 1));
    Double costToServe = cells.number("cost_to_serve", 0.0, AMOUNT);
    Double churn = cells.number("churn", null, Range.halfOpen(0, 1));
    Double growth = cells.number("growth", 0.0, Range.aboveAtMost(-1, Limits.MAX_GROWTH));
    Double volatility = cells.number("volatility", 0.0, Range.closed(0, Limits.MAX_VOLATILITY));
    Double potential = cells.number("potential", Double.POSITIVE_INFINITY, AMOUNT);
    Double complexity = cells.number("complexity", 1.0, Range.above(0));
    Boolean key = cells.flag("key");
    Map<String, Double> scores = new LinkedHashMap<>();
    boolean scored = true;
    for (String criterion : criteria) {
      Double score = cells.criterion(criterion);
      scored &= score != null;
      scores.put(criterion, score);
    }
    if (id == null || revenue == null || margin == null || costToServe == null || churn == null
        || growth == null || volatility == null || potential == null || complexity == null || key == null
        || !scored) {
      return null;
    }
    try {
      return new Account(id, cells.text("name"), cells.text("segment"), cells.text("region"), revenue, margin,
          costToServe, churn, growth, volatility, potential, complexity, key, scores);
    } catch (IllegalArgumentException e) {
      errors.atLine(line, e.getMessage());
      return null;
    }
  }
}
