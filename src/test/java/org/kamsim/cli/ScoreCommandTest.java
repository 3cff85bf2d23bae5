package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.ScoresFile;

/** {@code kamsim score} end to end: the exact file and lines, the criteria warning and the exit codes. */
class ScoreCommandTest {
  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    fixture = new Fixture(dir);
    Files.copy(Path.of("src/test/resources/scenario/portfolio.csv"), dir.resolve("portfolio.csv"));
  }

  /** The hand-made portfolio of {@code scenario.TiersTest}, with its tiers and gate (scores worked there). */
  private Path tiered() throws IOException {
    return fixture.scenario("tiered.yaml", """
        name: tiered
        portfolio: portfolio.csv
        scoring:
          tiers: [{name: strategic, min_score: 7.5}, {name: key, min_score: 6.5}, {name: develop, min_score: 5}]
          min_share: 0.06
        """);
  }

  @Test
  void score_handMadePortfolio_writesTheExactFileAndPrintsTheTiers() throws IOException {
    Path out = dir.resolve("scores");
    Fixture.Run run = kamsim("score", tiered().toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    // Shares are of 6.95M (6 significant digits), scores 2 decimals; A002 and A005 tie at 20/3 and A005 has
    // more revenue; A004 scores 7 but has 5.76% < 6% of revenue: standard.
    assertThat(Files.readAllLines(out.resolve(ScoresFile.NAME), StandardCharsets.UTF_8)).containsExactly(
        "id,name,revenue_today,share_today,score,rank,tier,key_today,product_fit,solvency,relationship",
        "A001,Alpha,1200000,0.172662,8,1,strategic,true,8,7,9",
        "A002,Beta,900000,0.129496,6.67,4,key,true,6,9,5",
        "A003,Gamma,2500000,0.359712,6.33,5,develop,false,5,8,6",
        "A004,Delta,400000,0.057554,7,2,standard,false,9,4,8",
        "A005,Epsilon,1800000,0.258993,6.67,3,key,false,7,6,7",
        "A006,Zeta,150000,0.0215827,4,6,standard,true,3,5,4");
    assertThat(out.resolve(ResultFiles.RUN)).exists();
    assertThat(out.resolve("report.html")).doesNotExist();
    assertThat(run.out().lines().toList()).containsExactly(
        "Tiers by score (6 accounts):",
        "  strategic      1 account     17.3% of revenue today  (score >= 7.5)",
        "  key            2 accounts    38.8% of revenue today  (score >= 6.5)",
        "  develop        1 account     36.0% of revenue today  (score >= 5)",
        "  standard       2 accounts     7.9% of revenue today  (the rest, 2 of them under min_share 0.06)",
        "Results in " + out + " (scores.csv, run.json)");
  }

  @Test
  void score_withoutTiers_leavesTheTierEmptyAndSaysSo() throws IOException {
    Path scenario = fixture.scenario("plain.yaml", "portfolio: portfolio.csv\n");
    Path out = dir.resolve("plain");
    Fixture.Run run = kamsim("score", scenario.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve(ScoresFile.NAME), StandardCharsets.UTF_8);
    assertThat(lines.get(1)).isEqualTo("A001,Alpha,1200000,0.172662,8,1,,true,8,7,9");
    assertThat(run.out()).startsWith("No tiers (scoring.tiers names none): every account is standard.\n"
        + "  standard      6 accounts   100.0% of revenue today  (the rest)\n");
  }

  @Test
  void score_twoWeightedCriteria_warnsButSucceeds() throws IOException {
    Path scenario = fixture.scenario("two.yaml", """
        portfolio: portfolio.csv
        scoring:
          weights: {product_fit: 1, solvency: 1, relationship: 0}
        """);
    Fixture.Run run = kamsim("score", scenario.toString(), "--out", dir.resolve("two").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("kamsim score: warning: 2 criteria carry weight; a scoring matrix is advised"
        + " to weigh 3 to 7\n");
    assertThat(dir.resolve("two").resolve(ScoresFile.NAME)).exists();
  }

  @Test
  void score_badScenario_exits2AndWritesNothing() throws IOException {
    Path scenario = fixture.scenario("bad.yaml", """
        portfolio: portfolio.csv
        scoring:
          min_share: 1.5
        """);
    Path out = dir.resolve("bad-out");
    Fixture.Run run = kamsim("score", scenario.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo(scenario + ":3:14: scoring.min_share: must be in [0, 1), was 1.5\n");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void score_outputOverAFile_exits3AndLeavesItAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "not a result");
    Fixture.Run run = kamsim("score", tiered().toString(), "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT);
    assertThat(run.err()).startsWith("kamsim score: cannot write results");
    assertThat(Files.readString(file)).isEqualTo("not a result");
  }
}
