package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kamsim.model.Portfolio;

/**
 * Portfolios built in code, for what no fixture file should hold: cells and files beyond the parser's limits
 * (never shown as the parser's own report of many lines), files longer than its buffer, and memory running
 * out while it reads.
 */
class CsvRecordsTest {

  private static final String HEADER = "id,name,revenue,margin,churn\n";

  private static void assertRejected(String text, String message) {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> PortfolioReader.parse("p.csv", text))
        .withMessage(message);
  }

  @Test
  void portfolio_cellLongerThan65536Characters_isOneLineAtTheCell() {
    assertRejected(HEADER + "A1,Alpha,1,0.3,0.1\nA2," + "x".repeat(70_000) + ",1,0.3,0.1\n",
        "p.csv:3:4: name: a cell longer than 65,536 characters");
  }

  @Test
  void portfolio_cellOf65536Characters_isRead() throws InputException {
    Portfolio p = PortfolioReader.parse("p.csv", HEADER + "A1," + "x".repeat(65_536) + ",1,0.3,0.1\n");
    assertThat(p.get(0).name()).hasSize(65_536);
  }

  @Test
  void portfolio_quoteNeverClosedInALongFile_isOneLineAskingForTheClosingQuote() {
    // The quote swallows every later line, more than a cell may hold, so the parser stops inside it.
    assertRejected(HEADER + "A1,\"Alpha,1,0.3,0.1\n" + "A2,Beta,1,0.3,0.1\n".repeat(5_000),
        "p.csv:2:4: name: a quoted cell longer than 65,536 characters (is its closing quote missing?)");
  }

  @Test
  void portfolio_headerCellLongerThanTheLimit_isOneLineWithoutAColumnName() {
    assertRejected("id," + "n".repeat(70_000) + ",revenue\nA1,x,1\n",
        "p.csv:1:4: a cell longer than 65,536 characters");
  }

  @Test
  void portfolio_rowWithMoreThan1024Cells_isOneLineForTheRow() {
    assertRejected(HEADER + "A1,Alpha,1,0.3,0.1\n" + "A2,Beta,1,0.3,0.1" + ",0".repeat(2_000) + "\n",
        "p.csv:3: has more than 1,024 cells (the most a row may have)");
  }

  @Test
  @Timeout(60)
  void portfolio_errorsFarBeyondTheParserBuffer_keepExactLinesAndColumns() {
    // 60,000 rows of about 40 characters: 2.4 MB, several of the parser's 1 MB buffers, with quoted
    // names (some holding a line break, so that records and lines part) and blank lines between.
    StringBuilder csv = new StringBuilder(HEADER);
    int line = 1;
    for (int i = 0; i < 60_000; i++) {
      csv.append("A").append(i).append(",\"Name ").append(i % 7 == 0 ? "\n" : "").append("\"\"").append(i)
          .append("\"\", Ltd\",1000,0.3,0.1\n");
      line += i % 7 == 0 ? 2 : 1;
      if (i % 1000 == 0) {
        csv.append("\n");
        line++;
      }
    }
    csv.append("B1,\"Last\",  1000 ,0.3,1.1\n");
    line++;
    assertRejected(csv.toString(), "p.csv:" + line + ":23: churn: must be in [0, 1), was 1.1");
  }

  @Test
  void portfolio_outOfMemoryWhileParsing_isThrownAsOutOfMemoryError() {
    // univocity catches every Throwable and wraps it in its own exception; memory running out is no
    // fault of the input and must not become an error message about it.
    // The first read gives the header; the parser's next read, in the middle of parsing, runs out.
    Reader failing = new StringReader(HEADER) {
      private boolean read;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (read) {
          throw new OutOfMemoryError("Java heap space (test)");
        }
        read = true;
        HEADER.getChars(0, HEADER.length(), buffer, offset);
        return HEADER.length();
      }
    };
    CsvRecords records = new CsvRecords(HEADER, failing, new Errors("p.csv"));
    assertThatThrownBy(records::next).isExactlyInstanceOf(OutOfMemoryError.class)
        .hasMessage("Java heap space (test)");
  }
}
