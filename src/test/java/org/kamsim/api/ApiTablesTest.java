package org.kamsim.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.cli.Fixture;
import org.kamsim.results.SummaryJson;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The API's tables hold the numbers of the command line's CSV files for the same scenario and seed: each
 * file the CLI wrote is parsed here on its own (univocity, every cell as text) and compared cell by cell with
 * the table, a number as the double its text reads as, an empty cell as a missing value.
 */
class ApiTablesTest {
  @TempDir
  Path dir;

  private Fixture fixture;
  private Path scenario;

  @BeforeEach
  void setUp() throws IOException {
    fixture = new Fixture(dir);
    scenario = fixture.goodScenario();
  }

  private Path cli(String... args) {
    Path out = dir.resolve("cli-" + args[0]);
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--out";
    all[args.length + 1] = out.toString();
    all[args.length + 2] = "--no-report";
    all[args.length + 3] = "--threads=2";
    Fixture.Run run = Fixture.kamsim(all);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  @Test
  void simulate_tablesAndSummary_areTheCliFiles() throws Exception {
    Path out = cli("simulate", scenario.toString(), "--seed", "5");
    SimulationRun r = Kamsim.scenario(scenario).withSeed(5).withThreads(1).simulate();

    assertSameAsFile(r.periods(), out.resolve("periods.csv"));
    assertSameAsFile(r.accounts(), out.resolve("accounts.csv"));
    assertSameAsFile(r.trials(), out.resolve("trials.csv"));
    assertThat(r.summary()).isEqualTo(SummaryJson.read(out.resolve("summary.json")));
    assertThat(r.trials().rowCount()).isEqualTo(3000);
    assertThat(r.periods().rowCount()).isEqualTo(12);
  }

  @Test
  void write_writesWhatTheCliWrites() throws Exception {
    Path out = cli("simulate", scenario.toString());
    Path api = dir.resolve("api");
    Kamsim.scenario(scenario).simulate().write(api);

    for (String f : List.of("summary.json", "periods.csv", "accounts.csv", "trials.csv", "scenario.yaml")) {
      assertThat(Files.readString(api.resolve(f))).as(f).isEqualTo(Files.readString(out.resolve(f)));
    }
    assertThat(api.resolve("report.html")).exists();
  }

  @Test
  void compare_tablesAreTheCliFiles() throws Exception {
    Path other = fixture.scenario("recession.yaml", Files.readString(scenario).replace("name: small",
        "name: recession") + "shocks:\n  - {churn_shock: 2.0, select: \"segment=Retail\", from: 3, to: 12}\n");
    Path out = cli("compare", scenario.toString(), other.toString());
    ComparisonRun c = Kamsim.scenario(scenario).compare(Kamsim.scenario(other));

    assertSameAsFile(c.table(), out.resolve("compare.csv"));
    assertSameAsFile(c.periods(), out.resolve("compare-periods.csv"));
    assertSameAsFile(c.trials(), out.resolve("compare-trials.csv"));
  }

  @Test
  void stress_tablesAreTheCliFiles() throws Exception {
    Path out = cli("stress", scenario.toString(), "--depth", "4", "--month", "3", "--trials", "1000");
    StressRun s = Kamsim.scenario(scenario).withTrials(1000).stress(4, 3);

    assertSameAsFile(s.ladder(), out.resolve("stress.csv"));
    assertSameAsFile(s.reverse(), out.resolve("reverse-stress.csv"));
    assertSameAsFile(s.reverseAccounts(), out.resolve("reverse-stress-accounts.csv"));
  }

  @Test
  void stressToADepth_isTheCliWithItsDefaultMonth() throws Exception {
    Path out = cli("stress", scenario.toString(), "--depth", "2", "--trials", "500");
    assertSameAsFile(Kamsim.scenario(scenario).withTrials(500).stress(2).ladder(), out.resolve("stress.csv"));
  }

  @Test
  void sensitivityAndScores_tablesAreTheCliFiles() throws Exception {
    Path sens = cli("sensitivity", scenario.toString(), "--trials", "500");
    Path score = cli("score", scenario.toString());
    KamsimScenario s = Kamsim.scenario(scenario);

    assertSameAsFile(s.withTrials(500).sensitivity().table(), sens.resolve("sensitivity.csv"));
    assertSameAsFile(s.scores(), score.resolve("scores.csv"));
  }

  /** {@code table} has the file's header, and each cell the value the file's text reads as. */
  static void assertSameAsFile(Table table, Path csv) throws IOException {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setMaxCharsPerColumn(-1);
    List<String[]> rows = new CsvParser(settings).parseAll(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
    assertThat(table.columnNames()).as(csv + " header").containsExactly(rows.get(0));
    assertThat(table.rowCount()).as(csv + " rows").isEqualTo(rows.size() - 1);
    for (int c = 0; c < table.columnCount(); c++) {
      var column = table.column(c);
      for (int r = 0; r < table.rowCount(); r++) {
        String cell = rows.get(r + 1)[c];
        String where = csv.getFileName() + " row " + (r + 1) + " " + column.name();
        ColumnType type = column.type();
        if (type == ColumnType.DOUBLE) {
          double v = ((DoubleColumn) column).getDouble(r);
          if (cell.isEmpty()) {
            assertThat(v).as(where).isNaN();
          } else {
            assertThat(Double.doubleToLongBits(v)).as(where + " = " + cell)
                .isEqualTo(Double.doubleToLongBits(Double.parseDouble(cell)));
          }
        } else if (type == ColumnType.INTEGER) {
          assertThat(((IntColumn) column).getInt(r)).as(where).isEqualTo(Integer.parseInt(cell));
        } else if (type == ColumnType.BOOLEAN) {
          assertThat(((BooleanColumn) column).get(r)).as(where).isEqualTo(Boolean.parseBoolean(cell));
          assertThat(cell).as(where).isIn("true", "false");
        } else {
          assertThat(column.getString(r)).as(where).isEqualTo(cell);
        }
      }
    }
  }
}
