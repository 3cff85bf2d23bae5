package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.ResultFileException;
import org.kamsim.results.Table;

/** Tiers in what {@code simulate} writes: {@code accounts.csv}'s {@code tier} and the report's tables. */
class TierOutputTest {
  @TempDir
  Path dir;

  @Test
  void simulate_withTiers_writesEachAccountsTierAndTheReportShowsThem() throws IOException, ResultFileException {
    Files.copy(Path.of("src/test/resources/scenario/portfolio.csv"), dir.resolve("portfolio.csv"));
    Path scenario = new Fixture(dir).scenario("tiered.yaml", """
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 500
        plan: {select: "tier:key"}
        scoring:
          tiers: [{name: strategic, min_score: 7.5}, {name: key, min_score: 6.5}, {name: develop, min_score: 5}]
          min_share: 0.06
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(), "--threads", "1");
    assertThat(run.exitCode()).as(run.err()).isZero();

    String header = Files.readAllLines(out.resolve(AccountsFile.NAME)).get(0);
    assertThat(header).startsWith("id,name,segment,region,revenue_today,share_today,key_today,key_in_plan,score,"
        + "probability_lost,").endsWith(",revenue_lost_to_shocks,tier");
    Table accounts = CsvFormat.read(out.resolve(AccountsFile.NAME), AccountsFile.COLUMNS);
    // Worked in scenario.TiersTest: A004 scores 7 but is under min_share.
    assertThat(accounts.texts(AccountsFile.TIER).values())
        .containsExactly("strategic", "key", "develop", "standard", "key", "standard");
    assertThat(accounts.doubles(AccountsFile.SCORE).get(1)).isEqualTo(6.67);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains(">Tier</th>").contains("<h3>By tier</h3>");
  }

  @Test
  void simulate_withoutTiers_leavesTheTierEmptyAndTheReportWithoutIt() throws IOException, ResultFileException {
    Path scenario = new Fixture(dir).goodScenario();
    Path out = dir.resolve("plain");
    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(), "--trials", "500");
    assertThat(run.exitCode()).as(run.err()).isZero();

    Table accounts = CsvFormat.read(out.resolve(AccountsFile.NAME), AccountsFile.COLUMNS);
    assertThat(accounts.texts(AccountsFile.TIER).values()).allMatch(String::isEmpty);
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain(">Tier</th>")
        .doesNotContain("By tier");
  }
}
