package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamsim.cli.Fixture.kamsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.results.CsvRows;

/**
 * {@code kamsim simulate --precision} end to end: it stops at the first block end, from 1,000 trials on, at
 * which both relative standard errors are within the target (found here from a plain run's {@code
 * trials.csv}), and writes what a plain run of that many trials writes, on any thread count.
 */
class PrecisionCommandTest {
  private static final int BLOCK = 250;
  private static final int PLAIN_TRIALS = 6_000;

  @TempDir
  Path dir;
  Fixture fixture;
  Path scenario;

  @BeforeEach
  void setUp() throws IOException {
    fixture = new Fixture(dir);
    scenario = fixture.goodScenario();
  }

  private Fixture.Run simulate(String out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("simulate", scenario.toString(), "--out",
        dir.resolve(out).toString(), "--no-report"));
    args.addAll(List.of(more));
    return kamsim(args.toArray(String[]::new));
  }

  /** The larger relative standard error (percent, two-pass) of each block prefix of a plain run's trials. */
  private double[] blockEnds(Path trialsCsv) throws IOException {
    List<List<String>> rows = CsvRows.read(trialsCsv);
    int revenue = rows.get(0).indexOf("revenue");
    int profit = rows.get(0).indexOf("profit");
    double[] r = new double[rows.size() - 1];
    double[] p = new double[rows.size() - 1];
    for (int i = 1; i < rows.size(); i++) {
      r[i - 1] = Double.parseDouble(rows.get(i).get(revenue));
      p[i - 1] = Double.parseDouble(rows.get(i).get(profit));
    }
    double[] ends = new double[r.length / BLOCK];
    for (int b = 0; b < ends.length; b++) {
      int n = (b + 1) * BLOCK;
      ends[b] = Math.max(relative(r, n), relative(p, n));
    }
    return ends;
  }

  private static double relative(double[] x, int n) {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += x[i];
    }
    mean /= n;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      ss += (x[i] - mean) * (x[i] - mean);
    }
    return 100 * Math.sqrt(ss / (n - 1) / n) / Math.abs(mean);
  }

  @Test
  void precision_stopsAtTheFirstQualifyingBlock_andEqualsAPlainRunOfThatMany_onOneAndThreeThreads()
      throws IOException {
    assertThat(simulate("plain", "--trials", Integer.toString(PLAIN_TRIALS)).exitCode()).isZero();
    double[] ends = blockEnds(dir.resolve("plain/trials.csv"));
    // Just above the figure at 4,000 trials; trials.csv's cents move these figures by about 1e-10 of
    // themselves, far less than the 1e-6 margin, so the engine's exact figures decide every block alike.
    double target = ends[4_000 / BLOCK - 1] * (1 + 1e-6);
    int expected = 0;
    for (int b = 1_000 / BLOCK - 1; b < ends.length && expected == 0; b++) {
      assertThat(Math.abs(ends[b] / target - 1)).isGreaterThan(1e-7);
      if (ends[b] <= target) {
        expected = (b + 1) * BLOCK;
      }
    }
    assertThat(expected).isBetween(1_000, 4_000);

    assertThat(simulate("fixed", "--trials", Integer.toString(expected), "--threads", "2").exitCode()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode fixed = json.readTree(dir.resolve("fixed/summary.json").toFile());
    for (String threads : List.of("1", "3")) {
      Fixture.Run run = simulate("precise-" + threads, "--precision", Double.toString(target), "--threads",
          threads);
      assertThat(run.exitCode()).as(run.err()).isZero();
      Path out = dir.resolve("precise-" + threads);
      ObjectNode summary = (ObjectNode) json.readTree(out.resolve("summary.json").toFile());
      JsonNode precision = summary.remove("precision");
      assertThat(summary).isEqualTo(fixed);
      assertThat(precision.get("trials").asInt()).isEqualTo(expected);
      assertThat(precision.get("stopped_by").asText()).isEqualTo("target");
      assertThat(precision.get("target_percent").asDouble()).isEqualTo(Double.parseDouble(
          String.format(java.util.Locale.ROOT, "%.6g", target)));
      double revenue = 100 * fixed.at("/revenue/stderr").asDouble() / Math.abs(fixed.at("/revenue/mean").asDouble());
      double profit = 100 * fixed.at("/profit/stderr").asDouble() / Math.abs(fixed.at("/profit/mean").asDouble());
      assertThat(precision.get("reached_percent").asDouble())
          .isCloseTo(Math.max(revenue, profit), org.assertj.core.api.Assertions.within(1e-5 * target))
          .isLessThanOrEqualTo(target);
      for (String file : List.of("periods.csv", "accounts.csv", "trials.csv")) {
        assertThat(out.resolve(file)).as(file).hasSameBinaryContentAs(dir.resolve("fixed").resolve(file));
      }
      assertThat(run.out()).containsPattern("precision reached +[0-9.]+%").contains("met at "
          + String.format(java.util.Locale.ROOT, "%,d", expected) + " trials");
    }
  }

  @Test
  void unreachableTarget_stopsAtMaxTrials_andSaysSo() throws IOException {
    Fixture.Run run = simulate("max", "--precision", "0.0001", "--max-trials", "1300", "--threads", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("max/summary.json").toFile());
    assertThat(summary.get("trials").asInt()).isEqualTo(1300);
    assertThat(summary.at("/precision/stopped_by").asText()).isEqualTo("max_trials");
    assertThat(summary.at("/precision/trials").asInt()).isEqualTo(1300);
    assertThat(summary.at("/precision/reached_percent").asDouble()).isGreaterThan(0.0001);
    assertThat(run.out()).contains("not met: stopped at the most trials allowed, 1,300");
    assertThat(Files.readAllLines(dir.resolve("max/trials.csv"))).hasSize(1300 + 1);
  }

  @Test
  void plainRun_hasNoPrecisionBlock() throws IOException {
    assertThat(simulate("plain", "--trials", "500").exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("plain/summary.json"))).doesNotContain("precision");
  }

  @Test
  void badPrecision_orWithTrials_orMaxTrialsAlone_isAUsageError_nothingWritten() {
    for (String bad : List.of("0", "-1", "NaN", "Infinity")) {
      Fixture.Run run = simulate("bad", "--precision", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).contains("--precision: must be a finite number > 0, was ").doesNotContain("\tat ");
    }
    Fixture.Run notANumber = simulate("bad", "--precision", "half");
    assertThat(notANumber.exitCode()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--precision").contains("half");
    Fixture.Run both = simulate("bad", "--precision", "1", "--trials", "2000");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--precision and --trials: give one or the other").doesNotContain("\tat ");
    Fixture.Run alone = simulate("bad", "--max-trials", "2000");
    assertThat(alone.exitCode()).isEqualTo(2);
    assertThat(alone.err()).contains("--max-trials: only with --precision");
    Fixture.Run zero = simulate("bad", "--precision", "1", "--max-trials", "999");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-trials: must be in [1000, 100000000], was 999");
    assertThat(dir.resolve("bad")).doesNotExist();
  }
}
