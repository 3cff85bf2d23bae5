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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CsvRows;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.StaffingFile;

/** {@code kamsim optimise} end to end, in-process. */
class OptimiseCommandTest {
  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  private Path scenario(String optimise) throws IOException {
    fixture.portfolio();
    return fixture.scenario("opt.yaml", """
        name: small
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 1500
        seed: 5
        kam: {capacity_per_kam: 3, cost_per_kam: 60000}
        optimise:
        """ + optimise);
  }

  @Test
  void optimise_writesEveryFile_withFeasiblePlanAndBaselines() throws IOException {
    Path scenario = scenario("""
          objective: mean-es
          headcount: [1, 3]
          keep: [A002]
          exclude: [A001]
          population: 16
          generations: 20
          validation_trials: 1500
        """);
    Path out = dir.resolve("opt");
    Fixture.Run run = kamsim("optimise", scenario.toString(), "--out", out.toString(), "--frontier",
        "--threads", "2");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(names(out)).containsExactlyInAnyOrder("plan.json", "plan.csv", "staffing.csv",
        "convergence.csv", "frontier.csv", "run.json", "summary.json", "periods.csv", "accounts.csv",
        "trials.csv", "scenario.yaml", "report.html", "charts");
    // The chosen plan's simulation runs on the fresh trials that plan.json's figures come from.
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("trials").asInt()).isEqualTo(1500);

    JsonNode plan = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
    assertThat(summary.get("seed").asLong()).isEqualTo(plan.get("validation_seed").asLong());
    List<String> simulatedKey = new ArrayList<>();
    summary.get("plan").get("key_accounts").forEach(k -> simulatedKey.add(k.asText()));
    List<String> chosenKey = new ArrayList<>();
    plan.get("key").forEach(k -> chosenKey.add(k.asText()));
    assertThat(simulatedKey).isEqualTo(chosenKey);
    assertThat(fields(plan)).containsExactly("scenario", "objective", "key", "headcount", "seed",
        "search_trials", "validation_seed", "validation_trials", "evaluations", "figures", "baselines");
    assertThat(fields(plan.get("objective"))).containsExactly("name", "measure", "value", "stderr",
        "risk_aversion");
    assertThat(plan.get("objective").get("measure").asText()).isEqualTo("horizon_profit");
    assertThat(plan.get("objective").get("name").asText()).isEqualTo("mean-es");
    List<String> key = new ArrayList<>();
    plan.get("key").forEach(k -> key.add(k.asText()));
    assertThat(key).contains("A002").doesNotContain("A001");
    assertThat(key.size()).isLessThanOrEqualTo(3 * plan.get("headcount").asInt());
    List<String> baselines = new ArrayList<>();
    plan.get("baselines").forEach(b -> {
      baselines.add(b.get("name").asText());
      assertThat(fields(b)).containsExactly("name", "key", "headcount", "same_as_optimised", "objective",
          "figures", "advantage", "profit_advantage");
      assertThat(b.get("advantage").get("ci95")).hasSize(2);
    });
    assertThat(baselines).containsExactly("status-quo", "top-revenue", "top-score", "greedy");

    List<List<String>> staffing = CsvRows.read(out.resolve("staffing.csv"));
    assertThat(staffing.get(0)).containsExactlyElementsOf(names(StaffingFile.COLUMNS));
    assertThat(staffing).hasSize(4); // header + headcounts 1, 2, 3
    List<List<String>> accounts = CsvRows.read(out.resolve("plan.csv"));
    assertThat(accounts.get(0)).containsExactlyElementsOf(names(PlanAccountsFile.COLUMNS));
    assertThat(accounts).hasSize(31);
    assertThat(run.out()).contains("optimised plan:").contains("status-quo").contains("greedy")
        .contains("maximises mean profit \u2212 0.5 \u00d7 ES 95% of profit (mean-es)\n")
        .contains("search: 1,500 trials, seed 5").contains("every figure below: 1,500 fresh trials, seed "
            + plan.get("validation_seed").asLong()).contains("mean profit +");
    // run.json names the search's seed and trials and the validation's, as the report does.
    JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertThat(runJson.get("seed").asLong()).isEqualTo(5);
    assertThat(runJson.get("trials").asInt()).isEqualTo(1500);
    assertThat(runJson.get("validation_seed").asLong()).isEqualTo(plan.get("validation_seed").asLong());
    assertThat(runJson.get("validation_trials").asInt()).isEqualTo(1500);
  }

  /**
   * With finance the objective is NPV (MODEL.md, "Finance"): no warning, plan.json says so, and the chosen
   * plan's objective (mean) is the npv mean of its simulation on the same fresh trials. plan.json rounds money
   * to cents, so the two agree to a cent plus 1e-9 relative (the order of the additions).
   */
  @Test
  void finance_makesTheObjectiveNpv_andPlanJsonAndTheReportSaySo() throws IOException {
    Path scenario = scenario("""
          objective: mean
          headcount: [1, 2]
          population: 8
          generations: 2
          validation_trials: 500
        """);
    Path out = dir.resolve("fin");
    Fixture.Run run = kamsim("optimise", scenario.toString(), "--out", out.toString(), "--set",
        "finance.discount_rate=0.1", "--set", "finance.terminal_growth=0.02");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("warning");
    JsonNode plan = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
    JsonNode objective = plan.get("objective");
    assertThat(fields(objective)).containsExactly("name", "measure", "discount_rate", "terminal_growth", "value",
        "stderr", "risk_aversion");
    assertThat(objective.get("measure").asText()).isEqualTo("npv");
    assertThat(objective.get("discount_rate").asDouble()).isEqualTo(0.1);
    assertThat(objective.get("terminal_growth").asDouble()).isEqualTo(0.02);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    double npvMean = summary.get("npv").get("profit").get("mean").asDouble();
    assertThat(objective.get("value").asDouble()).isCloseTo(npvMean,
        org.assertj.core.api.Assertions.within(0.01 + 1e-9 * Math.abs(npvMean)));
    assertThat(plan.get("figures").get("mean_profit").asDouble()).isEqualTo(objective.get("value").asDouble());
    assertThat(run.out()).contains("maximises mean NPV (mean), where NPV is the net present value at a 10% "
        + "discount rate and a terminal value growing 2% a year\n").contains("mean NPV +")
        .doesNotContain("mean profit");
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("The optimiser maximises mean NPV (objective mean), where NPV is the net present "
        + "value at a 10% discount rate and a terminal value growing 2% a year. It chose").contains("Mean NPV</th>")
        .doesNotContain("in mean profit");
  }

  @Test
  void planJson_isByteIdenticalForOneAndTwoThreads() throws IOException {
    Path scenario = scenario("""
          headcount: [1, 2]
          population: 12
          generations: 10
          validation_trials: 1000
        """);
    byte[][] files = new byte[2][];
    for (int threads = 1; threads <= 2; threads++) {
      Path out = dir.resolve("t" + threads);
      assertThat(kamsim("optimise", scenario.toString(), "--out", out.toString(), "--threads",
          Integer.toString(threads)).exitCode()).isZero();
      files[threads - 1] = (Files.readString(out.resolve("plan.json"))
          + Files.readString(out.resolve("staffing.csv"))
          + Files.readString(out.resolve("convergence.csv"))
          + Files.readString(out.resolve("plan.csv"))).getBytes();
    }
    assertThat(files[1]).isEqualTo(files[0]);
  }

  @Test
  void pinnedAccountsTooHeavy_exitsTwoWithMessage_andWritesNothing() throws IOException {
    Path scenario = scenario("""
          headcount: [1, 1]
          keep: [A001, A002, A003, A004]
        """);
    Path out = dir.resolve("none");
    Fixture.Run run = kamsim("optimise", scenario.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(scenario + ": optimise.keep: the pinned accounts need 2 KAMs")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void badScenario_exitsTwo() throws IOException {
    Fixture.Run run = kamsim("optimise", fixture.badScenario().toString(), "--out",
        dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("kam.capacity_per_kam: must be > 0, was -2");
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  private static List<String> names(Path dir) throws IOException {
    return SimulateCommandTest.names(dir);
  }

  private static List<String> names(List<ColumnSpec> columns) {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
