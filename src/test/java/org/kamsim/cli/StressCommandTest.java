package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.StressFile;
import org.kamsim.results.Table;

/** {@code kamsim stress} end to end, in-process, through the same picocli tree as the jar. */
class StressCommandTest {
  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  @Test
  void stress_oneAndThreeThreads_writeTheSameBytes() throws IOException {
    Path scenario = fixture.goodScenario();
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");

    Fixture.Run a = kamsim("stress", scenario.toString(), "--out", one.toString(), "--threads", "1",
        "--depth", "4", "--month", "3");
    Fixture.Run b = kamsim("stress", scenario.toString(), "--out", three.toString(), "--threads", "3",
        "--depth", "4", "--month", "3", "--no-report");

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    for (String file : new String[] {"stress.csv", "reverse-stress.csv", "reverse-stress-accounts.csv"}) {
      assertThat(three.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
    }
    assertThat(one.resolve("report.html")).isNotEmptyFile();
    assertThat(one.resolve("charts/stress_ladder.svg")).isNotEmptyFile();
    assertThat(one.resolve("charts/reverse_stress.svg")).isNotEmptyFile();
    assertThat(three.resolve("report.html")).doesNotExist();
    // base, top 1..4, segments Retail and Industry, regions South and North
    assertThat(Files.readAllLines(one.resolve("stress.csv"))).hasSize(1 + 1 + 4 + 2 + 2);
    assertThat(a.out()).contains("top 4").contains("Reverse stress (expected)");
  }

  @Test
  void stress_terminal_givesAmountsInWordsAndCounts_andEndsWithTheFiles() throws Exception {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--depth", "2",
        "--month", "3", "--no-report");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Table stress = CsvFormat.read(out.resolve(StressFile.NAME), StressFile.COLUMNS);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Concentration ladder, accounts lost in month 3 (revenue over 12 months; "
        + "lower revenue and a higher chance of falling below the survival threshold are worse):");
    assertThat(lines.get(1).split(" {2,}")).containsExactly("rung", "lost", "share today", "expected revenue",
        "change", "P(below threshold)");
    // top 2: 2 accounts, its share today, its expected revenue and change in words (no bare integers)
    assertThat(lines.get(4).split(" {2,}")).containsExactly("top 2", "2",
        Amounts.percent(stress.doubles(StressFile.LOST_SHARE_TODAY).get(2), 1),
        Amounts.money(stress.doubles(StressFile.REVENUE_MEAN).get(2)),
        Amounts.money(stress.doubles(StressFile.DELTA_REVENUE_MEAN).get(2)),
        Amounts.probability(stress.doubles(StressFile.PROBABILITY_BELOW).get(2)));
    assertThat(lines.get(4)).contains(" million ").contains("\u2212");
    assertThat(lines).contains("Results in " + out
        + " (stress.csv, reverse-stress.csv, reverse-stress-accounts.csv, run.json)");
  }

  /** Six accounts whose ids hold spaces, two segments, {@code revenue} each, and a scenario over them. */
  private Path spacedIds(double revenue) throws IOException {
    StringBuilder csv = new StringBuilder("id,name,segment,region,revenue,margin,cost_to_serve,churn,growth,"
        + "volatility,potential,complexity,key\n");
    for (int i = 1; i <= 6; i++) {
      csv.append(String.format(Locale.ROOT, "ACME %02d,Account %d,%s,North,%.0f,0.3,1000,0.1,0.02,0.15,,1,false%n",
          i, i, i % 2 == 0 ? "Retail" : "Industry", revenue * (7 - i)));
    }
    Files.writeString(dir.resolve("spaced.csv"), csv.toString(), StandardCharsets.UTF_8);
    return fixture.scenario("spaced.yaml", """
        name: spaced
        portfolio: spaced.csv
        horizon_months: 12
        trials: 1000
        seed: 5
        """);
  }

  @Test
  void stress_idsWithSpaces_areJoinedBySemicolons_andCountedFromLostCount() throws Exception {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", spacedIds(1e6).toString(), "--out", out.toString(), "--depth", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Table stress = CsvFormat.read(out.resolve(StressFile.NAME), StressFile.COLUMNS);
    assertThat(stress.texts(StressFile.RUNG).get(3)).isEqualTo("top 3");
    assertThat(stress.texts(StressFile.LOST).get(3)).isEqualTo("ACME 01;ACME 02;ACME 03");
    assertThat(stress.ints(StressFile.LOST_COUNT).get(3)).isEqualTo(3);
    assertThat(stress.texts(StressFile.LOST).get(4)).isEqualTo("ACME 01;ACME 03;ACME 05"); // segment Industry
    assertThat(stress.ints(StressFile.LOST_COUNT).get(4)).isEqualTo(3);
    String page = Files.readString(out.resolve("report.html"));
    assertThat(page).contains("Losing the top 3 accounts (").contains("Segment Industry (3 accounts, ")
        .contains("<h2>What was run</h2>").contains("Command: kamsim stress " + spacedIds(1e6) + " --out " + out
            + " --depth 3");
    assertThat(run.out().lines().filter(l -> l.startsWith("top 3 ")).findFirst().orElseThrow().split(" {2,}")[1])
        .isEqualTo("3");
  }

  @Test
  void stress_portfolioEarningNothingToday_runsAndWritesSharesOfZero() throws Exception {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", spacedIds(0).toString(), "--out", out.toString(), "--depth", "2",
        "--no-report");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Table stress = CsvFormat.read(out.resolve(StressFile.NAME), StressFile.COLUMNS);
    for (int i = 0; i < stress.rowCount(); i++) {
      assertThat(stress.doubles(StressFile.LOST_SHARE_TODAY).get(i)).isZero();
    }
  }

  @Test
  void stress_monthBeyondHorizon_exits2AndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--month", "13");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("kamsim stress: --month: must be in [1, 12] (the scenario's horizon_months), was 13");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_monthZero_isAUsageError() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--month", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim stress: --month: must be in [1, horizon_months], was 0");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_depthBeyondPortfolio_exits2AndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--depth", "31");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("kamsim stress: --depth: must be in [1, 30] (the portfolio's accounts), was 31");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_depthZero_isAUsageErrorNamingTheValue() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--depth", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim stress: --depth: must be in [1, the portfolio's accounts], was 0");
    assertThat(out).doesNotExist();
  }
}
