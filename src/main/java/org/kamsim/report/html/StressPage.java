package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.ChartFiles.Chart;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.Labels;
import org.kamsim.report.chart.StressCharts;
import org.kamsim.report.html.HtmlTable.Col;
import org.kamsim.report.html.HtmlTable.Format;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.ReverseStressFile;
import org.kamsim.results.StressFile;
import org.kamsim.results.Table;

/**
 * The page of {@code stress}: headline sentences computed from its files, the ladder chart and table, the
 * segment and region rungs, and the reverse stress test with its chart. Every figure comes from the tables
 * ({@code stress.csv}, {@code reverse-stress.csv}, {@code reverse-stress-accounts.csv}); lower revenue and
 * a higher chance of falling below the survival threshold are worse, and the sentences say so.
 */
public final class StressPage {
  /** The rows of {@code stress.csv} whose kind is the base, top, segment and region. */
  private static final String BASE = "base";
  private static final String TOP = "top";
  /**
   * The base's chance of falling below the survival threshold from which the headline states it first: 1 in
   * 20, the same bar as the 5th percentile the page shows.
   */
  static final double MATERIAL = 0.05;

  private StressPage() {}

  /**
   * What the tables do not hold: how the analysis was run, for the page's title line and sentences.
   *
   * @param scenario the scenario's name
   * @param horizonMonths T
   * @param trials trials per run
   * @param seed the seed every run shares
   */
  public record Setup(String scenario, int horizonMonths, int trials, long seed, String scenarioFile,
      List<String> command) {
    public Setup {
      command = List.copyOf(command);
    }
  }

  /** The charts of the page, in the order {@link #html} takes them drawn. */
  public static List<Chart> charts(Table stress, Table reverse, Table accounts) {
    return List.of(StressCharts.ladder(stress, reverse), StressCharts.reverse(accounts, reverse));
  }

  /**
   * The page.
   *
   * @param charts the drawings of {@link #charts}, in order
   * @param files the files of the directory, for the footer
   */
  public static String html(Setup setup, Table stress, Table reverse, Table accounts, List<Rendered> charts,
      List<String> files) {
    int month = reverse.ints(ReverseStressFile.MONTH).get(0);
    AnalysisPage page = new AnalysisPage("Stress test: " + setup.scenario(),
        "Scenario " + setup.scenario() + ": " + Amounts.count(stress.rowCount()) + " rungs and the reverse stress "
            + "test, each run on the same " + Amounts.count(setup.trials()) + " trials (seed " + setup.seed()
            + "), accounts lost in month " + month + " of " + setup.horizonMonths() + ".");
    page.section("headline", "Headline");
    String base = baseHeadline(stress, reverse);
    if (!base.isEmpty()) {
      page.paragraph(base, true);
    }
    for (String s : ladderHeadlines(setup, stress, reverse)) {
      page.paragraph(s, true);
    }
    page.paragraph(reverseHeadline(reverse, accounts, month), true);

    page.section("ladder", "The concentration ladder");
    page.paragraph("Each rung is the scenario with its own events plus the certain loss of the rung's accounts in "
        + "month " + month + ". All rungs see the same random futures, so each change against the base is "
        + "measured trial by trial and its standard error is that of the paired differences. Lower revenue is "
        + "worse; a higher chance of falling below the survival threshold is worse.", false);
    page.chart(charts.get(0), "Expected horizon revenue per rung (dot) and its 5th percentile (short orange bar), "
        + "against the survival threshold of " + Amounts.money(threshold(reverse)) + ". Left is worse.");
    page.table("The ladder (amounts over " + setup.horizonMonths() + " months; change = rung minus base).",
        stress, List.of(
            Col.of(StressFile.RUNG, "Rung", Format.TEXT),
            Col.of(StressFile.LOST_COUNT, "Accounts lost", Format.COUNT),
            Col.of(StressFile.LOST_SHARE_TODAY, "Share of revenue today", Format.PERCENT),
            Col.of(StressFile.REVENUE_MEAN, "Expected revenue", Format.WHOLE),
            Col.of(StressFile.DELTA_REVENUE_MEAN, "Change in revenue", Format.WHOLE),
            Col.of(StressFile.DELTA_REVENUE_STDERR, "Std. error of change", Format.WHOLE),
            Col.of(StressFile.DELTA_PROFIT_MEAN, "Change in profit", Format.WHOLE),
            Col.of(StressFile.REVENUE_P05, "Revenue P5", Format.WHOLE),
            Col.of(StressFile.VAR95, VAR95_HEADER, Format.WHOLE),
            Col.of(StressFile.PROBABILITY_BELOW, "P(below threshold)", Format.PROBABILITY)));
    page.note(varNote(stress));
    List<String> groups = groupSentences(stress);
    if (!groups.isEmpty()) {
      page.section("groups", "Losing a segment or a region");
      page.list(groups);
    }

    page.section("reverse", "Reverse stress test");
    page.paragraph("Which accounts, lost for certain in month " + month + ", take the business below its survival "
        + "threshold? Accounts are taken in descending order of their expected revenue from month " + month
        + " on; as expected revenue adds up over accounts on the same random numbers, the first prefix whose "
        + "loss takes expected revenue below the threshold is a smallest such set.", false);
    page.chart(charts.get(1), "Expected horizon revenue left as the accounts are lost one by one, in the test's "
        + "order; red dots: expected revenue below the survival threshold. Left is worse.");
    for (int r = 0; r < reverse.rowCount(); r++) {
      page.paragraph(answerSentence(reverse, accounts, r, month), false);
    }
    page.note("Each answer's expected revenue and chance of falling below the threshold come from a simulated run "
        + "of the scenario losing that set. The probability criterion looks along the same order and takes the "
        + "first prefix reaching " + Amounts.percent(0.5, 0) + "; another order could need fewer accounts.");
    page.whatWasRun(setup.scenario(), setup.scenarioFile(), setup.trials(), setup.seed(), setup.horizonMonths(),
        setup.command());
    return page.render(files);
  }

  private static double threshold(Table reverse) {
    return reverse.doubles(ReverseStressFile.SURVIVAL_REVENUE).get(0);
  }

  /**
   * The ladder table's header of {@code var95}: "below own mean" on the face of it, since a phone shows no
   * tooltip and the figure falls as accounts are lost (each rung's spread below its own, lower, mean).
   */
  static final String VAR95_HEADER = "VaR 95% (below own mean)";

  /**
   * The note under the ladder table: what VaR 95% measures and that revenue P5 is the absolute bad case, with
   * both from the base to the deepest top rung.
   */
  static String varNote(Table stress) {
    String what = VAR95_HEADER + " is each rung's expected revenue minus its own 5th percentile: the spread "
        + "below that rung's mean, not how low its revenue goes. The absolute bad case is revenue P5 (a 1-in-20 "
        + "low; lower is worse)";
    int deepest = -1;
    for (int i = 0; i < stress.rowCount(); i++) {
      if (stress.texts(StressFile.KIND).get(i).equals(TOP)) {
        deepest = i;
      }
    }
    if (deepest < 0) {
      return what + ".";
    }
    int base = baseRow(stress);
    String rung = stress.texts(StressFile.RUNG).get(deepest);
    return what + ": from the base to " + rung + ", revenue P5 " + change(stress, StressFile.REVENUE_P05, base,
        deepest) + " while VaR 95% " + change(stress, StressFile.VAR95, base, deepest) + ".";
  }

  /** "falls from X to Y", "rises from X to Y" or "stays at X". */
  private static String change(Table stress, ColumnSpec column, int from, int to) {
    double a = stress.doubles(column).get(from);
    double b = stress.doubles(column).get(to);
    String x = Amounts.money(a);
    String y = Amounts.money(b);
    if (x.equals(y)) {
      return "stays at " + x;
    }
    return (b < a ? "falls" : "rises") + " from " + x + " to " + y;
  }

  /**
   * The base's own chance of falling below the survival threshold, when it is {@link #MATERIAL}, and that the
   * probability answer needs no account when it is at least one half; empty otherwise.
   */
  static String baseHeadline(Table stress, Table reverse) {
    double p = stress.doubles(StressFile.PROBABILITY_BELOW).get(baseRow(stress));
    int probability50 = row(reverse, ReverseStressFile.PROBABILITY_50);
    boolean noneNeeded = reverse.doubles(ReverseStressFile.COUNT).get(probability50) == 0;
    if (!noneNeeded && !(p >= MATERIAL)) {
      return "";
    }
    String sentence = "Even with no account lost, horizon revenue falls below the survival threshold ("
        + Amounts.money(threshold(reverse)) + ") in " + Amounts.probability(p) + " of futures";
    return sentence + (noneNeeded ? ": a breach is already at least as likely as not, so the reverse stress "
        + "test's probability answer is 0 accounts." : ".");
  }

  /** The top 1 and deepest top rung against the base. */
  static List<String> ladderHeadlines(Setup setup, Table stress, Table reverse) {
    int month = reverse.ints(ReverseStressFile.MONTH).get(0);
    List<Integer> tops = new ArrayList<>();
    for (int i = 0; i < stress.rowCount(); i++) {
      if (stress.texts(StressFile.KIND).get(i).equals(TOP)) {
        tops.add(i);
      }
    }
    List<String> out = new ArrayList<>();
    if (tops.isEmpty()) {
      return out;
    }
    out.add(rungSentence(setup, stress, tops.get(0), month));
    if (tops.size() > 1) {
      out.add(rungSentence(setup, stress, tops.get(tops.size() - 1), month));
    }
    return out;
  }

  /**
   * "Losing the top 3 accounts (31% of revenue today) in month 1 takes expected revenue over 36 months from
   * X to Y (lower is worse); the chance of falling below the survival threshold rises from A to B."
   */
  static String rungSentence(Setup setup, Table stress, int row, int month) {
    int base = baseRow(stress);
    int count = stress.ints(StressFile.LOST_COUNT).get(row);
    String what = count == 1 ? "the top account" : "the top " + count + " accounts";
    double from = stress.doubles(StressFile.REVENUE_MEAN).get(base);
    double to = stress.doubles(StressFile.REVENUE_MEAN).get(row);
    double delta = stress.doubles(StressFile.DELTA_REVENUE_MEAN).get(row);
    double se = stress.doubles(StressFile.DELTA_REVENUE_STDERR).get(row);
    String change = delta == 0 ? "leaves expected revenue over " + setup.horizonMonths() + " months at "
        + Amounts.money(from) + " (these accounts earn nothing from month " + month + " on in the scenario)"
        : "takes expected revenue over " + setup.horizonMonths() + " months from " + Amounts.money(from) + " to "
            + Amounts.money(to) + " (" + (delta < 0 ? Amounts.money(-delta) + " less, \u00b1 " : "")
            + (delta < 0 ? Amounts.money(se) + " standard error)" : Amounts.money(delta) + " more)");
    return "Losing " + what + " (" + Amounts.percent(stress.doubles(StressFile.LOST_SHARE_TODAY).get(row), 0)
        + " of revenue today) in month " + month + " " + change + "; " + probabilityChange(stress, base, row) + ".";
  }

  private static String probabilityChange(Table stress, int base, int row) {
    double a = stress.doubles(StressFile.PROBABILITY_BELOW).get(base);
    double b = stress.doubles(StressFile.PROBABILITY_BELOW).get(row);
    String from = Amounts.probability(a);
    String to = Amounts.probability(b);
    if (from.equals(to)) {
      return "the chance of falling below the survival threshold stays at " + from;
    }
    return "the chance of falling below the survival threshold " + (b > a ? "rises (worse)" : "falls (better)")
        + " from " + from + " to " + to;
  }

  private static int baseRow(Table stress) {
    for (int i = 0; i < stress.rowCount(); i++) {
      if (stress.texts(StressFile.KIND).get(i).equals(BASE)) {
        return i;
      }
    }
    throw new IllegalArgumentException("stress.csv has no base rung");
  }

  /** One sentence per segment or region rung, largest loss first as the file orders them. */
  static List<String> groupSentences(Table stress) {
    int base = baseRow(stress);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < stress.rowCount(); i++) {
      String kind = stress.texts(StressFile.KIND).get(i);
      if (kind.equals(BASE) || kind.equals(TOP)) {
        continue;
      }
      String rung = stress.texts(StressFile.RUNG).get(i);
      double delta = stress.doubles(StressFile.DELTA_REVENUE_MEAN).get(i);
      int count = stress.ints(StressFile.LOST_COUNT).get(i);
      out.add(Lists.capitalised(rung) + " (" + Lists.count(count, "account", "accounts") + ", "
          + Amounts.percent(stress.doubles(StressFile.LOST_SHARE_TODAY).get(i), 0) + " of revenue today): "
          + (delta < 0 ? "expected revenue " + Amounts.money(-delta) + " lower"
              : delta == 0 ? "expected revenue unchanged" : "expected revenue " + Amounts.money(delta) + " higher")
          + ", to " + Amounts.money(stress.doubles(StressFile.REVENUE_MEAN).get(i)) + "; "
          + probabilityChange(stress, base, i) + ".");
    }
    return out;
  }

  /** The headline of the reverse stress test: the expected criterion. */
  static String reverseHeadline(Table reverse, Table accounts, int month) {
    return answerSentence(reverse, accounts, row(reverse, ReverseStressFile.EXPECTED), month);
  }

  private static int row(Table reverse, String criterion) {
    for (int i = 0; i < reverse.rowCount(); i++) {
      if (reverse.texts(ReverseStressFile.CRITERION).get(i).equals(criterion)) {
        return i;
      }
    }
    throw new IllegalArgumentException("reverse-stress.csv has no " + criterion + " row");
  }

  /** What one row of {@code reverse-stress.csv} says, in a sentence. */
  public static String answerSentence(Table reverse, Table accounts, int r, int month) {
    boolean expected = reverse.texts(ReverseStressFile.CRITERION).get(r).equals(ReverseStressFile.EXPECTED);
    double count = reverse.doubles(ReverseStressFile.COUNT).get(r);
    double threshold = threshold(reverse);
    double mean = reverse.doubles(ReverseStressFile.REVENUE_MEAN).get(r);
    double p = reverse.doubles(ReverseStressFile.PROBABILITY_BELOW).get(r);
    String goal = expected ? "takes expected revenue below the survival threshold (" + Amounts.money(threshold) + ")"
        : "makes falling below the survival threshold at least as likely as not";
    if (Double.isNaN(count)) {
      return Lists.capitalised(reverse.texts(ReverseStressFile.NOTE).get(r)) + ".";
    }
    if (count == 0) {
      return expected
          ? "The scenario is already below its survival threshold before any loss: expected revenue "
              + Amounts.money(mean) + " against " + Amounts.money(threshold) + " (worse)."
          : "The scenario already falls below its survival threshold in " + Amounts.probability(p)
              + " of the futures, before any loss.";
    }
    int n = (int) count;
    List<String> names = new ArrayList<>();
    for (int k = 0; k < Math.min(n, 10); k++) {
      names.add(Labels.account(accounts, k));
    }
    String who = n <= 10 ? Lists.and(names) : String.join(", ", names) + " and " + (n - 10) + " more";
    return (expected ? "The smallest set whose loss in month " + month + " " + goal + " is "
        : "In the same order, the first set whose loss in month " + month + " " + goal + " is ")
        + Lists.count(n, "account", "accounts") + " (" + Amounts.percent(reverse.doubles(
            ReverseStressFile.LOST_SHARE_TODAY).get(r), 0) + " of revenue today): " + who + ". With "
        + (n == 1 ? "it" : "them") + " lost, expected revenue is " + Amounts.money(mean) + " and the chance of "
        + "falling below the threshold " + Amounts.probability(p) + ".";
  }
}
