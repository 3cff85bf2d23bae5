package org.kamsim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.cli.Fixture;

/** Scenarios built in code against the same scenarios read from YAML, and the errors of {@code with}. */
class KamsimScenarioTest {
  @TempDir
  Path dir;

  private Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  @Test
  void scenarioBuiltInCode_simulatesBitForBitAsTheSameScenarioFromYaml() throws Exception {
    KamsimScenario fromYaml = Kamsim.scenario(fixture.goodScenario()).withThreads(2);
    KamsimScenario inCode = Kamsim.scenario(fixture.portfolio())
        .with("name", "small").with("horizon_months", 12).with("trials", 3000).with("seed", 11)
        .with("plan.select", "top:5").withThreads(1);

    assertThat(inCode.name()).isEqualTo("small");
    assertThat(inCode.trials()).isEqualTo(3000);
    // The records of summary.json compare their doubles bit for bit (Double.compare in a record's equals).
    assertThat(inCode.simulate().summary()).isEqualTo(fromYaml.simulate().summary());
  }

  @Test
  void withList_isTheFlowListOfTheFile() throws Exception {
    fixture.portfolio();
    Path yaml = fixture.scenario("keys.yaml", """
        name: keys
        portfolio: portfolio.csv
        horizon_months: 6
        trials: 500
        seed: 3
        plan:
          key: [A001, A007, "A012"]
        kam:
          headcount: 2
        """);
    KamsimScenario inCode = Kamsim.scenario(fixture.portfolio()).with("name", "keys").with("horizon_months", 6)
        .with("trials", 500).with("seed", 3).with("plan.key", List.of("A001", "A007", "A012"))
        .with("kam.headcount", 2);

    assertThat(inCode.simulate().summary()).isEqualTo(Kamsim.scenario(yaml).simulate().summary());
  }

  @Test
  void withTrialsAndSeed_areTheFieldsSetInTheFile() throws Exception {
    KamsimScenario a = Kamsim.scenario(fixture.goodScenario()).withTrials(1000).withSeed(99);
    KamsimScenario b = Kamsim.scenario(fixture.goodScenario()).with("trials", 1000).with("seed", 99);

    assertThat(a.simulate().summary()).isEqualTo(b.simulate().summary());
  }

  @Test
  void with_unknownField_throwsNamingTheField() throws Exception {
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario());

    assertThatThrownBy(() -> s.with("program.nonsense", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--set program.nonsense: unknown field (expected one of churn_multiplier, growth_uplift, "
            + "ramp_months, discount, overhead_per_account, demotion_churn_multiplier)");
  }

  @Test
  void with_badValue_throwsTheCommandLinesMessage_namingFieldAndValue() throws Exception {
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario());
    Fixture.Run cli = Fixture.kamsim("simulate", fixture.goodScenario().toString(), "--set", "program.discount=1.5",
        "--out", dir.resolve("out").toString());
    assertThat(cli.err()).isEqualTo("--set program.discount: must be in [0, 1], was 1.5" + System.lineSeparator());

    assertThatThrownBy(() -> s.with("program.discount", 1.5))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("--set program.discount: must be in [0, 1], was 1.5");
  }

  @Test
  void with_malformedFieldPath_throwsNamingIt() throws Exception {
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario());

    assertThatThrownBy(() -> s.with("program..discount", 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a field such as program.discount, was \"program..discount\"");
  }

  @Test
  void badFile_throwsEveryErrorAsTheCommandLinePrintsThem() throws Exception {
    fixture.portfolio();
    Path bad = fixture.scenario("bad.yaml", "portfolio: portfolio.csv\nkam:\n  capacity_per_kam: -2\n");

    assertThatThrownBy(() -> Kamsim.scenario(bad))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(bad + ":3:21: kam.capacity_per_kam: must be > 0, was -2");
  }

  @Test
  void withTrials_outOfRange_throwsNamingTrials() throws Exception {
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario());

    assertThatThrownBy(() -> s.withTrials(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials: must be in [1, 100000000], was 0");
  }

  @Test
  void changedScenario_recordsTheCommandLineThatReproducesIt_andItsReportSaysWhatIf() throws Exception {
    Path file = fixture.goodScenario();
    Path api = dir.resolve("api");
    Kamsim.scenario(file).with("program.discount", 0.0).withTrials(600).withSeed(3).withThreads(1).simulate()
        .write(api);

    List<String> command = org.kamsim.results.RunJson.read(api.resolve("run.json")).command();
    assertThat(command).containsExactly("kamsim", "simulate", file.toString(), "--set", "program.discount=0.0",
        "--trials", "600", "--seed", "3", "--threads", "1");
    assertThat(java.nio.file.Files.readString(api.resolve("report.html")))
        .contains("A what-if: the scenario file with one field set on the command line (program.discount=0.0)");
    // And that command line, given to the CLI, writes the same numbers.
    Path cli = dir.resolve("cli");
    List<String> args = new java.util.ArrayList<>(command.subList(1, command.size()));
    args.addAll(List.of("--out", cli.toString(), "--no-report"));
    assertThat(Fixture.kamsim(args.toArray(String[]::new)).exitCode()).isZero();
    for (String name : List.of("summary.json", "periods.csv", "accounts.csv")) {
      assertThat(cli.resolve(name)).hasSameBinaryContentAs(api.resolve(name));
    }
  }

  @Test
  void sensitivity_unknownMeasure_throwsNamingItAsTheCommandLineDoes() throws Exception {
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario());
    assertThatThrownBy(() -> s.sensitivity("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measure: unknown measure \"nope\" (expected one of incremental_profit, profit, revenue_var95, "
            + "probability_below)");
  }

  @Test
  void yaml_rendersJavaValuesAsTheTextOfSet() {
    assertThat(KamsimScenario.yaml(0.05, false)).isEqualTo("0.05");
    assertThat(KamsimScenario.yaml(1e-7, false)).isEqualTo("0.0000001");
    assertThat(KamsimScenario.yaml(3.0, false)).isEqualTo("3.0");
    assertThat(KamsimScenario.yaml(12, false)).isEqualTo("12");
    assertThat(KamsimScenario.yaml(true, false)).isEqualTo("true");
    assertThat(KamsimScenario.yaml("score:10", false)).isEqualTo("score:10");
    assertThat(KamsimScenario.yaml(List.of("A001", "a, \"b\""), false)).isEqualTo("[\"A001\", \"a, \\\"b\\\"\"]");
    assertThat(KamsimScenario.yaml(null, false)).isEmpty();
  }
}
