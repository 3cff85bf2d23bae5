package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.kamsim.analysis.Outcome;
import org.kamsim.analysis.ReverseStress;
import org.kamsim.analysis.StressTest;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.html.StressPage;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.ReverseStressAccountsFile;
import org.kamsim.results.ReverseStressFile;
import org.kamsim.results.StressFile;
import org.kamsim.results.Table;

/**
 * The files of {@code stress} ({@code stress.csv}, {@code reverse-stress.csv},
 * {@code reverse-stress-accounts.csv}) built from a {@link StressTest}, written with their report by
 * {@link AnalysisWriter}, and the few lines the terminal shows: the one place that turns the analysis's
 * objects into the files' records.
 */
public final class StressFiles {
  private StressFiles() {}

  /** The three tables, in the order they are written. */
  public record Tables(Table stress, Table reverse, Table accounts) {
    public List<AnalysisWriter.CsvFile> files() {
      return List.of(new AnalysisWriter.CsvFile(StressFile.NAME, stress, StressFile.COLUMNS),
          new AnalysisWriter.CsvFile(ReverseStressFile.NAME, reverse, ReverseStressFile.COLUMNS),
          new AnalysisWriter.CsvFile(ReverseStressAccountsFile.NAME, accounts, ReverseStressAccountsFile.COLUMNS));
    }
  }

  public static Tables tables(StressTest test) {
    return new Tables(stress(test), reverse(test), accounts(test));
  }

  /**
   * Writes the files {@link #tables} made of {@code test} and the report into {@code target} (see
   * {@link AnalysisWriter#write}).
   */
  public static void write(StressTest test, Tables t, RunInfo run, Path target, ReportOutput report,
      Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    Scenario s = test.scenario();
    List<AnalysisWriter.CsvFile> files = t.files();
    StressPage.Setup setup = new StressPage.Setup(s.name(), s.horizonMonths(), s.trials(), s.seed(),
        run.scenarioFile() == null ? "" : run.scenarioFile().path().toString(), run.command());
    AnalysisWriter.Page page = new AnalysisWriter.Page(charts(t),
        rendered -> StressPage.html(setup, t.stress(), t.reverse(), t.accounts(), rendered,
            AnalysisWriter.names(files)));
    AnalysisWriter.write(files, s, run, page, target, report, executor, status);
  }

  /** The charts of the stress test's report, drawn from its tables. */
  public static List<ChartFiles.Chart> charts(Tables t) {
    return StressPage.charts(t.stress(), t.reverse(), t.accounts());
  }

  /** {@code stress.csv}. */
  static Table stress(StressTest test) {
    List<StressTest.Rung> r = test.ladder();
    int n = r.size();
    return Table.of(StressFile.NAME,
        StressFile.RUNG.texts(n, i -> r.get(i).label()),
        StressFile.KIND.texts(n, i -> r.get(i).kind().text()),
        StressFile.LOST.texts(n, i -> String.join(StressFile.ID_SEPARATOR, r.get(i).lost())),
        StressFile.LOST_SHARE_TODAY.doubles(n, i -> r.get(i).lostShareToday()),
        StressFile.REVENUE_MEAN.doubles(n, i -> r.get(i).outcome().revenue().mean()),
        StressFile.REVENUE_STDERR.doubles(n, i -> r.get(i).outcome().revenue().stderr()),
        StressFile.PROFIT_MEAN.doubles(n, i -> r.get(i).outcome().profit().mean()),
        StressFile.PROFIT_STDERR.doubles(n, i -> r.get(i).outcome().profit().stderr()),
        StressFile.DELTA_REVENUE_MEAN.doubles(n, i -> r.get(i).revenueChange().mean()),
        StressFile.DELTA_REVENUE_STDERR.doubles(n, i -> r.get(i).revenueChange().stderr()),
        StressFile.DELTA_PROFIT_MEAN.doubles(n, i -> r.get(i).profitChange().mean()),
        StressFile.REVENUE_P05.doubles(n, i -> r.get(i).outcome().revenue().p05()),
        StressFile.VAR95.doubles(n, i -> r.get(i).outcome().revenueAtRisk().var95()),
        StressFile.PROBABILITY_BELOW.doubles(n, i -> r.get(i).outcome().probabilityBelow()),
        StressFile.LOST_COUNT.ints(n, i -> r.get(i).lost().size()));
  }

  /** {@code reverse-stress.csv}: the expected criterion, then the probability one. */
  static Table reverse(StressTest test) {
    ReverseStress reverse = test.reverse();
    List<ReverseStress.Answer> a = reverse.answers();
    int n = a.size();
    int month = test.month();
    int accounts = test.scenario().portfolio().size();
    return Table.of(ReverseStressFile.NAME,
        ReverseStressFile.CRITERION.texts(n, i -> a.get(i).criterion() == ReverseStress.Criterion.EXPECTED
            ? ReverseStressFile.EXPECTED : ReverseStressFile.PROBABILITY_50),
        ReverseStressFile.COUNT.doubles(n, i -> a.get(i).reached() ? a.get(i).count() : Double.NaN),
        ReverseStressFile.ACCOUNTS.texts(n, i -> String.join(StressFile.ID_SEPARATOR, a.get(i).accounts())),
        ReverseStressFile.LOST_SHARE_TODAY.doubles(n, i -> a.get(i).lostShareToday()),
        ReverseStressFile.REVENUE_MEAN.doubles(n, i -> a.get(i).outcome().revenue().mean()),
        ReverseStressFile.PROBABILITY_BELOW.doubles(n, i -> a.get(i).outcome().probabilityBelow()),
        ReverseStressFile.MONTH.ints(n, i -> month),
        ReverseStressFile.SURVIVAL_REVENUE.doubles(n, i -> reverse.survivalRevenue()),
        ReverseStressFile.NOTE.texts(n, i -> a.get(i).reached() ? ""
            : notReached(a.get(i), accounts, month, reverse.survivalRevenue())));
  }

  /** Why no set meets the criterion, with the figures of losing every account. */
  private static String notReached(ReverseStress.Answer a, int accounts, int month, double threshold) {
    Outcome all = a.outcome();
    String losing = "losing all " + Amounts.count(accounts) + " accounts in month " + month;
    return a.criterion() == ReverseStress.Criterion.EXPECTED
        ? "no set of accounts takes expected revenue below the survival threshold: even " + losing
            + " leaves " + Amounts.money(all.revenue().mean()) + " against " + Amounts.money(threshold)
        : "no set of accounts makes falling below the survival threshold as likely as not: even " + losing
            + " gives " + Amounts.probability(all.probabilityBelow());
  }

  /** {@code reverse-stress-accounts.csv}: every account in the order the reverse stress test takes them. */
  static Table accounts(StressTest test) {
    ReverseStress reverse = test.reverse();
    Portfolio p = test.scenario().portfolio();
    int[] order = reverse.order();
    double[] loss = reverse.expectedLoss();
    int n = order.length;
    double total = p.totalRevenue();
    double base = reverse.baseMean();
    double[] after = new double[n];
    for (int k = 0; k < n; k++) {
      after[k] = reverse.estimatedRevenueAfter(k + 1);
    }
    return Table.of(ReverseStressAccountsFile.NAME,
        ReverseStressAccountsFile.RANK.ints(n, k -> k + 1),
        ReverseStressAccountsFile.ID.texts(n, k -> p.get(order[k]).id()),
        ReverseStressAccountsFile.ACCOUNT_NAME.texts(n, k -> p.get(order[k]).name()),
        ReverseStressAccountsFile.REVENUE_TODAY.doubles(n, k -> p.get(order[k]).revenue()),
        ReverseStressAccountsFile.SHARE_TODAY.doubles(n, k -> total > 0 ? p.get(order[k]).revenue() / total : 0),
        ReverseStressAccountsFile.EXPECTED_REVENUE_LOST.doubles(loss),
        ReverseStressAccountsFile.CUMULATIVE_SHARE_OF_EXPECTED_REVENUE_LOST.doubles(n,
            k -> base > 0 ? (base - after[k]) / base : 0),
        ReverseStressAccountsFile.EXPECTED_REVENUE_AFTER.doubles(after),
        ReverseStressAccountsFile.BELOW_THRESHOLD.flags(n, k -> after[k] < reverse.survivalRevenue()));
  }

  /**
   * The terminal's summary: the ladder in a few lines, amounts in words as the page gives them ("338.7
   * million"), and the reverse stress test's answers.
   *
   * @param horizonMonths T, the months the amounts cover
   */
  public static List<String> summary(Tables t, int month, int horizonMonths) {
    List<String> lines = new ArrayList<>(ladderLines(t.stress(), month, horizonMonths));
    lines.add("");
    for (int r = 0; r < t.reverse().rowCount(); r++) {
      lines.add("Reverse stress (" + t.reverse().texts(ReverseStressFile.CRITERION).get(r) + "): "
          + StressPage.answerSentence(t.reverse(), t.accounts(), r, month));
    }
    lines.add("");
    return lines;
  }

  private static final String LADDER_ROW = "%-24s %5s  %11s  %16s  %16s  %18s";

  /** The ladder's table for the terminal: a heading line, column names, then one line per rung. */
  static List<String> ladderLines(Table s, int month, int horizonMonths) {
    List<String> lines = new ArrayList<>();
    lines.add("Concentration ladder, accounts lost in month " + month + " (revenue over " + horizonMonths
        + " months; lower revenue and a higher chance of falling below the survival threshold are worse):");
    lines.add(String.format(Locale.ROOT, LADDER_ROW, "rung", "lost", "share today", "expected revenue", "change",
        "P(below threshold)"));
    for (int i = 0; i < s.rowCount(); i++) {
      boolean base = s.texts(StressFile.KIND).get(i).equals(StressTest.Kind.BASE.text());
      lines.add(String.format(Locale.ROOT, LADDER_ROW, cut(s.texts(StressFile.RUNG).get(i)),
          Amounts.count(s.ints(StressFile.LOST_COUNT).get(i)),
          Amounts.percent(s.doubles(StressFile.LOST_SHARE_TODAY).get(i), 1),
          Amounts.money(s.doubles(StressFile.REVENUE_MEAN).get(i)),
          base ? "" : Amounts.money(s.doubles(StressFile.DELTA_REVENUE_MEAN).get(i)),
          Amounts.probability(s.doubles(StressFile.PROBABILITY_BELOW).get(i))).stripTrailing());
    }
    return lines;
  }

  private static String cut(String label) {
    return label.length() <= 24 ? label : label.substring(0, 23) + "\u2026";
  }
}
