package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;

class PortfolioReaderTest {

  private static final String DIR = "src/test/resources/scenario/";
  private static final String BAD = DIR + "bad/";

  private static Portfolio read(String file) throws InputException {
    return PortfolioReader.read(Path.of(file));
  }

  /** The message of the InputException that reading {@code file} throws. */
  private static void assertRejected(String file, String message) {
    assertThatExceptionOfType(InputException.class).isThrownBy(() -> read(file)).withMessage(message);
  }

  @Test
  void portfolio_everyColumn_isReadAsWritten() throws InputException {
    Portfolio p = read(DIR + "portfolio.csv");

    assertThat(p.size()).isEqualTo(6);
    assertThat(p.criteria()).containsExactly("product_fit", "solvency", "relationship");
    Account a = p.get(0);
    assertThat(a.id()).isEqualTo("A001");
    assertThat(a.name()).isEqualTo("Alpha");
    assertThat(a.segment()).isEqualTo("Retail");
    assertThat(a.region()).isEqualTo("North");
    assertThat(a.revenue()).isEqualTo(1_200_000);
    assertThat(a.margin()).isEqualTo(0.30);
    assertThat(a.costToServe()).isEqualTo(40_000);
    assertThat(a.churn()).isEqualTo(0.10);
    assertThat(a.growth()).isEqualTo(0.05);
    assertThat(a.volatility()).isEqualTo(0.20);
    assertThat(a.potential()).isEqualTo(2_000_000);
    assertThat(a.complexity()).isEqualTo(2);
    assertThat(a.key()).isTrue();
    assertThat(a.criteria()).containsEntry("product_fit", 8.0).containsEntry("solvency", 7.0)
        .containsEntry("relationship", 9.0).hasSize(3);
    // key accepts true/yes/1 and false/no/0; an empty potential means no ceiling.
    assertThat(p.accounts()).extracting(Account::key).containsExactly(true, true, false, false, false, true);
    assertThat(p.get(1).potential()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(p.get(1).hasPotential()).isFalse();
  }

  @Test
  void portfolio_onlyRequiredColumns_getsDefaults() throws InputException {
    Portfolio p = read(DIR + "minimal-columns.csv");

    Account a = p.get(0);
    assertThat(a.id()).isEqualTo("M1");
    assertThat(a.name()).isEmpty();
    assertThat(a.segment()).isEmpty();
    assertThat(a.region()).isEmpty();
    assertThat(a.costToServe()).isZero();
    assertThat(a.growth()).isZero();
    assertThat(a.volatility()).isZero();
    assertThat(a.potential()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(a.complexity()).isEqualTo(1);
    assertThat(a.key()).isFalse();
    assertThat(p.criteria()).isEmpty();
    assertThat(p.get(1).churn()).isZero();
  }

  @Test
  void portfolio_churnAboveOne_isRejectedAtItsLineAndColumn() {
    assertRejected(BAD + "churn-above-one.csv", BAD + "churn-above-one.csv:4:14: churn: must be in [0, 1), was 1.4");
  }

  @Test
  void portfolio_amountsAndRatesBeyondTheLimits_areRejected() {
    // Each at most 1e12 (money a year), growth at most 10, volatility at most 5; the last row is at every
    // limit and is accepted.
    assertRejected(BAD + "amounts.csv", String.join("\n",
        BAD + "amounts.csv:2:6: revenue: must be in [0, 1e12], was 1e308",
        BAD + "amounts.csv:3:18: cost_to_serve: must be in [0, 1e12], was 1e300",
        BAD + "amounts.csv:4:20: growth: must be in (-1, 10], was 11",
        BAD + "amounts.csv:5:25: volatility: must be in [0, 5], was 6",
        BAD + "amounts.csv:6:29: potential: must be in [0, 1e12], was 2e12"));
  }

  @Test
  void portfolio_missingRequiredColumn_isRejectedForTheFile() {
    assertRejected(BAD + "missing-column.csv", BAD + "missing-column.csv: missing required column 'revenue'");
  }

  @Test
  void portfolio_requiredColumnInWrongCase_isRejectedWithHint() {
    assertRejected(BAD + "missing-column-case.csv", BAD + "missing-column-case.csv: missing required column"
        + " 'revenue' (found 'Revenue': column names are lower-case)");
  }

  @Test
  void portfolio_unparsableNumbers_areRejectedWithValueQuoted() {
    assertRejected(BAD + "unparsable-number.csv",
        BAD + "unparsable-number.csv:3:6: revenue: expected a number, was \"abc\"\n"
            + BAD + "unparsable-number.csv:4:6: revenue: expected a number, was \"1,5\"");
  }

  @Test
  void portfolio_nanAndInfinity_areRejected() {
    assertRejected(BAD + "nan.csv",
        BAD + "nan.csv:2:10: margin: must be a finite number, was \"NaN\"\n"
            + BAD + "nan.csv:3:14: churn: must be a finite number, was \"Infinity\"");
  }

  @Test
  void portfolio_duplicateId_isRejectedNamingBothLines() {
    assertRejected(BAD + "duplicate-id.csv",
        BAD + "duplicate-id.csv:4:1: id: duplicate account id \"A001\" (first on line 2)");
  }

  @Test
  void portfolio_twoBadRows_areReportedTogether() {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> read(BAD + "two-errors.csv"))
        .satisfies(e -> assertThat(e.errors()).containsExactly(
            new InputError(BAD + "two-errors.csv:3:6", "revenue: must be in [0, 1e12], was -5"),
            new InputError(BAD + "two-errors.csv:4:18", "key: expected true or false (or yes/no, 1/0), was \"maybe\"")))
        .withMessage(BAD + "two-errors.csv:3:6: revenue: must be in [0, 1e12], was -5\n"
            + BAD + "two-errors.csv:4:18: key: expected true or false (or yes/no, 1/0), was \"maybe\"");
  }

  @Test
  void portfolio_headerOnly_isRejected() {
    assertRejected(BAD + "header-only.csv", BAD + "header-only.csv: no accounts (the file has a header but no rows)");
  }

  @Test
  void portfolio_emptyFile_isRejected() {
    assertRejected(BAD + "empty.csv",
        BAD + "empty.csv: empty file (expected a header line, then one line per account)");
  }

  @Test
  void portfolio_repeatedHeader_isRejected() {
    assertRejected(BAD + "duplicate-header.csv",
        BAD + "duplicate-header.csv:1:25: column 'revenue' appears twice (columns 2 and 5)");
  }

  @Test
  void portfolio_rowsWithWrongCellCount_areRejectedWithLines() {
    assertRejected(BAD + "cell-count.csv",
        BAD + "cell-count.csv:3: has 3 cells, the header has 4\n"
            + BAD + "cell-count.csv:4: has 5 cells, the header has 4");
  }

  @Test
  void portfolio_badCriterionScores_areRejected() {
    assertRejected(BAD + "criteria.csv",
        BAD + "criteria.csv:3:18: fit: must not be empty (a criterion needs a score in [1, 10] for every account)\n"
            + BAD + "criteria.csv:4:18: fit: must be in [1, 10], was 11\n"
            + BAD + "criteria.csv:5:18: fit: expected a criterion score in [1, 10], was \"good\"");
  }

  @Test
  void portfolio_multiLineCellsBlankLinesAndHash_keepFileLineNumbers() {
    // Line 2 is blank, the cell on line 3 runs onto line 4, line 5 starts with '#' (a comment to some
    // parsers), line 6 is blank: the bad churn is on line 7 of the file.
    assertRejected(BAD + "line-numbers.csv", BAD + "line-numbers.csv:7:20: churn: must be in [0, 1), was 1.5");
  }

  @Test
  void portfolio_byteOrderMarkAndCrlf_areRead() {
    // The BOM must not stick to "id"; whitespace-only lines are skipped; CRLF lines count as one line each.
    assertRejected(BAD + "bom-crlf.csv", BAD + "bom-crlf.csv:5:10: churn: must be in [0, 1), was 1.2");
  }

  @Test
  void portfolio_unclosedQuote_isRejectedWhereItOpens() {
    assertRejected(BAD + "unclosed-quote.csv",
        BAD + "unclosed-quote.csv:3:6: revenue: a quoted cell starts here and is never closed");
  }

  @Test
  void portfolio_semicolonSeparated_isRejectedSayingSo() {
    assertRejected(BAD + "semicolons.csv", BAD + "semicolons.csv: the columns are separated by semicolons, not"
        + " commas: save it as \"CSV UTF-8 (comma delimited)\" with a point as the decimal separator");
  }

  @Test
  void portfolio_cellsAfterQuotedMultiLineCell_haveTheirOwnLineAndColumn() {
    // Line 2's name runs onto line 3 with doubled quotes and a comma; line 4 quotes a name after a blank,
    // with blanks after its closing quote and around the next cell.
    assertRejected(BAD + "quoted-cells.csv", String.join("\n",
        BAD + "quoted-cells.csv:3:33: churn: must be in [0, 1), was 1.5",
        BAD + "quoted-cells.csv:4:28: revenue: expected a number, was \"abc\""));
  }

  @Test
  void portfolio_mixedLfAndCrlfLineEnds_keepLineNumbers() {
    // CRLF, then a quoted CRLF inside a cell, then LF, then CRLF again.
    assertRejected(BAD + "mixed-line-ends.csv", BAD + "mixed-line-ends.csv:5:16: margin: must be in [0, 1], was 1.3");
  }

  @Test
  void portfolio_quoteInsideQuotedCellNotDoubled_isRejectedAtTheCell() {
    assertRejected(BAD + "quote-inside-quoted.csv", BAD + "quote-inside-quoted.csv:2:6: name: a quoted cell must end"
        + " at its closing quote, before a comma or the end of the line (write a quote inside it as \"\")");
  }

  @Test
  void portfolio_linesEndingInCrAlone_isRejectedSayingSo() {
    assertRejected(BAD + "cr-only.csv",
        BAD + "cr-only.csv: its lines end in a lone CR (classic Mac OS): save it with LF or CRLF line ends");
  }

  @Test
  void portfolio_tabSeparated_isRejectedSayingSo() {
    assertRejected(BAD + "tabs.csv", BAD + "tabs.csv: the columns are separated by tabs, not commas: save it as"
        + " \"CSV UTF-8 (comma delimited)\" with a point as the decimal separator");
  }

  @Test
  void portfolio_semicolonSeparatedWithCommasInQuotedNames_isRejectedSayingSo() {
    // Split at commas, the header is two cells, neither a required column; split at semicolons it has all.
    assertRejected(BAD + "semicolons-quoted-commas.csv", BAD + "semicolons-quoted-commas.csv: the columns are"
        + " separated by semicolons, not commas: save it as \"CSV UTF-8 (comma delimited)\" with a point as the"
        + " decimal separator");
  }

  @Test
  void portfolio_commaSeparatedWithSemicolonInAName_isNotTakenForSemicolons() {
    assertRejected(BAD + "semicolon-in-name.csv", BAD + "semicolon-in-name.csv: missing required column 'revenue'");
  }

  @Test
  void portfolio_missingFile_isRejected() {
    assertRejected(BAD + "nope.csv", BAD + "nope.csv: cannot read file: no such file");
  }

  @Test
  void inputError_printsLikeACompiler() {
    assertThat(new InputError("portfolio.csv:37", "churn: must be in [0, 1), was 1.4"))
        .hasToString("portfolio.csv:37: churn: must be in [0, 1), was 1.4");
  }
}
