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
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.ResultFileException;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.SensitivityRows;
import org.kamsim.results.Table;

/** {@code kamsim sensitivity} end to end: the file, its order and ranges, reproducibility and bad input. */
class SensitivityCommandTest {
  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  private static Table read(Path out) throws ResultFileException {
    return CsvFormat.read(out.resolve(SensitivityFile.NAME), SensitivityFile.COLUMNS);
  }

  @Test
  void sensitivity_sameSeed_givesTheSameFileOnOneAndThreeThreads() throws IOException, ResultFileException {
    Path scenario = fixture.goodScenario();
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    Fixture.Run a = kamsim("sensitivity", scenario.toString(), "--out", one.toString(), "--threads", "1",
        "--trials", "600", "--no-report");
    Fixture.Run b = kamsim("sensitivity", scenario.toString(), "--out", three.toString(), "--threads", "3",
        "--trials", "600", "--no-report");
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(Files.readAllBytes(three.resolve(SensitivityFile.NAME)))
        .isEqualTo(Files.readAllBytes(one.resolve(SensitivityFile.NAME)));
    String header = Files.readAllLines(one.resolve(SensitivityFile.NAME), StandardCharsets.UTF_8).get(0);
    assertThat(header).isEqualTo("parameter,base,low,high,measure,value_base,value_low,value_high,swing,"
        + "stderr_low,stderr_high,rank,no_effect,within_noise,clipped");
    assertThat(a.out()).contains("Largest swings:").contains("  1. ").contains("  5. ").doesNotContain("  6. ")
        .contains("Results in " + one + " (sensitivity.csv, run.json)").doesNotContain("Files:");
  }

  @Test
  void sensitivity_file_isSortedBySwingWithRanks_andUsesTheSectionsRangesAndMeasure()
      throws IOException, ResultFileException {
    fixture.portfolio();
    Path scenario = fixture.scenario("ranges.yaml", """
        name: ranged
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 800
        plan:
          select: "top:5"
        sensitivity:
          measure: profit
          ranges:
            program.discount: [0.0, 0.04]
            portfolio.growth_shift: [-0.03, 0.03]
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("sensitivity", scenario.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("report.html")).exists();
    assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>What was run</h2>")
        .contains(": " + scenario + ", 800 trials, seed ").contains("Command: kamsim sensitivity " + scenario);
    assertThat(out.resolve("charts").resolve("sensitivity_tornado.svg")).exists();
    Table t = read(out);
    assertThat(t.rowCount()).isEqualTo(SensitivityParameter.values().length);
    DoubleColumn swing = t.doubles(SensitivityFile.SWING);
    for (int i = 0; i < t.rowCount(); i++) {
      assertThat(t.ints(SensitivityFile.RANK).get(i)).isEqualTo(i + 1);
      assertThat(t.texts(SensitivityFile.MEASURE).get(i)).isEqualTo("profit");
      if (i > 0) {
        assertThat(swing.get(i)).isLessThanOrEqualTo(swing.get(i - 1));
      }
      String name = t.texts(SensitivityFile.PARAMETER).get(i);
      double low = t.doubles(SensitivityFile.LOW).get(i);
      double high = t.doubles(SensitivityFile.HIGH).get(i);
      if (name.equals("program.discount")) {
        assertThat(List.of(low, high)).containsExactly(0.0, 0.04);
      } else if (name.equals("portfolio.growth_shift")) {
        assertThat(List.of(low, high)).containsExactly(-0.03, 0.03);
      } else if (name.equals("program.overhead_per_account")) {
        assertThat(List.of(low, high)).containsExactly(10_000.0, 30_000.0); // default: base x 0.5 and x 1.5
      } else if (name.equals("portfolio.margin_shift")) {
        assertThat(List.of(low, high)).containsExactly(-0.02, 0.02);
      }
    }
  }

  @Test
  void sensitivity_measureOption_overridesTheFile() throws IOException, ResultFileException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("sensitivity", scenario.toString(), "--out", out.toString(), "--trials", "400",
        "--measure", "probability_below", "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(read(out).texts(SensitivityFile.MEASURE).get(0)).isEqualTo("probability_below");
  }

  @Test
  void summary_alignsItsColumns_andMarksNoEffectAndNoise() {
    assertThat(SensitivityCommand.summary(SensitivityRows.mixed(), SensitivityMeasure.INCREMENTAL_PROFIT))
        .containsExactly(
            "Incremental profit at base: \u2212100 (higher is better). Largest swings:",
            "  1. program.discount     swing 400   \u2212300 at 0.01     100 at 0.03",
            "  2. factor.persistence   swing 100   \u2212150 at 0.45     \u221250 at 1",
            "  3. program.ramp_months  swing   0   \u2212110 at 6       \u2212110 at 18",
            "  4. kam.vacancy_months   swing   2   \u2212101 at 2        \u221299 at 5       (within noise)",
            "  5. kam.cost_per_kam     swing   0   \u2212100 at 75000   \u2212100 at 225000  (no effect)");
  }

  @Test
  void defaultDirectory_namesAMeasureOtherThanTheDefault() {
    assertThat(SensitivityCommand.suffix(SensitivityMeasure.INCREMENTAL_PROFIT)).isEqualTo("-sensitivity");
    assertThat(SensitivityCommand.suffix(SensitivityMeasure.PROFIT)).isEqualTo("-sensitivity-profit");
    assertThat(SensitivityCommand.suffix(SensitivityMeasure.REVENUE_VAR95)).isEqualTo("-sensitivity-revenue_var95");
  }

  @Test
  void sensitivity_rangeWithLowEqualToHigh_runsOnce_andTheUnusedInputHasNoEffect()
      throws IOException, ResultFileException {
    fixture.portfolio();
    Path scenario = fixture.scenario("same.yaml", """
        name: same
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 300
        plan:
          select: current
        sensitivity:
          ranges:
            program.discount: [0.03, 0.03]
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("sensitivity", scenario.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 15 inputs: the base, 2 runs for each of the 14 varied by default (none at its base), 1 for the discount.
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("15 inputs changed one at a time, 30 runs of 300 trials");
    // The plan is the status quo: no input changes the plan minus the status quo.
    Table t = read(out);
    for (int i = 0; i < t.rowCount(); i++) {
      assertThat(t.flags(SensitivityFile.NO_EFFECT).get(i)).as(t.texts(SensitivityFile.PARAMETER).get(i)).isTrue();
    }
  }

  @Test
  void sensitivity_badMeasure_exitsTwoNamingTheValueAndChoices_andWritesNothing()
      throws IOException, ResultFileException {
    Path scenario = fixture.goodScenario();
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("sensitivity", scenario.toString(), "--out", out.toString(), "--measure", "mean");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("--measure: unknown measure \"mean\" (expected one of incremental_profit, "
        + "profit, revenue_var95, probability_below)");
    assertThat(out).doesNotExist();
  }

  @Test
  void sensitivity_badSection_exitsTwoWithFileLineColumnFieldAndValue_andWritesNothing()
      throws IOException, ResultFileException {
    fixture.portfolio();
    Path scenario = fixture.scenario("bad-range.yaml", """
        portfolio: portfolio.csv
        sensitivity:
          ranges:
            program.discount: [0.0, 1.5]
        """);
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("sensitivity", scenario.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err().strip()).isEqualTo(scenario + ":4:29: sensitivity.ranges.program.discount[1]: must be in "
        + "[0, 1], was 1.5");
    assertThat(out).doesNotExist();
  }
}
