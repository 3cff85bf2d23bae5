package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.report.chart.CompareCharts;
import org.kamsim.report.chart.CompareCharts.Split;
import org.kamsim.report.html.ComparePage;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.CompareTrialsFile;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.Table;

/** {@code kamsim compare} end to end, in-process. */
class CompareCommandTest {
  private static final String HEADER = "scenario,file,trials,paired,revenue_mean,revenue_stderr,revenue_p05,"
      + "revenue_p50,revenue_p95,profit_mean,profit_stderr,profit_p05,var95,es95,probability_below,"
      + "accounts_lost_mean,delta_revenue_mean,delta_revenue_stderr,delta_revenue_ci95_low,"
      + "delta_revenue_ci95_high,delta_profit_mean,delta_profit_stderr,delta_profit_ci95_low,"
      + "delta_profit_ci95_high,delta_revenue_p05,probability_worse,key_accounts,kams,plan_same_as_status_quo,"
      + "incremental_profit_mean,incremental_profit_ci95_low,incremental_profit_ci95_high,payback_month";

  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  /** The fixture's scenario with its largest account lost at month 6, and {@code seed}. */
  private Path lose(String file, long seed) throws IOException {
    fixture.portfolio();
    return fixture.scenario(file, """
        name: small-lose
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 3000
        seed: %d
        plan:
          select: "top:5"
        shocks:
          - {lose: "top:1", month: 6}
        """.formatted(seed));
  }

  @Test
  void compare_twoScenarios_writesTheFilesAndOneSentencePerScenarioFromTheCsv() throws Exception {
    Path base = fixture.goodScenario();
    Path other = lose("lose.yaml", 11);
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", base.toString(), other.toString(), "--out", out.toString(),
        "--threads", "2");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(out.resolve(CompareFile.NAME));
    assertThat(lines.get(0)).isEqualTo(HEADER);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("small," + base + ",3000,true,");
    // The base against itself: every change 0, paired.
    assertThat(lines.get(1).split(",", -1)).hasSize(33);
    assertThat(String.join(",", java.util.Arrays.asList(lines.get(1).split(",", -1)).subList(16, 26)))
        .isEqualTo("0,0,0,0,0,0,0,0,0,0");
    assertThat(Files.readAllLines(out.resolve(ComparePeriodsFile.NAME))).hasSize(1 + 2 * 12);
    assertThat(Files.readAllLines(out.resolve(CompareTrialsFile.NAME))).hasSize(1 + 2 * 3000);
    assertThat(out.resolve("run.json")).isNotEmptyFile();
    assertThat(out.resolve("scenario.yaml")).hasSameBinaryContentAs(base);
    assertThat(out.resolve("scenarios/0-good.yaml")).hasSameBinaryContentAs(base);
    assertThat(out.resolve("scenarios/1-lose.yaml")).hasSameBinaryContentAs(other);
    assertThat(run.out()).contains("small-lose: revenue \u2212").contains("paired").contains("Results in " + out)
        .contains("Report: " + out.resolve("report.html"));

    Table compare = CsvFormat.read(out.resolve(CompareFile.NAME), CompareFile.COLUMNS);
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    Table trials = CsvFormat.read(out.resolve(CompareTrialsFile.NAME), CompareTrialsFile.COLUMNS);
    Split split = CompareCharts.splits(compare, trials).get(1);
    String sentence = ComparePage.sentence(compare, 1, split, 12, 12, "");
    assertThat(html).contains(sentence);
    assertThat(html.split("less revenue than small over 12 months", -1)).hasSize(2);
    // Each scenario's own plan against its own status quo, from the row's plan columns: top:5 with the fewest
    // KAMs that cover it, against today's four key accounts.
    assertThat(compare.ints(CompareFile.KEY_ACCOUNTS).get(0)).isEqualTo(5);
    assertThat(compare.flags(CompareFile.PLAN_SAME_AS_STATUS_QUO).get(0)).isFalse();
    double inc = compare.doubles(CompareFile.INCREMENTAL_PROFIT_MEAN).get(0);
    double incLow = compare.doubles(CompareFile.INCREMENTAL_PROFIT_CI95_LOW).get(0);
    double incHigh = compare.doubles(CompareFile.INCREMENTAL_PROFIT_CI95_HIGH).get(0);
    double payback = compare.doubles(CompareFile.PAYBACK_MONTH).get(0);
    Unit incUnit = Unit.ofLargest(inc, incLow, incHigh);
    String clear = incLow > 0 ? " adds " + incUnit.text(inc) + " of profit over 12 months (95% interval "
        + incUnit.number(incLow) + " to " + incUnit.text(incHigh) + ")"
        : incHigh < 0 ? " loses " + incUnit.text(-inc) + " of profit over 12 months (95% interval "
            + incUnit.number(-incHigh) + " to " + incUnit.text(-incLow) + ")"
        : " makes no clear difference to profit over 12 months";
    String planSentence = ComparePage.planSentence(compare, 0, 12);
    assertThat(planSentence).startsWith("small: the plan (5 key accounts, "
        + compare.ints(CompareFile.KAMS).get(0) + " KAMs)" + clear)
        .endsWith(Double.isNaN(payback) ? " and does not pay back within 12 months."
            : " and pays back in month " + (int) payback + ".");
    assertThat(html).contains(planSentence.replace("'", "&#39;"));
    // The sentence's figures are the row's, formatted independently here as the page formats them.
    double mean = compare.doubles(CompareFile.DELTA_REVENUE_MEAN).get(1);
    double low = compare.doubles(CompareFile.DELTA_REVENUE_CI95_LOW).get(1);
    double high = compare.doubles(CompareFile.DELTA_REVENUE_CI95_HIGH).get(1);
    assertThat(high).isNegative();
    Unit unit = Unit.ofLargest(mean, low, high);
    double pMean = compare.doubles(CompareFile.DELTA_PROFIT_MEAN).get(1);
    double pLow = compare.doubles(CompareFile.DELTA_PROFIT_CI95_LOW).get(1);
    double pHigh = compare.doubles(CompareFile.DELTA_PROFIT_CI95_HIGH).get(1);
    assertThat(pHigh).isNegative();
    Unit pUnit = Unit.ofLargest(pMean, pLow, pHigh);
    // In how many futures it earns less, and the same, counted here from compare-trials.csv; the count of less
    // is compare.csv's probability_worse.
    int less = 0;
    int same = 0;
    List<Table> byScenario = trials.groupBy(CompareTrialsFile.SCENARIO.name());
    for (double d : byScenario.get(1).doubles(CompareTrialsFile.DELTA_REVENUE).toArray()) {
      less += d < 0 ? 1 : 0;
      same += d == 0 ? 1 : 0;
    }
    // (written to 6 significant digits: off by at most half a unit of the 6th, 5e-7 here)
    assertThat(compare.doubles(CompareFile.PROBABILITY_WORSE).get(1)).isCloseTo(less / 3000.0, within(5e-7));
    String futures = (less == 3000 ? "every future" : Amounts.probability(less / 3000.0) + " of the futures")
        + (same > 0 ? " and the same in " + Amounts.probability(same / 3000.0) : "");
    assertThat(sentence).isEqualTo("small-lose: " + unit.text(-mean) + " less revenue than small over 12 months "
        + "(95% interval " + unit.number(-high) + " to " + unit.text(-low) + "), lower in " + futures + "; "
        + "profit " + pUnit.text(-pMean) + " lower (95% interval " + pUnit.number(-pHigh) + " to "
        + pUnit.text(-pLow) + ").");
    // The terminal gives the change in profit too, each with its 95% half-width, from the same row.
    Unit rUnit = Unit.ofLargest(mean, (high - low) / 2);
    Unit qUnit = Unit.ofLargest(pMean, (pHigh - pLow) / 2);
    assertThat(run.out()).contains("Change in horizon totals against small (mean \u00b1 1.96 standard errors):\n"
        + "  small-lose: revenue " + rUnit.text(mean) + " \u00b1 " + rUnit.text((high - low) / 2) + ", profit "
        + qUnit.text(pMean) + " \u00b1 " + qUnit.text((pHigh - pLow) / 2) + ", paired\n");
  }

  @Test
  void compare_differentSeeds_isUnpaired_withEmptyPerTrialFiguresAndQuadratureStderr() throws Exception {
    Path base = fixture.goodScenario();
    Path other = lose("lose.yaml", 12);
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", base.toString(), other.toString(), "--out", out.toString(), "--no-report");

    assertThat(run.exitCode()).isZero();
    Table compare = CsvFormat.read(out.resolve(CompareFile.NAME), CompareFile.COLUMNS);
    assertThat(compare.flags(CompareFile.PAIRED).get(1)).isFalse();
    assertThat(compare.doubles(CompareFile.DELTA_REVENUE_P05).isMissing(1)).isTrue();
    assertThat(compare.doubles(CompareFile.PROBABILITY_WORSE).isMissing(1)).isTrue();
    String[] cells = Files.readAllLines(out.resolve(CompareFile.NAME)).get(2).split(",", -1);
    assertThat(cells[24]).isEmpty(); // delta_revenue_p05
    assertThat(cells[25]).isEmpty(); // probability_worse
    double quadrature = Math.hypot(compare.doubles(CompareFile.REVENUE_STDERR).get(0),
        compare.doubles(CompareFile.REVENUE_STDERR).get(1));
    // Each stderr is written to the cent: the three roundings move the comparison by at most 1.5 cents.
    assertThat(compare.doubles(CompareFile.DELTA_REVENUE_STDERR).get(1)).isCloseTo(quadrature, within(0.015));
    assertThat(run.out()).contains("unpaired");
    String sentence = ComparePage.sentence(compare, 1, null, 12, 12, "the seeds differ (11 and 12)");
    assertThat(sentence).endsWith("; unpaired: the seeds differ (11 and 12), so the interval includes the noise "
        + "of two independent samples.");
  }

  @Test
  void compare_isByteIdenticalWhateverTheThreads() throws Exception {
    Path base = fixture.goodScenario();
    Path other = lose("lose.yaml", 11);
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");

    assertThat(kamsim("compare", base.toString(), other.toString(), "--out", one.toString(), "--threads", "1",
        "--no-report").exitCode()).isZero();
    assertThat(kamsim("compare", base.toString(), other.toString(), "--out", three.toString(), "--threads", "3",
        "--no-report").exitCode()).isZero();

    for (String file : List.of(CompareFile.NAME, ComparePeriodsFile.NAME, CompareTrialsFile.NAME)) {
      assertThat(three.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
    }
  }

  @Test
  void compare_badFile_exits2NamingFileAndField_andWritesNothing() throws Exception {
    Path good = fixture.goodScenario();
    Path bad = fixture.badScenario();
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", good.toString(), bad.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yaml:6:21: kam.capacity_per_kam: must be > 0, was -2");
    assertThat(out).doesNotExist();
  }

  @Test
  void compare_oneScenarioOnly_isAUsageError() throws Exception {
    Path good = fixture.goodScenario();
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", good.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim compare: needs a base scenario and at least one other scenario to "
        + "compare with it (kamsim compare SCENARIO OTHER...), was only " + good + "\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void compare_badSet_printsTheErrorOnce_notOncePerFile() throws Exception {
    Path base = fixture.goodScenario();
    Path one = lose("one.yaml", 11);
    Path two = lose("two.yaml", 12);
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", base.toString(), one.toString(), two.toString(), "--set",
        "program.discount=2", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--set program.discount: must be in [0, 1], was 2\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void defaultName_namesTheScenariosCompared_andShortensBeyondThreeOthersOrEightyCharacters() {
    assertThat(CompareCommand.defaultName(List.of("baseline", "lose-top-account", "lose-top-three")))
        .isEqualTo("baseline-vs-lose-top-account-lose-top-three");
    assertThat(CompareCommand.defaultName(List.of("b", "o1", "o2", "o3"))).isEqualTo("b-vs-o1-o2-o3");
    assertThat(CompareCommand.defaultName(List.of("b", "o1", "o2", "o3", "o4")))
        .isEqualTo("b-vs-o1-and-3-more-" + String.format("%08x", "o1\no2\no3\no4".hashCode()));
    assertThat(CompareCommand.defaultName(List.of("b", "o1", "o2", "o3", "o5")))
        .isNotEqualTo(CompareCommand.defaultName(List.of("b", "o1", "o2", "o3", "o4")));
    String long40 = "a-scenario-name-of-forty-characters-long";
    assertThat(long40).hasSize(40);
    assertThat(CompareCommand.defaultName(List.of("base", long40, long40 + "2")))
        .startsWith("base-vs-" + long40 + "-and-1-more-").hasSize(8 + 40 + 12 + 8);
    // One other is named whatever its length: there is nothing to shorten it to.
    assertThat(CompareCommand.defaultName(List.of("base", long40 + long40))).isEqualTo("base-vs-" + long40 + long40);
    // Made safe as a file name as every default output is.
    assertThat(ScenarioOptions.defaultOutput(CompareCommand.defaultName(List.of("../b", "a/b c"))))
        .isEqualTo(Path.of("out", "_.._b-vs-a_b_c"));
  }

  @Test
  void compare_sameNameTwice_isToldApartByFile() throws Exception {
    Path good = fixture.goodScenario();
    Path copy = fixture.scenario("copy.yaml", Files.readString(good));
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", good.toString(), copy.toString(), "--out", out.toString(), "--no-report",
        "--trials", "500");

    assertThat(run.exitCode()).isZero();
    Table compare = CsvFormat.read(out.resolve(CompareFile.NAME), CompareFile.COLUMNS);
    assertThat(compare.texts(CompareFile.SCENARIO).get(0)).isEqualTo("small (" + good + ")");
    assertThat(compare.texts(CompareFile.SCENARIO).get(1)).isEqualTo("small (" + copy + ")");
    assertThat(compare.ints(CompareFile.TRIALS).get(1)).isEqualTo(500);
    assertThat(compare.doubles(CompareFile.DELTA_REVENUE_MEAN).get(1)).isZero();
    assertThat(kamsim("compare", good.toString(), good.toString(), "--out", dir.resolve("twice").toString())
        .exitCode()).isEqualTo(2);
  }

  @Test
  void precision_runsEveryScenarioWithTheMostTrialsAnyOfThemNeeds_soThatTheyStayPaired() throws Exception {
    Path base = fixture.goodScenario();
    Path other = lose("lose.yaml", 11);
    long most = 0;
    for (Path scenario : List.of(base, other)) {
      Path single = dir.resolve("single-" + scenario.getFileName());
      assertThat(kamsim("simulate", scenario.toString(), "--precision", "1.5", "--no-report", "--out",
          single.toString()).exitCode()).isZero();
      String summary = Files.readString(single.resolve("summary.json"), StandardCharsets.UTF_8);
      long trials = Long.parseLong(summary.replaceAll("(?s).*\"precision\".*?\"trials\": *(\\d+).*", "$1"));
      most = Math.max(most, trials);
    }
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", base.toString(), other.toString(), "--precision", "1.5", "--no-report",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Table compare = CsvFormat.read(out.resolve(CompareFile.NAME), CompareFile.COLUMNS);
    assertThat(compare.ints(CompareFile.TRIALS).get(0)).isEqualTo((int) most);
    assertThat(compare.ints(CompareFile.TRIALS).get(1)).isEqualTo((int) most);
    assertThat(compare.flags(CompareFile.PAIRED).get(1)).isTrue();
    // run.json records the trials that ran, not the scenario file's
    assertThat(Files.readString(out.resolve("run.json"), StandardCharsets.UTF_8))
        .containsPattern("\"trials\": *" + most + "[,\\s]");
    assertThat(kamsim("compare", base.toString(), other.toString(), "--precision", "1", "--trials", "500")
        .exitCode()).isEqualTo(2);
  }

  @Test
  void differentHorizons_theSentenceSaysTheTotalsCoverDifferentHorizons() throws Exception {
    Path base = fixture.goodScenario();
    Path shorter = fixture.scenario("short.yaml", """
        extends: good.yaml
        name: shorter
        horizon_months: 6
        """);
    Path out = dir.resolve("cmp");

    Fixture.Run run = kamsim("compare", base.toString(), shorter.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Table compare = CsvFormat.read(out.resolve(CompareFile.NAME), CompareFile.COLUMNS);
    assertThat(compare.flags(CompareFile.PAIRED).get(1)).isFalse();
    String sentence = ComparePage.sentence(compare, 1, null, 6, 12, "the horizons differ (12 and 6 months)");
    assertThat(sentence).contains("(totals over 6 months against 12 months of small: most of this difference is "
        + "the horizon's length)").contains("unpaired");
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains(sentence.replace("'", "&#39;"));
  }
}
