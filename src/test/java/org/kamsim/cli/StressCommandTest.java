package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kamsim stress} end to end, in-process, through the same picocli tree as the jar. */
class StressCommandTest {
  @TempDir
  Path dir;
  Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  @Test
  void stress_oneAndThreeThreads_writeTheSameBytes() throws IOException {
    Path scenario = fixture.goodScenario();
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");

    Fixture.Run a = kamsim("stress", scenario.toString(), "--out", one.toString(), "--threads", "1",
        "--depth", "4", "--month", "3");
    Fixture.Run b = kamsim("stress", scenario.toString(), "--out", three.toString(), "--threads", "3",
        "--depth", "4", "--month", "3", "--no-report");

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    for (String file : new String[] {"stress.csv", "reverse-stress.csv", "reverse-stress-accounts.csv"}) {
      assertThat(three.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
    }
    assertThat(one.resolve("report.html")).isNotEmptyFile();
    assertThat(one.resolve("charts/stress-ladder.svg")).isNotEmptyFile();
    assertThat(one.resolve("charts/reverse-stress.svg")).isNotEmptyFile();
    assertThat(three.resolve("report.html")).doesNotExist();
    // base, top 1..4, segments Retail and Industry, regions South and North
    assertThat(Files.readAllLines(one.resolve("stress.csv"))).hasSize(1 + 1 + 4 + 2 + 2);
    assertThat(a.out()).contains("top 4").contains("Reverse stress (expected)").contains("Results in " + one);
  }

  @Test
  void stress_monthBeyondHorizon_exits2AndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--month", "13");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("kamsim stress: --month: must be in [1, 12] (the scenario's horizon_months), was 13");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_monthZero_isAUsageError() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--month", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim stress: --month: must be in [1, horizon_months], was 0");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_depthBeyondPortfolio_exits2AndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--depth", "31");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("kamsim stress: --depth: must be in [1, 30] (the portfolio's accounts), was 31");
    assertThat(out).doesNotExist();
  }

  @Test
  void stress_depthZero_isAUsageErrorNamingTheValue() throws IOException {
    Path out = dir.resolve("out");
    Fixture.Run run = kamsim("stress", fixture.goodScenario().toString(), "--out", out.toString(), "--depth", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("kamsim stress: --depth: must be in [1, the portfolio's accounts], was 0");
    assertThat(out).doesNotExist();
  }
}
