package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.ResultFiles;

/** {@code extends} and {@code --set} through the command line: results, saved scenario and exit codes. */
class ScenarioDeltasCommandTest {
  private static final String NL = System.lineSeparator();

  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  @Test
  void set_givesTheSameSummaryAsEditingTheFile() throws IOException {
    Path scenario = fixture.goodScenario();
    Path edited = fixture.scenario("edited.yaml", """
        name: small
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 1000
        seed: 12
        program: {discount: 0.05}
        plan:
          key: [A001, A003, A007]
        """);
    Path viaSet = dir.resolve("via-set");
    Path viaFile = dir.resolve("via-file");

    Fixture.Run set = kamsim("simulate", scenario.toString(), "--out", viaSet.toString(), "--no-report",
        "--set", "trials=1000", "--set", "seed=12", "--set", "program.discount=0.05",
        "--set", "plan.key=[A001,A003,A007]");
    Fixture.Run file = kamsim("simulate", edited.toString(), "--out", viaFile.toString(), "--no-report");

    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(file.exitCode()).as(file.err()).isZero();
    assertThat(viaSet.resolve(ResultFiles.SUMMARY)).hasSameBinaryContentAs(viaFile.resolve(ResultFiles.SUMMARY));
  }

  @Test
  void extendsAndSet_saveTheResolvedScenario_hashedInRunJson_withTheCommandLine() throws IOException {
    fixture.portfolio();
    fixture.scenario("parent.yaml", """
        name: parent
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 1000
        plan: {select: "top:3"}
        """);
    Files.createDirectories(dir.resolve("stress"));
    Path child = fixture.scenario("stress/child.yaml", "extends: ../parent.yaml\nseed: 5\n");
    Path out = dir.resolve("out");
    String[] args = {"simulate", child.toString(), "--out", out.toString(), "--set", "kam.cost_per_kam=90000"};

    Fixture.Run run = kamsim(args);

    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] saved = Files.readAllBytes(out.resolve(ResultFiles.SCENARIO_COPY));
    String text = new String(saved, StandardCharsets.UTF_8);
    assertThat(text).startsWith("# Resolved by kamsim from:\n#   " + child + "\n#   which extends "
        + dir.resolve("parent.yaml") + "\n#   then --set kam.cost_per_kam=90000\n")
        .contains("name: child\n").contains("portfolio: ../portfolio.csv\n").contains("seed: 5\n")
        .contains("cost_per_kam: 90000\n");
    JsonNode runJson = new ObjectMapper().readTree(out.resolve(ResultFiles.RUN).toFile());
    assertThat(runJson.get("scenario").asText()).isEqualTo("child");
    assertThat(runJson.get("scenario_file").asText()).isEqualTo(child.toString());
    assertThat(runJson.get("scenario_sha256").asText()).isEqualTo(ResultFiles.sha256(saved));
    List<String> command = new ArrayList<>();
    runJson.get("command").forEach(n -> command.add(n.asText()));
    List<String> expected = new ArrayList<>(List.of("kamsim"));
    expected.addAll(List.of(args));
    assertThat(command).isEqualTo(expected);
    // The report's inputs section reads the saved copy: its settings and its text.
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("Resolved by kamsim from:").contains("<code>cost_per_kam</code> 90000")
        .contains("<p class=\"callout plain\">A what-if: the scenario file with one field set on the command line "
            + "(kam.cost_per_kam=90000). The inputs below are the scenario as run.</p>")
        .contains("<dt>SHA-256 of the resolved scenario (scenario.yaml)</dt>");
  }

  @Test
  void set_badValue_exit2_namesTheOptionFieldAndValue_nothingWritten() throws IOException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("out");

    Fixture.Run run = kamsim("simulate", scenario.toString(), "--out", out.toString(),
        "--set", "program.discount=1.5");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("--set program.discount: must be in [0, 1], was 1.5" + NL);
    assertThat(out).doesNotExist();
  }

  @Test
  void set_unknownField_exit2_namesIt() throws IOException {
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--out", dir.resolve("o").toString(),
        "--set", "kam.head_count=3");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).startsWith("--set kam.head_count: unknown field (expected one of headcount,");
  }

  @Test
  void set_withoutEquals_isAUsageError_exit2() throws IOException {
    Fixture.Run run = kamsim("simulate", fixture.goodScenario().toString(), "--set", "program.discount");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--set'")
        .contains("expected FIELD=VALUE, such as program.discount=0.05, was \"program.discount\"")
        .contains("kamsim simulate --help").doesNotContain("\tat ");
  }

  @Test
  void optimise_takesSetToo() throws IOException {
    Fixture.Run run = kamsim("optimise", fixture.goodScenario().toString(), "--out", dir.resolve("o").toString(),
        "--set", "optimise.alpha=2");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo("--set optimise.alpha: must be in [0.5, 1), was 2" + NL);
  }

  @Test
  void extends_badValueInTheParent_exit2_namesTheParentsLine() throws IOException {
    fixture.portfolio();
    Path parent = fixture.scenario("parent.yaml", "portfolio: portfolio.csv\nkam:\n  capacity_per_kam: -2\n");
    Path child = fixture.scenario("child.yaml", "extends: parent.yaml\n");
    Fixture.Run run = kamsim("simulate", child.toString(), "--out", dir.resolve("o").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).isEqualTo(parent + ":3:21: kam.capacity_per_kam: must be > 0, was -2" + NL);
  }

  @Test
  void set_withoutOut_namesTheDefaultFolderAfterTheOverrides_soTheScenarioAsWrittenKeepsItsResults()
      throws Exception {
    org.kamsim.api.KamsimScenario scenario = org.kamsim.api.Kamsim.scenario(fixture.goodScenario());
    ScenarioOptions options = new ScenarioOptions();
    assertThat(options.target(scenario, "")).isEqualTo(Path.of("out", "small"));
    options.overrides.add(org.kamsim.scenario.FieldOverride.parse("program.discount=0"));
    options.overrides.add(org.kamsim.scenario.FieldOverride.parse("plan.key=[A001,A002]"));
    assertThat(options.target(scenario, "-stress"))
        .isEqualTo(Path.of("out", "small-stress-set-program.discount_0-plan.key__A001_A002_"));
    options.overrides.add(org.kamsim.scenario.FieldOverride.parse("name=" + "x".repeat(200)));
    String longName = options.target(scenario, "").getFileName().toString();
    assertThat(longName).hasSize(120).startsWith("small-set-program.discount_0").matches(".*-[0-9a-f]{8}");
  }
}
