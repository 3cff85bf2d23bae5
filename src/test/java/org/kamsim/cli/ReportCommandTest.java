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
import org.kamsim.results.OutputDirectory;

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
    assertThat(out.resolve("charts/revenue_fan.svg")).isNotEmptyFile();
    assertThat(out.resolve("charts/revenue_fan.png")).as("PNGs only with --png").doesNotExist();
    assertThat(SimulateCommandTest.names(out)).noneMatch(name -> name.startsWith("."));

    Fixture.Run png = kamsim("report", out.toString(), "--png");
    assertThat(png.exitCode()).as(png.err()).isZero();
    assertThat(out.resolve("charts/revenue_fan.png")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(before);
  }

  @Test
  void report_ofAnOptimisation_drawsTheSamePageAgain() throws IOException {
    Path scenario = new Fixture(dir).goodScenario();
    Files.writeString(scenario, Files.readString(scenario)
        + "optimise: {headcount: [1, 2], population: 12, generations: 8, validation_trials: 1000}\n");
    Fixture.Run optimise = kamsim("optimise", scenario.toString(), "--out", out.toString());
    assertThat(optimise.exitCode()).as(optimise.err()).isZero();
    String before = Files.readString(out.resolve("report.html"));

    Fixture.Run run = kamsim("report", out.toString(), "--png");

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String chart : new String[] {"convergence", "staffing", "plan_vs_baselines"}) {
      assertThat(out.resolve("charts/" + chart + ".png")).as(chart).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(before).contains("<h2>Optimisation</h2>");
  }

  @Test
  void report_ofAnAnalysis_exit2_saysWhichCommandDrawsIt_andChangesNothing() throws IOException {
    Path scenario = new Fixture(dir).goodScenario();
    Path stress = dir.resolve("stress");
    assertThat(kamsim("stress", scenario.toString(), "--trials", "300", "--depth", "2", "--out", stress.toString())
        .exitCode()).isZero();
    String page = Files.readString(stress.resolve("report.html"));

    Fixture.Run run = kamsim("report", stress.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kamsim report: " + stress + " holds the results of kamsim stress, whose "
        + "report that command draws: run it again (the same scenarios, trials and seed give the same figures)"
        + System.lineSeparator());
    assertThat(Files.readString(stress.resolve("report.html"))).isEqualTo(page);
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
    assertThat(run.err()).isEqualTo("kamsim report: " + accounts + ":2: key_today (column 7): expected true or "
        + "false, was \"yes\"" + System.lineSeparator());
  }

  @Test
  void report_tamperedSummary_nonFiniteFigure_exit2_namesIt() throws IOException {
    simulate(true);
    Path summary = out.resolve("summary.json");
    Files.writeString(summary, Files.readString(summary).replaceFirst("\"mean\": [0-9.]+", "\"mean\": 1e999"));
    Fixture.Run run = kamsim("report", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("kamsim report: " + summary + ": revenue.mean: must be a finite number, was "
        + "1e999" + System.lineSeparator());
  }

  @Test
  void report_whileSimulateReplacesTheSameDirectory_neverATrace() throws Exception {
    simulate(true);
    String scenario = new Fixture(dir).goodScenario().toString();
    java.util.List<Fixture.Run> runs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Thread writer = new Thread(() -> {
      for (int i = 0; i < 4; i++) {
        runs.add(kamsim("simulate", scenario, "--out", out.toString(), "--threads", "1"));
      }
    });
    writer.start();
    for (int i = 0; i < 6; i++) {
      runs.add(kamsim("report", out.toString(), "--threads", "1"));
    }
    writer.join();
    for (Fixture.Run run : runs) {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("internal error");
    }
    assertThat(SimulateCommandTest.names(out.getParent())).containsExactly("good.yaml", "out", "portfolio.csv");
    assertThat(out.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void report_whileAnotherRunHoldsTheFolder_waitsAndSaysSo() throws Exception {
    simulate(true);
    Fixture.Run[] run = new Fixture.Run[1];
    Thread report;
    try (org.kamsim.results.DirectoryLock held = org.kamsim.results.DirectoryLock.acquire(out, m -> { })) {
      report = new Thread(() -> run[0] = kamsim("report", out.toString(), "--threads", "1"));
      report.start();
      // Blocked on the lock (this JVM's in-process lock parks the thread): then release it.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
      while (report.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(report.getState()).isEqualTo(Thread.State.WAITING);
    }
    report.join(60_000);
    assertThat(run[0].exitCode()).as(run[0].err()).isZero();
    assertThat(run[0].err()).isEqualTo("kamsim report: waiting for another kamsim run that is writing " + out
        + System.lineSeparator());
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
