package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.CsvRows;

/** {@code kamsim simulate} end to end, in-process, through the same picocli tree as the jar. */
class SimulateCommandTest {
  private static final List<String> DISTRIBUTION = List.of("mean", "stderr", "p01", "p05", "p50", "p95", "p99");
  private static final List<String> RISK = List.of("var95", "var99", "es95", "es99");

  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  @Test
  void simulate_goodScenario_writesEveryFileAndPrintsSummary() throws IOException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("results/small");

    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(), "--threads", "2");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(names(out)).containsExactlyInAnyOrder("summary.json", "periods.csv", "accounts.csv",
        "trials.csv", "run.json", "scenario.yaml", "report.html", "charts");
    assertThat(out.resolve("scenario.yaml")).hasSameBinaryContentAs(scenario);
    assertThat(names(out.getParent())).containsExactly("small");
    assertThat(run.out()).contains("Results in " + out).contains("revenue, mean")
        .contains("revenue at risk, VaR 95%").contains("expected shortfall, ES 95%")
        .contains("P(revenue < 80% of today)").contains("extra profit of the plan").contains("95% interval")
        .contains("payback month")
        .contains("Report: " + out.resolve("report.html") + " (charts in " + out.resolve("charts") + ")");
  }

  @Test
  void charts_areSvg_andPngOnlyWithThePngOption() throws IOException {
    Path scenario = fixture.goodScenario();
    Path plain = dir.resolve("plain");
    Path png = dir.resolve("png");

    assertThat(kamsim("simulate", scenario.toString(), "--out", plain.toString()).exitCode()).isZero();
    assertThat(kamsim("simulate", scenario.toString(), "--out", png.toString(), "--png").exitCode()).isZero();

    List<String> charts = Files.readAllLines(plain.resolve("charts/index.txt")).stream()
        .map(line -> line.substring(0, line.indexOf('\t'))).toList();
    assertThat(charts).isNotEmpty();
    for (String chart : charts) {
      assertThat(plain.resolve("charts/" + chart + ".svg")).isNotEmptyFile();
      assertThat(plain.resolve("charts/" + chart + ".png")).doesNotExist();
      assertThat(png.resolve("charts/" + chart + ".svg")).hasSameBinaryContentAs(plain.resolve("charts/" + chart
          + ".svg"));
      assertThat(png.resolve("charts/" + chart + ".png")).isNotEmptyFile();
    }
  }

  @Test
  void simulate_noReport_writesNoReportNorCharts() throws IOException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("out");

    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(), "--no-report");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(names(out)).containsExactlyInAnyOrder("summary.json", "periods.csv", "accounts.csv",
        "trials.csv", "run.json", "scenario.yaml");
    assertThat(run.out()).doesNotContain("Report:");
  }

  @Test
  void summaryJson_hasEveryContractKey_allNumbersFinite() throws IOException {
    Path out = dir.resolve("out");
    assertThat(kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString()).exitCode())
        .isZero();

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(fields(summary)).containsExactly("scenario", "trials", "seed", "horizon_months", "revenue",
        "profit", "revenue_at_risk", "accounts_lost", "survival", "concentration", "plan", "status_quo",
        "profit_at_risk", "shocks");
    assertThat(summary.get("scenario").asText()).isEqualTo("small");
    assertThat(summary.get("trials").asInt()).isEqualTo(3000);
    assertThat(summary.get("seed").asLong()).isEqualTo(11);
    assertThat(summary.get("horizon_months").asInt()).isEqualTo(12);
    assertThat(fields(summary.get("revenue"))).containsExactlyElementsOf(DISTRIBUTION);
    assertThat(fields(summary.get("profit"))).containsExactlyElementsOf(DISTRIBUTION);
    assertThat(fields(summary.get("revenue_at_risk"))).containsExactlyElementsOf(RISK);
    assertThat(fields(summary.get("profit_at_risk"))).containsExactlyElementsOf(RISK);
    assertThat(fields(summary.get("accounts_lost"))).containsExactly("mean", "p95");
    assertThat(fields(summary.get("survival")))
        .containsExactly("threshold", "revenue_threshold", "probability_below");
    assertThat(fields(summary.get("concentration"))).containsExactly("hhi", "top1_share", "top5_share", "gini",
        "key_share_today", "profit_top20_share", "accounts_above_10pct", "accounts_below_1pct");
    JsonNode plan = summary.get("plan");
    assertThat(fields(plan)).containsExactly("key_accounts", "kams", "status_quo_kams", "program_cost_mean",
        "incremental_profit_mean", "incremental_profit_stderr", "incremental_profit_ci95", "payback_month",
        "same_as_status_quo", "made_key", "dropped");
    assertThat(plan.get("key_accounts").toString())
        .isEqualTo("[\"A001\",\"A002\",\"A003\",\"A004\",\"A005\"]");
    assertThat(plan.get("incremental_profit_ci95").size()).isEqualTo(2);
    assertThat(plan.get("payback_month").isNull() || plan.get("payback_month").isInt()).isTrue();
    JsonNode statusQuo = summary.get("status_quo");
    assertThat(fields(statusQuo)).containsExactly("key_accounts", "kams", "revenue", "profit");
    assertThat(statusQuo.get("key_accounts").toString()).isEqualTo("[\"A001\",\"A002\",\"A003\",\"A004\"]");
    assertThat(fields(statusQuo.get("revenue"))).containsExactlyElementsOf(DISTRIBUTION);
    assertThat(fields(statusQuo.get("profit"))).containsExactlyElementsOf(DISTRIBUTION);

    Map<String, JsonNode> numbers = new TreeMap<>();
    collectNumbers("", summary, numbers);
    assertThat(numbers).hasSizeGreaterThan(50);
    numbers.forEach((path, value) ->
        assertThat(Double.isFinite(value.doubleValue())).as(path + " = " + value).isTrue());
  }

  @Test
  void periodsCsv_oneRowPerMonth_contractColumns() throws IOException {
    Path out = dir.resolve("out");
    assertThat(kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString()).exitCode())
        .isZero();
    List<List<String>> rows = CsvRows.read(out.resolve("periods.csv"));
    assertThat(rows.get(0)).containsExactly("month", "revenue_mean", "revenue_p05", "revenue_p25",
        "revenue_p50", "revenue_p75", "revenue_p95", "profit_mean", "active_accounts_mean",
        "status_quo_revenue_mean", "status_quo_revenue_p50", "status_quo_profit_mean",
        "incremental_profit_mean", "cumulative_incremental_profit_mean", "revenue_mean_without_shocks");
    assertThat(rows).hasSize(12 + 1);
    for (int t = 1; t <= 12; t++) {
      assertThat(rows.get(t).get(0)).isEqualTo(Integer.toString(t));
      assertThat(rows.get(t)).hasSize(15);
    }
    List<List<String>> accounts = CsvRows.read(out.resolve("accounts.csv"));
    assertThat(accounts).hasSize(30 + 1);
    assertThat(accounts.get(3).get(1)).isEqualTo("Smith & Sons, Ltd");
    assertThat(CsvRows.read(out.resolve("trials.csv"))).hasSize(3000 + 1);
  }

  @Test
  void summaryJson_sameBytesOnOneTwoAndEightThreads() throws IOException {
    Path scenario = fixture.goodScenario();
    List<byte[]> summaries = new ArrayList<>();
    List<byte[]> trials = new ArrayList<>();
    for (String threads : List.of("1", "2", "8")) {
      Path out = dir.resolve("threads-" + threads);
      assertThat(kamsim("simulate", scenario.toString(), "--out", out.toString(), "--threads", threads,
          "--no-report").exitCode()).isZero();
      summaries.add(Files.readAllBytes(out.resolve("summary.json")));
      trials.add(Files.readAllBytes(out.resolve("trials.csv")));
    }
    assertThat(summaries.get(1)).isEqualTo(summaries.get(0));
    assertThat(summaries.get(2)).isEqualTo(summaries.get(0));
    assertThat(trials.get(1)).isEqualTo(trials.get(0));
    assertThat(trials.get(2)).isEqualTo(trials.get(0));
  }

  @Test
  void overrides_trialsAndSeed_reachTheResultsAndRunJson() throws IOException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("out");
    String[] args = {"simulate", scenario.toString(), "--out", out.toString(), "--trials", "1500", "--seed",
        "-9", "--threads", "1", "--no-report"};
    assertThat(kamsim(args).exitCode()).isZero();

    ObjectMapper json = new ObjectMapper();
    JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("trials").asInt()).isEqualTo(1500);
    assertThat(summary.get("seed").asLong()).isEqualTo(-9);
    JsonNode run = json.readTree(out.resolve("run.json").toFile());
    assertThat(run.get("trials").asInt()).isEqualTo(1500);
    assertThat(run.get("seed").asLong()).isEqualTo(-9);
    assertThat(run.get("threads").asInt()).isEqualTo(1);
    assertThat(run.get("scenario_file").asText()).isEqualTo(scenario.toString());
    assertThat(run.get("scenario_sha256").asText()).matches("[0-9a-f]{64}");
    List<String> command = new ArrayList<>();
    run.get("command").forEach(n -> command.add(n.asText()));
    List<String> expected = new ArrayList<>(List.of("kamsim"));
    expected.addAll(List.of(args));
    assertThat(command).isEqualTo(expected);
  }

  @Test
  void badScenario_exit2_exactErrorLineOnly_nothingWritten() throws IOException {
    Path scenario = fixture.badScenario();
    Path out = dir.resolve("out");

    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(scenario + ":6:21: kam.capacity_per_kam: must be > 0, was -2"
        + System.lineSeparator());
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(names(dir)).containsExactlyInAnyOrder("bad.yaml", "portfolio.csv");
  }

  @Test
  void badScenario_overAnEarlierResult_leavesItByteIdentical() throws IOException {
    Path out = dir.resolve("out");
    assertThat(kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString()).exitCode())
        .isZero();
    Map<String, byte[]> before = contents(out);

    Fixture.Run run = kamsim("simulate", fixture.badScenario().toString(), "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    Map<String, byte[]> after = contents(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    assertThat(names(dir)).containsExactlyInAnyOrder("bad.yaml", "good.yaml", "portfolio.csv", "out");
  }

  @Test
  void missingScenarioFile_exit2_namesTheFile() {
    Path missing = dir.resolve("nowhere.yaml");
    Fixture.Run run = kamsim("simulate", missing.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(missing.toString()).doesNotContain("Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void unknownOption_exit2_withHint() throws IOException {
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--trails", "10");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown options: '--trails'").contains("Possible solutions: --trials")
        .contains("kamsim simulate --help");
  }

  @Test
  void badOptionValues_exit2_nameOptionAndValue() throws IOException {
    String scenario = fixture.goodScenario().toString();
    assertUsageError(kamsim("simulate", scenario, "--trials", "0"), "--trials: must be in [1, 100000000], was 0");
    assertUsageError(kamsim("simulate", scenario, "--trials", "2000000000"),
        "--trials: must be in [1, 100000000], was 2000000000");
    assertUsageError(kamsim("simulate", scenario, "--threads", "0"), "--threads: must be in [1, 1024], was 0");
    assertUsageError(kamsim("simulate", scenario, "--threads", "1025"),
        "--threads: must be in [1, 1024], was 1025");
    assertUsageError(kamsim("simulate", scenario, "--trials", "many"), "'many' is not an int");
    assertUsageError(kamsim("simulate", scenario, "--seed", "1.5"), "'1.5' is not a long");
    assertUsageError(kamsim("simulate"), "Missing required parameter: 'SCENARIO'");
    assertThat(names(dir)).containsExactlyInAnyOrder("good.yaml", "portfolio.csv");
  }

  @Test
  void outIsAFile_exit3_namesThePath_fileUntouched() throws IOException {
    Path out = dir.resolve("taken");
    Files.writeString(out, "not a directory");
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("kamsim simulate: cannot write results: " + out
        + ": exists and is not a directory" + System.lineSeparator());
    assertThat(Files.readString(out)).isEqualTo("not a directory");
  }

  @Test
  void outIsSomeoneElsesDirectory_exit3_directoryUntouched() throws IOException {
    Path out = dir.resolve("documents");
    Files.createDirectories(out);
    Files.writeString(out.resolve("letter.txt"), "keep me");
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(out.toString()).contains("no run.json").doesNotContain("\tat ");
    assertThat(names(out)).containsExactly("letter.txt");
  }

  @Test
  void outParentIsAFile_exit3_namesThePath() throws IOException {
    Path file = dir.resolve("plain");
    Files.writeString(file, "x");
    Path out = file.resolve("results");
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("kamsim simulate: cannot write results to " + out + ": ")
        .contains(file.toString()).doesNotContain("\tat ");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void emptyOut_isRefused_exit2() throws IOException {
    assertUsageError(kamsim("simulate", fixture.goodScenario().toString(), "--out", ""),
        "--out: must name a directory, was empty");
    assertUsageError(kamsim("simulate", fixture.goodScenario().toString(), "--out", "  "),
        "--out: must name a directory, was empty");
    assertThat(names(dir)).containsExactlyInAnyOrder("good.yaml", "portfolio.csv");
  }

  @Test
  void shocks_pricedOnTheSameDraws_namedInTheSummary() throws IOException {
    fixture.portfolio();
    Path scenario = fixture.scenario("shock.yaml", """
        name: shocked
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 1000
        seed: 11
        shocks:
          - {lose: "top:1", month: 4}
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(), "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("events: the scenario loses A001 Account 1 (").contains(" in month 4")
        .contains("revenue lost to the events");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(fields(summary)).endsWith("shocks", "shock_impact");
    assertThat(summary.get("shocks").get(0).toString())
        .isEqualTo("{\"kind\":\"lose\",\"select\":\"top:1\",\"month\":4,\"accounts\":[\"A001\"]}");
    JsonNode impact = summary.get("shock_impact");
    assertThat(fields(impact.get("revenue"))).containsExactly("mean", "stderr", "ci95", "p50", "p95");
    // A001 earns about 375 thousand a month: losing it for months 4..12 costs about 9 months of it.
    assertThat(impact.get("revenue").get("mean").doubleValue()).isBetween(2.5e6, 4e6);
  }

  @Test
  void phasedPlan_periodsShowEachMonthsKeySetAndKams_summaryListsTheChanges() throws IOException {
    fixture.portfolio();
    Path scenario = fixture.scenario("phased.yaml", """
        name: phased
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 1000
        seed: 11
        kam: {headcount: 1}
        plan:
          select: current
          changes:
            - {month: 4, promote: "top:8", headcount: 2}
            - {month: 9, demote: [A002]}
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<List<String>> rows = CsvRows.read(out.resolve("periods.csv"));
    assertThat(rows.get(0).subList(15, 17)).containsExactly("key_accounts", "kams");
    for (int t = 1; t <= 12; t++) {
      String keys = t < 4 ? "4" : t < 9 ? "8" : "7";
      String kams = t < 4 ? "1" : "2";
      assertThat(rows.get(t).subList(15, 17)).as("month " + t).containsExactly(keys, kams);
    }
    JsonNode plan = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("plan");
    assertThat(plan.get("key_accounts").size()).isEqualTo(4);
    assertThat(plan.get("kams").intValue()).isEqualTo(1);
    assertThat(plan.get("same_as_status_quo").booleanValue()).isFalse();
    assertThat(plan.get("changes").toString()).isEqualTo("[{\"month\":4,\"promote\":[\"A005\",\"A006\","
        + "\"A007\",\"A008\"],\"demote\":[],\"kams\":2},{\"month\":9,\"promote\":[],\"demote\":[\"A002\"],"
        + "\"kams\":2}]");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("In month 4, A005 Account 5, A006 Account 6, A007 Account 7 and A008 Account 8 join");
  }

  @Test
  void leftoversOfAKilledRun_areRemovedByTheNextRun() throws Exception {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Path leftover = Files.createDirectories(dir.resolve(".out.tmp-" + dead.pid() + "-0123456789abcdef"));
    Files.writeString(leftover.resolve("summary.json"), "{");
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--out", dir.resolve("out").toString(),
        "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(leftover).doesNotExist();
    assertThat(names(dir)).containsExactlyInAnyOrder("good.yaml", "out", "portfolio.csv");
  }

  @Test
  void defaultOutput_isOutSlashName_keptInsideOut() {
    assertThat(ScenarioOptions.defaultOutput("baseline")).isEqualTo(Path.of("out", "baseline"));
    assertThat(ScenarioOptions.defaultOutput("lose top/1")).isEqualTo(Path.of("out", "lose_top_1"));
    assertThat(ScenarioOptions.defaultOutput("..")).isEqualTo(Path.of("out", "_.."));
    assertThat(ScenarioOptions.defaultOutput("../../etc")).isEqualTo(Path.of("out", "_.._.._etc"));
  }

  private static void assertUsageError(Fixture.Run run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("\tat ");
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void collectNumbers(String path, JsonNode node, Map<String, JsonNode> into) {
    if (node.isNumber()) {
      into.put(path, node);
    } else if (node.isTextual() && List.of("NaN", "Infinity", "-Infinity").contains(node.asText())) {
      into.put(path, node); // Jackson writes non-finite doubles as strings: fail on them too.
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> collectNumbers(path + "." + e.getKey(), e.getValue(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectNumbers(path + "[" + i + "]", node.get(i), into);
      }
    }
  }

  /**
   * The entries of {@code dir}, sorted, but for the lock files ({@code .<name>.lock}) that serialise the runs
   * writing a result directory: they stay next to the results they guard.
   */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> !n.matches("\\..+\\.lock")).sorted()
          .toList();
    }
  }

  /** Every file under {@code dir} (charts/ included), by relative path. */
  static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          contents.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return contents;
  }
}
