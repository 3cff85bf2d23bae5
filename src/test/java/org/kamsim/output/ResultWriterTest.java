package org.kamsim.output;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.model.Finance;
import org.kamsim.report.Report;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CsvRows;
import org.kamsim.results.EngineVersion;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.TrialsFile;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.TestWorkers;
import org.kamsim.report.ReportOutput;

class ResultWriterTest {
  private static SimulationResult result;

  @TempDir
  Path dir;

  @BeforeAll
  static void simulate() {
    result = SmallResult.run();
  }

  private RunInfo run(ScenarioFile file) {
    return new RunInfo(3, Instant.parse("2025-01-02T03:04:05.678Z"), Duration.ofMillis(1500),
        List.of("kamsim", "simulate", "x.yaml"), file);
  }

  private Path written() throws Exception {
    Path target = dir.resolve("out");
    ResultWriter.write(result, run(null), target, ReportOutput.NONE, TestWorkers.of(1), WriteProgress.SILENT);
    return target;
  }

  @Test
  void write_createsTheListedFiles_andTheReport() throws Exception {
    Path target = dir.resolve("out");
    List<String> said = new ArrayList<>();
    ResultWriter.write(result, run(null), target, ReportOutput.SVG, TestWorkers.of(2), WriteProgress.of(said::add,
        said::add));
    List<String> expected = new ArrayList<>(ResultFiles.SIMULATION);
    expected.addAll(List.of(Report.FILE, Report.CHARTS));
    assertThat(names(target)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(said).containsExactly("writing the results", "drawing the report");
  }

  @Test
  void write_withoutReport_onlyTheListedFiles() throws Exception {
    assertThat(names(written())).containsExactlyInAnyOrderElementsOf(ResultFiles.SIMULATION);
  }

  @Test
  void write_scenarioCopy_isTheBytesReadAtTheStart_evenIfTheFileChangesLater() throws Exception {
    Path scenario = dir.resolve("s.yaml");
    byte[] bytes = "name: x\n# caf\u00e9 \r\n".getBytes(StandardCharsets.UTF_8);
    Files.write(scenario, bytes);
    ScenarioFile file = ScenarioFile.of(scenario, java.nio.file.Files.readAllBytes(scenario));
    Files.writeString(scenario, "edited while the run went on");
    Path target = dir.resolve("out");
    ResultWriter.write(result, run(file), target, ReportOutput.NONE, TestWorkers.of(1), WriteProgress.SILENT);
    assertThat(Files.readAllBytes(target.resolve(ResultFiles.SCENARIO_COPY))).isEqualTo(bytes);
  }

  @Test
  void summaryJson_keysInContractOrder_planFacts() throws Exception {
    String text = Files.readString(written().resolve(ResultFiles.SUMMARY), StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\n  \"scenario\": \"small\",\n  \"trials\": 500,\n").endsWith("}\n")
        .doesNotContain("\r");
    JsonNode root = new ObjectMapper().readTree(text);
    assertThat(fieldNames(root)).containsExactly("scenario", "trials", "seed", "horizon_months", "revenue",
        "profit", "revenue_at_risk", "accounts_lost", "survival", "concentration", "plan", "status_quo",
        "profit_at_risk", "shocks");
    assertThat(fieldNames(root.get("plan"))).containsExactly("key_accounts", "kams", "status_quo_kams",
        "program_cost_mean", "incremental_profit_mean", "incremental_profit_stderr", "incremental_profit_ci95",
        "payback_month", "same_as_status_quo", "made_key", "dropped");
    assertThat(root.get("plan").get("key_accounts").toString()).isEqualTo("[\"A1\",\"A3\"]");
    assertThat(root.get("plan").get("made_key").toString()).isEqualTo("[\"A3\"]");
    assertThat(root.get("plan").get("dropped").toString()).isEqualTo("[\"A2\"]");
    assertThat(root.get("plan").get("same_as_status_quo").booleanValue()).isFalse();
    assertThat(root.get("shocks").size()).isZero();
    // Money to the cent: the file's figure is the engine's within half a cent.
    assertThat(root.get("revenue").get("mean").doubleValue()).isCloseTo(result.revenue().mean(), within(0.005));
    assertThat(root.get("survival").get("probability_below").doubleValue())
        .isCloseTo(result.probabilityBelowSurvival(), within(1e-6 * Math.max(1e-12, result.probabilityBelowSurvival())));
  }

  @Test
  void everyFile_numbersArePlainDecimals_moneyToTheCent() throws Exception {
    Path target = written();
    Pattern exponent = Pattern.compile("[0-9][eE][-+]?[0-9]");
    for (String file : ResultFiles.SIMULATION) {
      assertThat(Files.readString(target.resolve(file))).as(file).doesNotContainPattern(exponent)
          .doesNotContain("NaN").doesNotContain("Infinity");
    }
    checkMoney(target.resolve(PeriodsFile.NAME), PeriodsFile.COLUMNS);
    checkMoney(target.resolve(AccountsFile.NAME), AccountsFile.COLUMNS);
    checkMoney(target.resolve(TrialsFile.NAME), TrialsFile.COLUMNS);
    // Every figure of summary.json is money to the cent or a share, a probability or a mean count to 6
    // significant digits.
    Matcher number = Pattern.compile(": (-?[0-9][0-9.]*)").matcher(Files.readString(target.resolve(ResultFiles.SUMMARY)));
    while (number.find()) {
      String text = number.group(1);
      String digits = text.replaceAll("[-.]", "").replaceFirst("^0+", "");
      assertThat(text.matches("-?[0-9]+(\\.[0-9]{1,2})?") || digits.length() <= 6).as(text).isTrue();
    }
  }

  private static void checkMoney(Path file, List<ColumnSpec> specs) throws Exception {
    List<List<String>> rows = CsvRows.read(file);
    for (int c = 0; c < specs.size(); c++) {
      if (specs.get(c).format() == org.kamsim.results.Decimals.Format.MONEY) {
        for (List<String> row : rows.subList(1, rows.size())) {
          assertThat(row.get(c)).as(file.getFileName() + " " + specs.get(c).name()).matches("(-?[0-9]+(\\.[0-9]{1,2})?)?");
        }
      }
    }
  }

  @Test
  void finance_addsTheNpvBlockAndTheDiscountingColumns_whichReadBack() throws Exception {
    SimulationResult discounted = Fixtures.run(SmallResult.scenario().withFinance(Optional.of(Finance.of(0.1))));
    Path target = dir.resolve("npv");
    ResultWriter.write(discounted, run(null), target, ReportOutput.NONE, TestWorkers.of(1), WriteProgress.SILENT);
    List<List<String>> periods = CsvRows.read(target.resolve(PeriodsFile.NAME));
    assertThat(periods.get(0)).isEqualTo(PeriodsFile.COLUMNS_WITH_FINANCE.stream().map(ColumnSpec::name).toList());
    int factor = PeriodsFile.COLUMNS.size();
    assertThat(periods.get(12).get(factor)).isEqualTo("0.909091"); // 1.1^-1 after 12 months, 6 digits
    assertThat(Double.parseDouble(periods.get(SmallResult.HORIZON).get(factor + 1))).isCloseTo(
        discounted.npv().orElseThrow().cumulativeDiscountedIncrementalMean().get(SmallResult.HORIZON - 1),
        within(0.005));
    Result read = ResultReader.read(target);
    assertThat(read.summary().npv()).isPresent();
    assertThat(read.summary().npv().orElseThrow().profit().mean())
        .isCloseTo(discounted.npv().orElseThrow().profit().mean(), within(0.005));
    assertThat(read.periods().columnNames()).hasSize(PeriodsFile.COLUMNS_WITH_FINANCE.size());
    // Without finance, nothing of it: the plain run's files are as they were.
    assertThat(Files.readString(written().resolve(ResultFiles.SUMMARY))).doesNotContain("npv");
  }

  @Test
  void csvFiles_headersAreTheFilesColumns_valuesTheEnginesRounded() throws Exception {
    Path target = written();
    List<List<String>> periods = CsvRows.read(target.resolve(PeriodsFile.NAME));
    assertThat(periods.get(0)).isEqualTo(PeriodsFile.COLUMNS.stream().map(ColumnSpec::name).toList());
    assertThat(periods).hasSize(SmallResult.HORIZON + 1);
    for (int t = 0; t < SmallResult.HORIZON; t++) {
      assertThat(periods.get(t + 1).get(0)).isEqualTo(Integer.toString(t + 1));
      assertThat(Double.parseDouble(periods.get(t + 1).get(1))).isCloseTo(result.periods().get(t).revenueMean(),
          within(0.005));
      assertThat(periods.get(t + 1).get(14)).as("no shocks: no revenue without them").isEmpty();
    }
    List<List<String>> trials = CsvRows.read(target.resolve(TrialsFile.NAME));
    assertThat(trials.get(0)).isEqualTo(TrialsFile.COLUMNS.stream().map(ColumnSpec::name).toList());
    assertThat(trials).hasSize(SmallResult.TRIALS + 1);
    double[] profit = result.profitByTrial();
    for (int i = 0; i < SmallResult.TRIALS; i++) {
      assertThat(trials.get(i + 1).get(0)).isEqualTo(Integer.toString(i));
      assertThat(Double.parseDouble(trials.get(i + 1).get(2))).isCloseTo(profit[i], within(0.005));
    }
  }

  @Test
  void accountsCsv_quotedNames_emptyScores_sharesAddUp() throws Exception {
    Path file = written().resolve(AccountsFile.NAME);
    assertThat(Files.readString(file)).contains("A1,\"Smith & Sons, Ltd\",Retail,North,5000000,")
        .contains("A2,\"The \"\"Best\"\" Co\",");
    List<List<String>> rows = CsvRows.read(file);
    assertThat(rows.get(0)).isEqualTo(AccountsFile.COLUMNS.stream().map(ColumnSpec::name).toList());
    assertThat(rows).hasSize(7);
    double esShares = 0;
    double todayShares = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row.get(AccountsFile.COLUMNS.indexOf(AccountsFile.SCORE))).as("score without criteria").isEmpty();
      assertThat(row.get(AccountsFile.COLUMNS.indexOf(AccountsFile.TIER))).as("tier without tiers").isEmpty();
      assertThat(row.get(AccountsFile.COLUMNS.indexOf(AccountsFile.REVENUE_LOST_TO_SHOCKS))).as("no shocks")
          .isEmpty();
      todayShares += Double.parseDouble(row.get(AccountsFile.COLUMNS.indexOf(AccountsFile.SHARE_TODAY)));
      esShares += Double.parseDouble(row.get(AccountsFile.COLUMNS.indexOf(AccountsFile.ES95_CONTRIBUTION_SHARE)));
    }
    assertThat(rows.get(4).get(1)).isEqualTo("Line\nBreak");
    assertThat(rows.get(1).subList(6, 8)).containsExactly("true", "true");
    assertThat(rows.get(2).subList(6, 8)).containsExactly("true", "false");
    assertThat(rows.get(3).subList(6, 8)).containsExactly("false", "true");
    // Six shares, each rounded to 6 significant digits: the sum is within 6 half-units of the 6th digit.
    assertThat(esShares).isCloseTo(1, within(6 * 5e-7));
    assertThat(todayShares).isCloseTo(1, within(6 * 5e-7));
  }

  @Test
  void runJson_provenance() throws Exception {
    JsonNode run = new ObjectMapper().readTree(written().resolve(ResultFiles.RUN).toFile());
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
    ResultWriter.write(result, run(ScenarioFile.of(scenario, java.nio.file.Files.readAllBytes(scenario))), target,
        ReportOutput.NONE, TestWorkers.of(1), WriteProgress.SILENT);
    JsonNode run = new ObjectMapper().readTree(target.resolve(ResultFiles.RUN).toFile());
    assertThat(run.get("scenario_file").asText()).isEqualTo(scenario.toString());
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    assertThat(run.get("scenario_sha256").asText())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void engineVersion_isMavensFilteredVersion() {
    assertThat(EngineVersion.get()).isNotBlank().doesNotContain("${");
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
