package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.chart.ReportData;
import org.kamsim.report.chart.RunningMeans;
import org.kamsim.report.input.ResultReader;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.CsvRows;
import org.kamsim.results.Summary;

/**
 * The precision chart is in every report, and its caption's figures are the mean and two standard errors
 * of {@code trials.csv}'s columns, computed here two-pass from the file; its last point is summary.json's.
 */
class PrecisionCaptionTest {
  @TempDir
  static Path dir;
  static Path result;
  static double[] revenue;
  static double[] profit;
  static JsonNode summary;

  @BeforeAll
  static void write() throws Exception {
    result = Fixtures.write(dir.resolve("run"));
    List<List<String>> rows = CsvRows.read(result.resolve("trials.csv"));
    revenue = column(rows, "revenue");
    profit = column(rows, "profit");
    summary = new ObjectMapper().readTree(result.resolve("summary.json").toFile());
  }

  private static double[] column(List<List<String>> rows, String name) {
    int c = rows.get(0).indexOf(name);
    double[] values = new double[rows.size() - 1];
    for (int i = 1; i < rows.size(); i++) {
      values[i - 1] = Double.parseDouble(rows.get(i).get(c));
    }
    return values;
  }

  private static double mean(double[] x, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
    }
    return sum / n;
  }

  private static double stderr(double[] x, int n) {
    double m = mean(x, n);
    double ss = 0;
    for (int i = 0; i < n; i++) {
      ss += (x[i] - m) * (x[i] - m);
    }
    return n < 2 ? 0 : Math.sqrt(ss / (n - 1) / n);
  }

  @Test
  void report_hasThePrecisionChart_captionFiguresFromTrialsCsv() throws Exception {
    String html = Files.readString(result.resolve("report.html"));
    assertThat(html).contains("<figure id=\"chart-precision\">");
    assertThat(result.resolve("charts/precision.svg")).exists();
    assertThat(Files.readString(result.resolve("charts/index.txt"))).contains("precision\tPrecision after ");
    int n = revenue.length;
    String expected = "After " + Amounts.count(n) + " trials the mean revenue is "
        + Amounts.money(mean(revenue, n)) + " \u00b1 " + Amounts.money(2 * stderr(revenue, n)) + " ("
        + Amounts.smallPercent(2 * stderr(revenue, n) / Math.abs(mean(revenue, n))) + ") and the mean profit "
        + Amounts.money(mean(profit, n)) + " \u00b1 " + Amounts.money(2 * stderr(profit, n)) + " ("
        + Amounts.smallPercent(2 * stderr(profit, n) / Math.abs(mean(profit, n))) + ")";
    assertThat(html).contains(Html.escape(expected));
    assertThat(html).contains("the narrower the band, the more precise the mean");
  }

  @Test
  void runningMeans_matchPrefixesOfTrialsCsv_andEndAtSummaryJsonsStderr() throws Exception {
    ReportData data = new ReportData(ResultReader.read(result));
    RunningMeans r = data.runningRevenue();
    int n = revenue.length;
    assertThat(r.size()).isBetween(2, 200);
    assertThat(r.trials(0)).isEqualTo(Math.min(n, 100));
    assertThat(r.trials(r.size() - 1)).isEqualTo(n);
    for (int i = 0; i < r.size(); i++) {
      int k = r.trials(i);
      if (i > 0) {
        assertThat(k).isGreaterThan(r.trials(i - 1));
      }
      // One pass against two: they differ by rounding only, some 1e-12 of the figures.
      assertThat(r.mean(i)).isCloseTo(mean(revenue, k), within(1e-9 * Math.abs(mean(revenue, k))));
      assertThat(r.stderr(i)).isCloseTo(stderr(revenue, k), within(1e-9 * stderr(revenue, k)));
    }
    // summary.json's stderr is of the unrounded totals, to the cent; trials.csv's are to the cent too, which
    // moves a standard error of thousands by far less than a cent.
    assertThat(r.finalStderr()).isCloseTo(summary.at("/revenue/stderr").asDouble(), within(0.01));
    assertThat(r.finalMean()).isCloseTo(summary.at("/revenue/mean").asDouble(), within(0.01));
    assertThat(data.runningProfit().finalStderr()).isCloseTo(summary.at("/profit/stderr").asDouble(),
        within(0.01));
  }

  @Test
  void caption_ofARunToAPrecision_saysTheTargetAndWhetherItWasMet() throws Exception {
    ReportData data = new ReportData(ResultReader.read(result));
    String met = Captions.precision(data.runningRevenue(), data.runningProfit(),
        Optional.of(new Summary.Precision(0.5, 0.4123, 4_000, Summary.Precision.TARGET)));
    assertThat(met).endsWith(" The run added trials in blocks until both standard errors were at most 0.5% "
        + "of their means, which they were at 4,000 trials (the larger is 0.41%).");
    String short_ = Captions.precision(data.runningRevenue(), data.runningProfit(),
        Optional.of(new Summary.Precision(0.01, 0.0873, 1_300, Summary.Precision.MAX_TRIALS)));
    assertThat(short_).endsWith(", but stopped at the most trials allowed, 1,300, with the larger at 0.087%: "
        + "short of the target.");
    assertThat(Captions.precision(data.runningRevenue(), data.runningProfit(), Optional.empty()))
        .doesNotContain("The run added trials");
  }

  @Test
  void grid_isLogSpaced_atMostTwoHundredPoints_endsAtEveryTrial() {
    assertThat(new RunningMeans(new double[] {5}).size()).isEqualTo(1);
    assertThat(new RunningMeans(new double[] {5}).finalStderr()).isZero();
    double[] many = new double[1_000_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = 1e8 + (i % 97) * 1e5;
    }
    RunningMeans m = new RunningMeans(many);
    assertThat(m.size()).isBetween(150, 200);
    assertThat(m.trials(0)).isEqualTo(100);
    assertThat(m.trials(m.size() - 1)).isEqualTo(1_000_000);
  }
}
