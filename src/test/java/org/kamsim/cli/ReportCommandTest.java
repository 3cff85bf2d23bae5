package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.report.OutputDirectory;
import org.kamsim.report.PlanSearchFixture;

/** {@code kamsim report OUTDIR}, end to end, in-process. */
class ReportCommandTest {
  @TempDir
  Path dir;
  Path out;

  @BeforeEach
  void setUp() {
    out = dir.resolve("out");
  }

  /** Simulates the small scenario into {@code out}, with or without its report. */
  private void simulate(boolean report) throws IOException {
    String scenario = new Fixture(dir).goodScenario().toString();
    Fixture.Run run = report ? kamsim("simulate", scenario, "--out", out.toString())
        : kamsim("simulate", scenario, "--out", out.toString(), "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void report_afterDeletingReportAndCharts_drawsThemAgain_exit0() throws IOException {
    simulate(true);
    String before = Files.readString(out.resolve("report.html"));
    Files.delete(out.resolve("report.html"));
    OutputDirectory.deleteRecursively(out.resolve("charts"));

    Fixture.Run run = kamsim("report", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().strip())
        .isEqualTo("Report: " + out.resolve("report.html") + " (charts in " + out.resolve("charts") + ")");
    // Drawn from the same files: the same page as simulate drew.
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(before);
    assertThat(out.resolve("charts/revenue_fan.png")).isNotEmptyFile();
    assertThat(out.resolve("charts/revenue_fan.svg")).isNotEmptyFile();
    assertThat(SimulateCommandTest.names(out)).noneMatch(name -> name.startsWith("."));
  }

  @Test
  void report_withOptimiserFiles_drawsTheirChartsToo() throws IOException {
    simulate(false);
    PlanSearchFixture.write(out);

    Fixture.Run run = kamsim("report", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String chart : new String[] {"convergence", "staffing", "frontier", "plan_vs_baselines"}) {
      assertThat(out.resolve("charts/" + chart + ".png")).as(chart).isNotEmptyFile();
      assertThat(out.resolve("charts/" + chart + ".svg")).as(chart).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Optimisation</h2>")
        .contains("The optimiser chose <strong>4 key accounts with 3 KAMs</strong>");
  }

  @Test
  void report_optimiseResultsOnly_drawsTheirReport() throws IOException {
    Path only = PlanSearchFixture.writeOptimiseOnly(dir.resolve("optimise-only"));

    Fixture.Run run = kamsim("report", only.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(only.resolve("charts/staffing.png")).isNotEmptyFile();
    assertThat(only.resolve("charts/revenue_fan.png")).doesNotExist();
    assertThat(Files.readString(only.resolve("report.html"))).contains("<h2>Optimisation</h2>");
  }

  @Test
  void report_missingSummary_exit2_namesTheFile_reportUntouched() throws IOException {
    simulate(true);
    Files.delete(out.resolve("summary.json"));
    Map<String, byte[]> before = SimulateCommandTest.contents(out);

    Fixture.Run run = kamsim("report", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kamsim report: " + out.resolve("summary.json") + ": missing"
        + System.lineSeparator());
    Map<String, byte[]> after = SimulateCommandTest.contents(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void report_corruptCsv_exit2_namesFileAndLine() throws IOException {
    simulate(false);
    Path accounts = out.resolve("accounts.csv");
    Files.writeString(accounts, Files.readString(accounts).replaceFirst(",true,true,", ",yes,true,"));

    Fixture.Run run = kamsim("report", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim report: " + accounts + ":2: key_today: must be true or false, was 'yes'")
        .doesNotContain("\tat ");
  }

  @Test
  void report_noSuchDirectory_exit2() {
    Path missing = dir.resolve("nowhere");
    Fixture.Run run = kamsim("report", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kamsim report: " + missing + ": no such directory" + System.lineSeparator());
  }

  @Test
  void reportHelp_documentsOutdirAndExitCodes() {
    Fixture.Run run = kamsim("report", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("OUTDIR").contains("Exit codes:").contains("2   bad input");
    assertThat(kamsim("--help").out()).contains("report");
  }
}
