package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.CompareCharts;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CompareFile;
import org.kamsim.results.Table;

/**
 * The page of {@code kamsim compare}: one sentence per scenario saying how it differs from the base, read
 * from its row of {@code compare.csv}; the table of that file's main columns; the charts; and what was run.
 * Every figure on the page is one of the file's, formatted as written here.
 */
public final class ComparePage {
  private ComparePage() {}

  /**
   * What the files do not hold, for the page: per row of {@code compare.csv}, in its order.
   *
   * @param seeds each scenario's seed
   * @param horizons each scenario's horizon in months
   * @param unpairedBecause why the scenario is not paired with the base, in words; empty when it is
   * @param command the command line
   * @param precisionNote what {@code --precision} chose, in a sentence; empty without it
   */
  public record Run(List<Long> seeds, List<Integer> horizons, List<String> unpairedBecause, List<String> command,
      String precisionNote) {
    public Run {
      seeds = List.copyOf(seeds);
      horizons = List.copyOf(horizons);
      unpairedBecause = List.copyOf(unpairedBecause);
      command = List.copyOf(command);
    }
  }

  /**
   * The whole page.
   *
   * @param compare {@code compare.csv}'s table
   * @param run what the files do not say
   * @param rendered the charts of {@link CompareCharts#of}, drawn
   * @param files the directory's files, for the footer
   */
  public static String render(Table compare, Run run, List<Rendered> rendered, List<String> files) {
    String base = label(compare, 0);
    int others = compare.rowCount() - 1;
    List<String> names = new ArrayList<>();
    for (int row = 1; row < compare.rowCount(); row++) {
      names.add(label(compare, row));
    }
    AnalysisPage page = new AnalysisPage("Comparison with " + base,
        Lists.and(names) + " against " + base + ", " + Amounts.count(trials(compare, 0))
            + " simulated futures each; made by kamsim compare");
    page.section("headline", "In short");
    List<String> sentences = new ArrayList<>();
    for (int row = 1; row < compare.rowCount(); row++) {
      sentences.add(sentence(compare, row, run.horizons().get(row), run.horizons().get(0),
          run.unpairedBecause().get(row)));
    }
    page.list(sentences);
    int unpaired = 0;
    for (int row = 1; row < compare.rowCount(); row++) {
      if (!compare.flags(CompareFile.PAIRED).get(row)) {
        unpaired++;
      }
    }
    if (unpaired > 0) {
      page.callout(unpaired + " of " + others + (others == 1 ? " scenario is" : " scenarios are")
          + " not paired with " + base + ": their changes come from two independent samples, so their "
          + "intervals are wider and their per-future figures do not exist. Give every scenario the same "
          + "--trials and --seed (and the same portfolio and horizon) to pair them.");
    }
    page.note("Paired changes compare each future of a scenario with the same future of " + base
        + " (the same random numbers), so the interval holds only how the change varies across futures. "
        + "More revenue and profit is better.");

    page.section("table", "The scenarios side by side");
    page.table("From compare.csv: horizon totals of each scenario, and its change against " + base
        + " (mean per future).", compare, List.of(
            HtmlTable.Col.of(CompareFile.SCENARIO, "Scenario", HtmlTable.Format.TEXT),
            HtmlTable.Col.of(CompareFile.PAIRED, "Paired", HtmlTable.Format.YES_NO,
                "Same portfolio, horizon, trials and seed as the base: changes are per future"),
            HtmlTable.Col.of(CompareFile.REVENUE_MEAN, "Revenue, mean", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.REVENUE_P05, "Revenue, 5th pct", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.PROFIT_MEAN, "Profit, mean", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.ES95, "ES 95%", HtmlTable.Format.WHOLE,
                "Revenue at risk: mean minus the mean of the worst 5% of futures"),
            HtmlTable.Col.of(CompareFile.PROBABILITY_BELOW, "P(below threshold)", HtmlTable.Format.PROBABILITY,
                "Share of futures whose horizon revenue is below the survival threshold"),
            HtmlTable.Col.of(CompareFile.DELTA_REVENUE_MEAN, "\u0394 revenue", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.DELTA_REVENUE_STDERR, "\u00b1 std. error", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.DELTA_PROFIT_MEAN, "\u0394 profit", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.PROBABILITY_WORSE, "P(less revenue)", HtmlTable.Format.PROBABILITY,
                "Share of futures in which the scenario's horizon revenue is below the base's (paired only)")));

    Map<String, Rendered> charts = new HashMap<>();
    for (Rendered r : rendered) {
      charts.put(r.name(), r);
    }
    page.section("charts", "Charts");
    page.chart(charts.get(CompareCharts.FANS), "Each scenario's median month (bold line) and the range of 90% "
        + "of futures (thin lines). Where the lines part, the typical futures differ; overlapping ranges alone do not "
        + "mean there is no difference: the paired changes below are what tell.");
    page.chart(charts.get(CompareCharts.CHANGES), changesCaption(compare));
    for (int row = 1; row < compare.rowCount(); row++) {
      page.chart(charts.get(CompareCharts.differenceChart(row)), differenceCaption(compare, row));
    }

    page.section("run", "What was run");
    List<String> items = new ArrayList<>();
    for (int row = 0; row < compare.rowCount(); row++) {
      String pairing = row == 0 ? "the base"
          : compare.flags(CompareFile.PAIRED).get(row) ? "paired with " + base
          : "unpaired: " + run.unpairedBecause().get(row);
      items.add(label(compare, row) + ": " + compare.texts(CompareFile.FILE).get(row) + ", "
          + Amounts.count(trials(compare, row)) + " trials, seed " + run.seeds().get(row) + ", "
          + run.horizons().get(row) + " months; " + pairing);
    }
    page.list(items);
    page.note("Runs are paired when their portfolio content, horizon, trials and seed agree: they then see "
        + "the same random numbers future by future. --trials and --seed set them for every scenario.");
    if (!run.precisionNote().isEmpty()) {
      page.note(run.precisionNote());
    }
    page.note("Command: " + String.join(" ", run.command()));
    return page.render(files);
  }

  /**
   * The headline sentence of row {@code row}: its change in horizon revenue against the base with the 95%
   * interval, the share of futures in which it earns less (paired only), and its change in profit; "no
   * clear difference" when an interval includes zero; and why it is unpaired when it is.
   *
   * @param horizon the scenario's months
   * @param baseHorizon the base's months: when they differ, the sentence says that the totals cover
   *     different horizons (most of such a difference is the horizon's length, not the scenario)
   * @param unpairedBecause why it is not paired with the base; empty when it is
   */
  public static String sentence(Table compare, int row, int horizon, int baseHorizon, String unpairedBecause) {
    String base = label(compare, 0);
    double mean = value(compare, CompareFile.DELTA_REVENUE_MEAN, row);
    double low = value(compare, CompareFile.DELTA_REVENUE_CI95_LOW, row);
    double high = value(compare, CompareFile.DELTA_REVENUE_CI95_HIGH, row);
    StringBuilder s = new StringBuilder(label(compare, row)).append(": ");
    String over = horizon == baseHorizon ? " over " + horizon + " months"
        : " (totals over " + horizon + " months against " + baseHorizon + " months of " + base
            + ": most of this difference is the horizon's length)";
    if (low > 0 || high < 0) {
      s.append(amount(mean, low, high)).append(mean < 0 ? " less" : " more").append(" revenue than ")
          .append(base).append(over).append(" (95% interval ").append(interval(mean, low, high)).append(')');
    } else {
      s.append("no clear difference in revenue from ").append(base).append(over).append(" (")
          .append(signed(mean, low, high)).append(" on average, 95% interval ")
          .append(signedInterval(low, high)).append(')');
    }
    double worse = value(compare, CompareFile.PROBABILITY_WORSE, row);
    if (compare.flags(CompareFile.PAIRED).get(row)) {
      s.append(", lower in ").append(Amounts.probability(worse)).append(" of the futures");
    }
    double pMean = value(compare, CompareFile.DELTA_PROFIT_MEAN, row);
    double pLow = value(compare, CompareFile.DELTA_PROFIT_CI95_LOW, row);
    double pHigh = value(compare, CompareFile.DELTA_PROFIT_CI95_HIGH, row);
    if (pLow > 0 || pHigh < 0) {
      s.append("; profit ").append(amount(pMean, pLow, pHigh)).append(pMean < 0 ? " lower" : " higher")
          .append(" (95% interval ").append(interval(pMean, pLow, pHigh)).append(')');
    } else {
      s.append("; no clear difference in profit (").append(signed(pMean, pLow, pHigh))
          .append(" on average, 95% interval ").append(signedInterval(pLow, pHigh)).append(')');
    }
    if (!compare.flags(CompareFile.PAIRED).get(row)) {
      s.append("; unpaired: ").append(unpairedBecause)
          .append(", so the interval includes the noise of two independent samples");
    }
    return s.append('.').toString();
  }

  /** The size of a clear change, in the unit of its interval: "23.4 million". */
  static String amount(double mean, double low, double high) {
    return Unit.ofLargest(mean, low, high).text(Math.abs(mean));
  }

  /** A clear change's interval as sizes, smaller first: "22.9 to 23.9 million". */
  static String interval(double mean, double low, double high) {
    Unit unit = Unit.ofLargest(mean, low, high);
    return mean < 0 ? unit.number(-high) + " to " + unit.text(-low) : unit.number(low) + " to " + unit.text(high);
  }

  /** A change that may be either way, with its sign: "+0.3 million", "\u22120.3 million". */
  static String signed(double mean, double low, double high) {
    return (mean > 0 ? "+" : "") + Unit.ofLargest(mean, low, high).text(mean);
  }

  /** An interval that contains zero: "\u22120.2 to +0.8 million". */
  static String signedInterval(double low, double high) {
    Unit unit = Unit.ofLargest(low, high);
    return unit.number(low) + " to " + (high > 0 ? "+" : "") + unit.text(high);
  }

  private static String changesCaption(Table compare) {
    int clear = 0;
    int n = compare.rowCount() - 1;
    for (int row = 1; row < compare.rowCount(); row++) {
      double low = value(compare, CompareFile.DELTA_REVENUE_CI95_LOW, row);
      double high = value(compare, CompareFile.DELTA_REVENUE_CI95_HIGH, row);
      if (low > 0 || high < 0) {
        clear++;
      }
    }
    return "Mean change of each scenario against " + label(compare, 0) + " in horizon revenue and profit, "
        + "with its 95% interval. " + clear + " of " + n + (n == 1 ? " scenario differs" : " scenarios differ")
        + " clearly in revenue (the interval excludes zero).";
  }

  private static String differenceCaption(Table compare, int row) {
    String base = label(compare, 0);
    String label = label(compare, row);
    double worse = value(compare, CompareFile.PROBABILITY_WORSE, row);
    double p05 = value(compare, CompareFile.DELTA_REVENUE_P05, row);
    Unit unit = Unit.of(p05);
    return "In " + Amounts.probability(worse) + " of the futures " + label + " earns less over the horizon than "
        + base + " in the same future. In a bad 1-in-20 future (5th percentile of the change) it earns "
        + unit.text(Math.abs(p05)) + (p05 < 0 ? " less." : " more.");
  }

  private static String label(Table compare, int row) {
    return compare.texts(CompareFile.SCENARIO).get(row);
  }

  private static int trials(Table compare, int row) {
    return compare.ints(CompareFile.TRIALS).get(row);
  }

  private static double value(Table compare, ColumnSpec column, int row) {
    return compare.doubles(column).get(row);
  }
}
