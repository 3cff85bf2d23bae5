package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.chart.Layout;
import org.kamsim.report.chart.StressCharts;
import org.kamsim.results.ReverseStressAccountsFile;
import org.kamsim.results.ReverseStressFile;
import org.kamsim.results.StressFile;
import org.kamsim.results.Table;

/**
 * The sentences, notes and chart texts of the {@code stress} page, from small hand-made tables in the files'
 * schemas (the figures of the bundled baseline, losses in month 1), so that every expected text is written
 * out in full.
 */
class StressPageTest {
  private static final double THRESHOLD = 362_205_746.4;

  /** One row of {@code stress.csv}, with the columns the page reads. */
  private record Rung(String rung, String kind, String lost, int count, double share, double mean, double delta,
      double deltaSe, double p05, double var95, double below) {}

  private static final Rung BASE = new Rung("base", "base", "", 0, 0, 416_825_942, 0, 0, 218_512_657,
      198_313_285, 0.401);
  private static final Rung TOP1 = new Rung("top 1", "top", "Key 01", 1, 0.162, 338_717_305, -78_108_637,
      263_559, 169_600_094, 169_117_210, 0.638);
  private static final Rung TOP2 = new Rung("top 2", "top", "Key 01;Key 02", 2, 0.237, 304_465_532,
      -112_360_410, 372_033, 150_611_896, 153_853_636, 0.735);
  private static final Rung RETAIL = new Rung("segment Retail", "segment", "Key 02;Key 07;Key 09", 3, 0.249,
      322_845_203, -93_980_739, 395_329, 172_361_336, 150_483_867, 0.689);

  private static Table stress(Rung... rungs) {
    List<Rung> r = List.of(rungs);
    int n = r.size();
    return Table.of(StressFile.NAME,
        StressFile.RUNG.texts(n, i -> r.get(i).rung()),
        StressFile.KIND.texts(n, i -> r.get(i).kind()),
        StressFile.LOST.texts(n, i -> r.get(i).lost()),
        StressFile.LOST_COUNT.ints(n, i -> r.get(i).count()),
        StressFile.LOST_SHARE_TODAY.doubles(n, i -> r.get(i).share()),
        StressFile.REVENUE_MEAN.doubles(n, i -> r.get(i).mean()),
        StressFile.DELTA_REVENUE_MEAN.doubles(n, i -> r.get(i).delta()),
        StressFile.DELTA_REVENUE_STDERR.doubles(n, i -> r.get(i).deltaSe()),
        StressFile.REVENUE_P05.doubles(n, i -> r.get(i).p05()),
        StressFile.VAR95.doubles(n, i -> r.get(i).var95()),
        StressFile.PROBABILITY_BELOW.doubles(n, i -> r.get(i).below()));
  }

  /** {@code reverse-stress.csv}: the expected answer, then the probability one, each of the first accounts. */
  private static Table reverse(int expectedCount, int probabilityCount, double probabilityBelow) {
    int[] count = {expectedCount, probabilityCount};
    return Table.of(ReverseStressFile.NAME,
        ReverseStressFile.CRITERION.texts(2, i -> i == 0 ? ReverseStressFile.EXPECTED
            : ReverseStressFile.PROBABILITY_50),
        ReverseStressFile.COUNT.doubles(2, i -> count[i]),
        ReverseStressFile.ACCOUNTS.texts(2, i -> count[i] == 0 ? "" : "Key 01"),
        ReverseStressFile.LOST_SHARE_TODAY.doubles(2, i -> count[i] == 0 ? 0 : 0.162),
        ReverseStressFile.REVENUE_MEAN.doubles(2, i -> count[i] == 0 ? BASE.mean() : TOP1.mean()),
        ReverseStressFile.PROBABILITY_BELOW.doubles(2, i -> probabilityBelow),
        ReverseStressFile.MONTH.ints(2, i -> 1),
        ReverseStressFile.SURVIVAL_REVENUE.doubles(2, i -> THRESHOLD),
        ReverseStressFile.NOTE.texts(2, i -> ""));
  }

  /** {@code reverse-stress-accounts.csv} of two accounts, the first crossing the threshold. */
  private static Table accounts() {
    double[] lost = {78_108_637, 34_251_773};
    double[] after = {338_717_305, 304_465_532};
    return Table.of(ReverseStressAccountsFile.NAME,
        ReverseStressAccountsFile.RANK.ints(2, k -> k + 1),
        ReverseStressAccountsFile.ID.texts(2, k -> "Key 0" + (k + 1)),
        ReverseStressAccountsFile.ACCOUNT_NAME.texts(2, k -> k == 0 ? "Raldale Plastics SpA" : "Crestbridge"),
        ReverseStressAccountsFile.REVENUE_TODAY.doubles(2, k -> 24_486_140.0 / (k + 1)),
        ReverseStressAccountsFile.SHARE_TODAY.doubles(2, k -> 0.162 / (k + 1)),
        ReverseStressAccountsFile.EXPECTED_REVENUE_LOST.doubles(lost),
        ReverseStressAccountsFile.CUMULATIVE_SHARE_OF_EXPECTED_REVENUE_LOST.doubles(2,
            k -> (BASE.mean() - after[k]) / BASE.mean()),
        ReverseStressAccountsFile.EXPECTED_REVENUE_AFTER.doubles(after),
        ReverseStressAccountsFile.BELOW_THRESHOLD.flags(2, k -> true));
  }

  @Test
  void baseHeadline_materialBreachProbability_isStatedFirst() {
    assertThat(StressPage.baseHeadline(stress(BASE, TOP1), reverse(1, 1, 0.638))).isEqualTo("Even with no "
        + "account lost, horizon revenue falls below the survival threshold (362.2 million) in 40.1% of futures.");
  }

  @Test
  void baseHeadline_breachAlreadyAsLikelyAsNot_saysTheProbabilityAnswerIsZeroAccounts() {
    Rung base = new Rung("base", "base", "", 0, 0, 416_825_942, 0, 0, 218_512_657, 198_313_285, 0.55);

    assertThat(StressPage.baseHeadline(stress(base, TOP1), reverse(1, 0, 0.55))).isEqualTo("Even with no "
        + "account lost, horizon revenue falls below the survival threshold (362.2 million) in 55.0% of futures: "
        + "a breach is already at least as likely as not, so the reverse stress test's probability answer is 0 "
        + "accounts.");
  }

  @Test
  void baseHeadline_breachBelowOneInTwenty_isLeftOut() {
    Rung base = new Rung("base", "base", "", 0, 0, 416_825_942, 0, 0, 218_512_657, 198_313_285, 0.049);

    assertThat(StressPage.baseHeadline(stress(base, TOP1), reverse(1, 1, 0.638))).isEmpty();
  }

  @Test
  void varNote_saysVaRIsBelowTheRungsOwnMean_andP5IsTheAbsoluteBadCase() {
    assertThat(StressPage.VAR95_HEADER).isEqualTo("VaR 95% (below own mean)");
    assertThat(StressPage.varNote(stress(BASE, TOP1, TOP2))).isEqualTo("VaR 95% (below own mean) is each rung's "
        + "expected revenue minus its own 5th percentile: the spread below that rung's mean, not how low its "
        + "revenue goes. The absolute bad case is revenue P5 (a 1-in-20 low; lower is worse): from the base to "
        + "top 2, revenue P5 falls from 218.5 million to 150.6 million while VaR 95% falls from 198.3 million to "
        + "153.9 million.");
  }

  @Test
  void sentences_countLostAccountsFromLostCount_evenWhenIdsHoldSpaces() {
    Table stress = stress(BASE, TOP1, TOP2, RETAIL);
    StressPage.Setup setup = new StressPage.Setup("baseline", 36, 10_000, 42, "scenarios/baseline.yaml",
        List.of("kamsim", "stress", "scenarios/baseline.yaml"));

    assertThat(StressPage.ladderHeadlines(setup, stress, reverse(1, 1, 0.638)).get(1)).startsWith(
        "Losing the top 2 accounts (24% of revenue today) in month 1 takes expected revenue over 36 months from "
            + "416.8 million to 304.5 million");
    assertThat(StressPage.groupSentences(stress)).containsExactly("Segment Retail (3 accounts, 25% of revenue "
        + "today): expected revenue 94.0 million lower, to 322.8 million; the chance of falling below the "
        + "survival threshold rises (worse) from 40.1% to 68.9%.");
  }

  @Test
  void ladderChart_namedWithAnUnderscore_saysTheThresholdLineIsForExpectedRevenue_andLeavesTheLineUnlabelled() {
    ChartFiles.Chart chart = StressCharts.ladder(stress(BASE, TOP1, TOP2), reverse(1, 1, 0.638));
    JFreeChart wide = chart.draw().apply(Layout.WIDE).chart();

    assertThat(chart.name()).isEqualTo("stress_ladder");
    assertThat(subtitles(wide)).containsExactly("Each rung also loses its accounts (share of today's revenue in "
        + "brackets) in month 1, on the same random numbers; left is worse, and left of the red line expected "
        + "revenue is below the survival threshold");
    assertThat(legend(wide)).contains("Survival threshold (362.2 million)");
    for (Object m : ((XYPlot) wide.getPlot()).getRangeMarkers(Layer.FOREGROUND)) {
      assertThat(((Marker) m).getLabel()).isNull();
    }
  }

  @Test
  void reverseChart_namedWithAnUnderscore_saysItsColoursAreForExpectedRevenue() {
    ChartFiles.Chart chart = StressCharts.reverse(accounts(), reverse(1, 1, 0.638));
    JFreeChart wide = chart.draw().apply(Layout.WIDE).chart();

    assertThat(chart.name()).isEqualTo("reverse_stress");
    assertThat(legend(wide)).containsExactly("Expected revenue above the threshold",
        "Expected revenue below it", "Survival threshold (362.2 million)");
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (Object t : chart.getSubtitles()) {
      if (t instanceof TextTitle text) {
        texts.add(text.getText());
      }
    }
    return texts;
  }

  private static List<String> legend(JFreeChart chart) {
    List<String> labels = new ArrayList<>();
    LegendItemCollection items = ((XYPlot) chart.getPlot()).getFixedLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }
}
