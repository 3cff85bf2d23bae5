package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamsim.report.chart.CompareCharts.Split;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.CompareTrialsFile;
import org.kamsim.results.Table;

/** The sentences, notes and table of {@code kamsim compare}'s page, from hand-made {@code compare.csv} rows. */
class ComparePageTest {
  /**
   * A compare table of a base and two paired scenarios, shaped like baseline against losing its top account
   * and its top three: every figure not given is 0.
   */
  static Table compare(Map<ColumnSpec, double[]> values) {
    String[] names = {"baseline", "lose-one", "lose-three"};
    List<Column> columns = new ArrayList<>();
    for (ColumnSpec c : CompareFile.COLUMNS) {
      double[] v = values.getOrDefault(c, new double[3]);
      columns.add(switch (c.type()) {
        case TEXT -> c.texts(3, i -> c == CompareFile.SCENARIO ? names[i] : names[i] + ".yaml");
        case FLAG -> c.flags(3, i -> true);
        case INTEGER -> c.ints(3, i -> 10_000);
        default -> c.doubles(3, i -> v[i]);
      });
    }
    return Table.of(CompareFile.NAME, columns);
  }

  static Map<ColumnSpec, double[]> lose() {
    Map<ColumnSpec, double[]> v = new HashMap<>();
    v.put(CompareFile.REVENUE_P05, new double[] {218.5e6, 179.2e6, 156.4e6});
    v.put(CompareFile.ES95, new double[] {229.7e6, 195.5e6, 164.8e6});
    v.put(CompareFile.DELTA_REVENUE_MEAN, new double[] {0, -67.8e6, -118.3e6});
    v.put(CompareFile.DELTA_REVENUE_STDERR, new double[] {0, 0.26e6, 0.44e6});
    v.put(CompareFile.DELTA_REVENUE_CI95_LOW, new double[] {0, -68.3e6, -119.2e6});
    v.put(CompareFile.DELTA_REVENUE_CI95_HIGH, new double[] {0, -67.3e6, -117.4e6});
    // lose-three's profit interval crosses zero: no clear difference in profit
    v.put(CompareFile.DELTA_PROFIT_MEAN, new double[] {0, -16.0e6, -0.1e6});
    v.put(CompareFile.DELTA_PROFIT_CI95_LOW, new double[] {0, -16.1e6, -0.3e6});
    v.put(CompareFile.DELTA_PROFIT_CI95_HIGH, new double[] {0, -15.9e6, 0.1e6});
    v.put(CompareFile.DELTA_REVENUE_P05, new double[] {0, -111.9e6, -197.3e6});
    v.put(CompareFile.PROBABILITY_WORSE, new double[] {0, 0.987, 0.9999});
    return v;
  }

  /** compare-trials.csv's rows for 1,000 futures: lose-one 987 less and 13 the same, lose-three all less. */
  static Table trials() {
    int n = 1000;
    String[] names = {"baseline", "lose-one", "lose-three"};
    return Table.of(CompareTrialsFile.NAME,
        CompareTrialsFile.SCENARIO.texts(3 * n, i -> names[i / n]),
        CompareTrialsFile.TRIAL.ints(3 * n, i -> i % n),
        CompareTrialsFile.REVENUE.doubles(3 * n, i -> 1e6),
        CompareTrialsFile.PROFIT.doubles(3 * n, i -> 1e5),
        CompareTrialsFile.DELTA_REVENUE.doubles(3 * n, i -> i < n || (i < 2 * n && i % n >= 987) ? 0 : -1e6),
        CompareTrialsFile.DELTA_PROFIT.doubles(3 * n, i -> 0));
  }

  @Test
  void futures_saysNoneEveryAndTheSame_insteadOfZeroOrHundredPercent() {
    assertThat(ComparePage.futures(new Split(0, 0, 10_000), true)).isEqualTo("higher in every future");
    assertThat(ComparePage.futures(new Split(10_000, 0, 0), false)).isEqualTo("lower in every future");
    assertThat(ComparePage.futures(new Split(0, 3, 7), false))
        .isEqualTo("lower in none of the futures and the same in 30.0%");
    assertThat(ComparePage.futures(new Split(9_873, 127, 0), false))
        .isEqualTo("lower in 98.7% of the futures and the same in 1.3%");
    assertThat(ComparePage.futures(new Split(9_999, 0, 1), false)).isEqualTo("lower in > 99.9% of the futures");
    assertThat(ComparePage.futures(new Split(2, 0, 9_998), true)).isEqualTo("higher in > 99.9% of the futures");
    assertThat(ComparePage.futures(new Split(0, 500, 0), false)).isEqualTo("the same in every future");
  }

  @Test
  void sentence_moreRevenueInEveryFuture_saysHigherInEveryFuture() {
    Map<ColumnSpec, double[]> v = new HashMap<>();
    v.put(CompareFile.DELTA_REVENUE_MEAN, new double[] {0, 7.88e6, 0});
    v.put(CompareFile.DELTA_REVENUE_CI95_LOW, new double[] {0, 7.80e6, 0});
    v.put(CompareFile.DELTA_REVENUE_CI95_HIGH, new double[] {0, 7.96e6, 0});
    v.put(CompareFile.DELTA_PROFIT_MEAN, new double[] {0, -2.71e6, 0});
    v.put(CompareFile.DELTA_PROFIT_CI95_LOW, new double[] {0, -2.74e6, 0});
    v.put(CompareFile.DELTA_PROFIT_CI95_HIGH, new double[] {0, -2.69e6, 0});

    String s = ComparePage.sentence(compare(v), 1, new Split(0, 0, 10_000), 36, 36, "");

    assertThat(s).isEqualTo("lose-one: 7.88 million more revenue than baseline over 36 months (95% interval 7.80 "
        + "to 7.96 million), higher in every future; profit 2.71 million lower (95% interval 2.69 to 2.74 million).");
  }

  @Test
  void differenceCaption_namesTheFuturesWithExactlyAsMuch_asTheChartColoursThem() {
    assertThat(ComparePage.differenceCaption(compare(lose()), 1, new Split(9_873, 127, 0))).isEqualTo(
        "Each future of lose-one against the same future of baseline: lose-one brings in less revenue over the "
            + "horizon in 98.7% of them, exactly as much in 1.3% (grey, at zero), and more in none. In a bad "
            + "1-in-20 future "
            + "(5th percentile of the change) it brings in 111.9 million less revenue.");
    assertThat(ComparePage.differenceCaption(compare(lose()), 2, new Split(0, 0, 10_000))).isEqualTo(
        "Each future of lose-three against the same future of baseline: lose-three brings in less revenue over the "
            + "horizon in none of them and more in all of them. In a bad 1-in-20 future (5th percentile of the "
            + "change) it brings in 197.3 million less revenue.");
    assertThat(ComparePage.differenceCaption(compare(lose()), 2, new Split(0, 10_000, 0))).startsWith(
        "Each future of lose-three against the same future of baseline: lose-three brings in less revenue over the "
            + "horizon in none of them, exactly as much in all of them (grey, at zero), and more in none.");
  }

  @Test
  void changesCaption_countsClearDifferencesInProfitToo() {
    assertThat(ComparePage.changesCaption(compare(lose()))).isEqualTo("Mean change of each scenario against "
        + "baseline in horizon revenue and profit, with its 95% interval. 2 of 2 scenarios differ clearly in "
        + "revenue, and 1 of 2 in profit (the interval excludes zero).");
  }

  @Test
  void pairingNote_saysTheIntervalIsOfTheMeanChange() {
    assertThat(ComparePage.pairingNote(compare(lose()))).isEqualTo("Paired changes compare each future of a "
        + "scenario with the same future of baseline (the same random numbers): pairing removes the noise of two "
        + "separate samples, so the 95% interval shows how precisely the mean change is known. The change itself "
        + "varies far more from one future to another: the histograms below show it.");
  }

  @Test
  void esNote_pointsToTheFifthPercentile_andNamesTheScenariosWhoseEsMisleads() {
    assertThat(ComparePage.esNote(compare(lose()))).isEqualTo("ES 95% (below own mean) is how far the mean of the "
        + "worst 5% of futures falls below that scenario's own mean, so a scenario that earns less everywhere can "
        + "show a smaller one. To compare how bad the worst futures are, read Revenue, 5th pct: an absolute level, "
        + "higher is better. Here lose-one (ES 195.5 million, 5th percentile 179.2 million) and lose-three (ES "
        + "164.8 million, 5th percentile 156.4 million) have a smaller ES than baseline (ES 229.7 million, 5th "
        + "percentile 218.5 million) but a lower 5th percentile: worse futures.");
  }

  @Test
  void render_showsDashesForTheBasesChanges_theEsHeader_andTheSentencesFromTheTrials() {
    Table compare = compare(lose());
    ComparePage.Run run = new ComparePage.Run(List.of(42L, 42L, 42L), List.of(36, 36, 36), List.of("", "", ""),
        List.of("kamsim", "compare"), "");

    String[] names = {"baseline", "lose-one", "lose-three"};
    Table periods = Table.of(ComparePeriodsFile.NAME, ComparePeriodsFile.SCENARIO.texts(3, i -> names[i]),
        ComparePeriodsFile.MONTH.ints(3, i -> 1));
    String html = ComparePage.render(compare, periods, trials(), run, List.of(), List.of(CompareFile.NAME));

    String dash = "<td class=\"num none\">\u2013</td>";
    assertThat(html).contains("<tr><td>baseline</td><td class=\"none\">\u2013</td>")
        .contains("<td class=\"num\">229,700,000</td><td class=\"num\">0.0%</td>" + dash.repeat(4) + "</tr>")
        .contains(">ES 95% (below own mean)</th>")
        .contains("<tr><td>lose-one</td><td>yes</td>")
        .contains("lower in 98.7% of the futures and the same in 1.3%; profit 16.0 million lower")
        .contains("lower in every future; no clear difference in profit");
  }
}
