package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.SimulationResult;

class ResultWriterTest {
  private static final RunInfo RUN = new RunInfo(3, Instant.parse("2025-01-02T03:04:05.678Z"),
      Duration.ofMillis(1500), List.of("kamsim", "simulate", "x.yaml"));

  private static SimulationResult result;

  @TempDir
  Path dir;

  @BeforeAll
  static void simulate() {
    result = SmallResult.run();
  }

  private Path written() throws Exception {
    Path target = dir.resolve("out");
    ResultWriter.write(result, null, RUN, target, false);
    return target;
  }

  @Test
  void write_createsTheListedFiles_andTheReport() throws Exception {
    Path target = dir.resolve("out");
    ResultWriter.write(result, null, RUN, target, true);
    List<String> expected = new ArrayList<>(ResultWriter.FILES);
    expected.addAll(List.of(Report.FILE, Report.CHARTS));
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void write_withoutReport_onlyTheListedFiles() throws Exception {
    Path target = dir.resolve("out");
    ResultWriter.write(result, null, RUN, target, false);
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ResultWriter.FILES);
    }
  }

  @Test
  void write_withScenarioFile_savesAByteIdenticalCopy() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    byte[] bytes = "name: x\n# caf\u00e9 \r\n".getBytes(StandardCharsets.UTF_8);
    Files.write(scenario, bytes);
    Path target = dir.resolve("out");
    ResultWriter.write(result, scenario, RUN, target, false);
    assertThat(Files.readAllBytes(target.resolve(ResultWriter.SCENARIO_COPY))).isEqualTo(bytes);
  }

  @Test
  void summaryJson_keysInContractOrder_twoSpaceIndent_finalNewline() throws Exception {
    String text = Files.readString(written().resolve(SummaryJson.FILE), StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"scenario\": \"small\",\n  \"trials\": 500,\n").endsWith("}\n")
        .doesNotContain("\r");
    JsonNode root = new ObjectMapper().readTree(text);
    assertThat(fieldNames(root)).containsExactly("scenario", "trials", "seed", "horizon_months", "revenue",
        "profit", "revenue_at_risk", "accounts_lost", "survival", "concentration", "plan", "status_quo",
        "profit_at_risk");
    assertThat(fieldNames(root.get("plan"))).containsExactly("key_accounts", "kams", "status_quo_kams",
        "program_cost_mean", "incremental_profit_mean", "incremental_profit_stderr", "incremental_profit_ci95",
        "payback_month");
    assertThat(fieldNames(root.get("status_quo"))).containsExactly("key_accounts", "kams", "revenue", "profit");
    assertThat(root.get("plan").get("key_accounts").toString()).isEqualTo("[\"A1\",\"A3\"]");
    assertThat(root.get("status_quo").get("key_accounts").toString()).isEqualTo("[\"A1\",\"A2\"]");
    // Jackson prints a double as Double.toString does: the value reads back exactly.
    assertThat(root.get("revenue").get("mean").doubleValue()).isEqualTo(result.revenue().mean());
    assertThat(root.get("revenue_at_risk").get("es95").doubleValue()).isEqualTo(result.revenueAtRisk().es95());
  }

  @Test
  void periodsCsv_oneRowPerMonth_valuesReadBackExactly() throws Exception {
    List<List<String>> rows = CsvRows.read(written().resolve(PeriodsCsv.FILE));
    assertThat(rows.get(0)).containsExactly("month", "revenue_mean", "revenue_p05",
        "revenue_p25", "revenue_p50", "revenue_p75", "revenue_p95", "profit_mean", "active_accounts_mean",
        "status_quo_revenue_mean", "status_quo_revenue_p50", "status_quo_profit_mean", "incremental_profit_mean",
        "cumulative_incremental_profit_mean");
    assertThat(rows).hasSize(SmallResult.HORIZON + 1);
    for (int t = 0; t < SmallResult.HORIZON; t++) {
      Period p = result.periods().get(t);
      List<String> row = rows.get(t + 1);
      assertThat(row.get(0)).isEqualTo(Integer.toString(t + 1));
      assertThat(Double.parseDouble(row.get(1))).isEqualTo(p.revenueMean());
      assertThat(Double.parseDouble(row.get(13))).isEqualTo(p.cumulativeIncrementalProfitMean());
    }
  }

  @Test
  void trialsCsv_everyTrial_valuesReadBackExactly() throws Exception {
    List<List<String>> rows = CsvRows.read(written().resolve(TrialsCsv.FILE));
    assertThat(rows.get(0)).containsExactly("trial", "revenue", "profit",
        "status_quo_revenue", "status_quo_profit", "program_cost", "accounts_lost");
    assertThat(rows).hasSize(SmallResult.TRIALS + 1);
    double[] revenue = result.revenueByTrial();
    double[] profit = result.profitByTrial();
    double[] statusQuoRevenue = result.statusQuoRevenueByTrial();
    double[] statusQuo = result.statusQuoProfitByTrial();
    double[] programCost = result.programCostByTrial();
    double[] lost = result.accountsLostByTrial();
    for (int i = 0; i < SmallResult.TRIALS; i++) {
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(Integer.toString(i));
      assertThat(Double.parseDouble(row.get(1))).isEqualTo(revenue[i]);
      assertThat(Double.parseDouble(row.get(2))).isEqualTo(profit[i]);
      assertThat(Double.parseDouble(row.get(3))).isEqualTo(statusQuoRevenue[i]);
      assertThat(Double.parseDouble(row.get(4))).isEqualTo(statusQuo[i]);
      assertThat(Double.parseDouble(row.get(5))).isEqualTo(programCost[i]);
      assertThat(Long.parseLong(row.get(6))).isEqualTo((long) lost[i]);
    }
  }

  @Test
  void accountsCsv_quotedNames_emptyScores_sharesAddUp() throws Exception {
    Path file = written().resolve(AccountsCsv.FILE);
    assertThat(Files.readString(file)).contains("A1,\"Smith & Sons, Ltd\",Retail,North,5000000.0,")
        .contains("A2,\"The \"\"Best\"\" Co\",");
    List<List<String>> rows = CsvRows.read(file);
    assertThat(rows.get(0)).containsExactly("id", "name", "segment", "region",
        "revenue_today", "share_today", "key_today", "key_in_plan", "score", "probability_lost", "expected_revenue",
        "expected_profit", "es95_contribution", "es95_contribution_share");
    assertThat(rows).hasSize(7);
    List<String> ids = new ArrayList<>();
    double esShares = 0;
    double todayShares = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(rows.get(0).size());
      ids.add(row.get(0));
      assertThat(row.get(8)).as("score without criteria").isEmpty();
      todayShares += Double.parseDouble(row.get(5));
      esShares += Double.parseDouble(row.get(13));
    }
    assertThat(ids).containsExactly("A1", "A2", "A3", "A4", "A5", "A6");
    assertThat(rows.get(4).get(1)).isEqualTo("Line\nBreak");
    assertThat(rows.get(1).subList(6, 8)).containsExactly("true", "true");
    assertThat(rows.get(2).subList(6, 8)).containsExactly("true", "false");
    assertThat(rows.get(3).subList(6, 8)).containsExactly("false", "true");
    // The engine's contributions add up to ES95 exactly on paper; only rounding of six terms remains.
    assertThat(esShares).isCloseTo(1, within(1e-12));
    assertThat(todayShares).isCloseTo(1, within(1e-12));
  }

  @Test
  void runJson_provenance() throws Exception {
    JsonNode run = new ObjectMapper().readTree(written().resolve(RunJson.FILE).toFile());
    assertThat(fieldNames(run)).containsExactly("engine_version", "scenario", "scenario_file",
        "scenario_sha256", "seed", "trials", "block_size", "threads", "started_at", "duration_seconds",
        "java_version", "os", "command");
    assertThat(run.get("engine_version").asText()).isNotBlank().isEqualTo(EngineVersion.get());
    assertThat(run.get("scenario_file").isNull()).isTrue();
    assertThat(run.get("threads").intValue()).isEqualTo(3);
    assertThat(run.get("started_at").asText()).isEqualTo("2025-01-02T03:04:05.678Z");
    assertThat(run.get("duration_seconds").doubleValue()).isEqualTo(1.5);
    assertThat(run.get("command").toString()).isEqualTo("[\"kamsim\",\"simulate\",\"x.yaml\"]");
  }

  @Test
  void runJson_scenarioFile_hashOfItsBytes() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    Files.writeString(scenario, "abc");
    Path target = dir.resolve("out");
    ResultWriter.write(result, scenario, RUN, target, false);
    JsonNode run = new ObjectMapper().readTree(target.resolve(RunJson.FILE).toFile());
    assertThat(run.get("scenario_file").asText()).isEqualTo(scenario.toString());
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    assertThat(run.get("scenario_sha256").asText())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void engineVersion_isMavensFilteredVersion() {
    assertThat(EngineVersion.get()).isNotBlank().doesNotContain("${");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
