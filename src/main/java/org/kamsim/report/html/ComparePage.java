package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.CompareCharts;
import org.kamsim.report.chart.CompareCharts.Split;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * The page of {@code kamsim compare}: one sentence per scenario saying how it differs from the base, read
 * from its row of {@code compare.csv}; the table of that file's main columns; the charts; and what was run.
 * Every figure on the page is one of the file's, formatted as written here.
 */
public final class ComparePage {
  /**
   * The table's header of {@code es95}, which says what it is measured from: the table is read on phones,
   * where a header's tooltip does not show.
   */
  static final String ES_HEADER = "ES 95% (below own mean)";

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
   * @param periods {@code compare-periods.csv}'s table: each phased scenario's key accounts and KAMs by month
   * @param trials {@code compare-trials.csv}'s table: how many futures of each paired scenario earn less than
   *     the base's, exactly as much and more
   * @param run what the files do not say
   * @param rendered the charts of {@link CompareCharts#of}, drawn
   * @param files the directory's files, for the footer
   */
  public static String render(Table compare, Table periods, Table trials, Run run, List<Rendered> rendered,
      List<String> files) {
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
    List<Split> splits = CompareCharts.splits(compare, trials);
    List<String> sentences = new ArrayList<>();
    for (int row = 1; row < compare.rowCount(); row++) {
      sentences.add(sentence(compare, row, splits.get(row), run.horizons().get(row), run.horizons().get(0),
          run.unpairedBecause().get(row)));
    }
    page.list(sentences);
    npvUnlike(compare).ifPresent(page::callout);
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
    if (unpaired < others) {
      page.note(pairingNote(compare));
    }
    boolean npv = npvLead(compare, 0).isPresent();
    page.note(npv ? "Higher NPV, revenue and profit are better." : "More revenue and profit is better.");
    page.paragraph("Each scenario's own KAM plan against its own status quo (today's key accounts and KAMs), "
        + "on the same futures:", false);
    List<String> plans = new ArrayList<>();
    List<String> phases = phases(compare, periods);
    for (int row = 0; row < compare.rowCount(); row++) {
      plans.add(planSentence(compare, row, run.horizons().get(row)) + phases.get(row));
    }
    page.list(plans);

    page.section("table", "The scenarios side by side");
    List<HtmlTable.Col> cols = new ArrayList<>(List.of(
            HtmlTable.Col.of(CompareFile.SCENARIO, "Scenario", HtmlTable.Format.TEXT),
            HtmlTable.Col.of(CompareFile.PAIRED, "Paired", HtmlTable.Format.TEXT,
                "Same portfolio, horizon, trials and seed as the base: changes are per future"),
            HtmlTable.Col.of(CompareFile.REVENUE_MEAN, "Revenue, mean", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.REVENUE_P05, "Revenue, 5th pct", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.PROFIT_MEAN, "Profit, mean", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.ES95, ES_HEADER, HtmlTable.Format.WHOLE,
                "Revenue at risk: mean minus the mean of the worst 5% of futures"),
            HtmlTable.Col.of(CompareFile.PROBABILITY_BELOW, "P(below threshold)", HtmlTable.Format.PROBABILITY,
                "Share of futures whose horizon revenue is below the survival threshold"),
            HtmlTable.Col.of(CompareFile.DELTA_REVENUE_MEAN, "\u0394 revenue", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.DELTA_REVENUE_STDERR, "\u00b1 std. error", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.DELTA_PROFIT_MEAN, "\u0394 profit", HtmlTable.Format.WHOLE),
            HtmlTable.Col.of(CompareFile.PROBABILITY_WORSE, "P(less revenue)", HtmlTable.Format.PROBABILITY,
                "Share of futures in which the scenario's horizon revenue is below the base's (paired only)")));
    if (npv) {
      cols.add(2, HtmlTable.Col.of(CompareFile.NPV_MEAN, "NPV, mean", HtmlTable.Format.WHOLE,
          "Net present value of the scenario's monthly profit at " + rate(compare, 0)));
      cols.add(8, HtmlTable.Col.of(CompareFile.DELTA_NPV_MEAN, "\u0394 NPV", HtmlTable.Format.WHOLE));
    }
    page.table("From compare.csv: horizon totals of each scenario, and its change against " + base
        + " (mean per future; \u2013 for " + base + " itself).", shown(compare), cols);
    page.note(esNote(compare));

    Map<String, Rendered> charts = new HashMap<>();
    for (Rendered r : rendered) {
      charts.put(r.name(), r);
    }
    page.section("charts", "Charts");
    page.chart(charts.get(CompareCharts.FANS), "Each scenario's median month (bold line) and the range of 90% "
        + "of futures (thin lines). Where the lines part, the typical futures differ; overlapping ranges alone do not "
        + "mean there is no difference: the paired changes below are what tell." + phaseMarks(periods));
    page.chart(charts.get(CompareCharts.CHANGES), changesCaption(compare));
    for (int row = 1; row < compare.rowCount(); row++) {
      if (splits.get(row) != null) {
        page.chart(charts.get(CompareCharts.differenceChart(row)), differenceCaption(compare, row,
            splits.get(row)));
      }
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
   * interval, in how many futures it earns less (or, when it earns more on average, more) than the base
   * (paired only), and its change in profit; "no clear difference" when an interval includes zero; and why it
   * is unpaired when it is.
   *
   * @param split how its futures split against the base's; null when it is not paired
   * @param horizon the scenario's months
   * @param baseHorizon the base's months: when they differ, the sentence says that the totals cover
   *     different horizons (most of such a difference is the horizon's length, not the scenario)
   * @param unpairedBecause why it is not paired with the base; empty when it is
   */
  public static String sentence(Table compare, int row, Split split, int horizon, int baseHorizon,
      String unpairedBecause) {
    String base = label(compare, 0);
    double mean = value(compare, CompareFile.DELTA_REVENUE_MEAN, row);
    double low = value(compare, CompareFile.DELTA_REVENUE_CI95_LOW, row);
    double high = value(compare, CompareFile.DELTA_REVENUE_CI95_HIGH, row);
    StringBuilder s = new StringBuilder(label(compare, row)).append(": ");
    npvLead(compare, row).ifPresent(npv -> s.append(npv).append("; "));
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
    if (split != null) {
      s.append(", ").append(futures(split, mean > 0));
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

  /**
   * What row {@code row}'s KAM plan is worth against its own status quo, as {@code summary.json}'s {@code plan}
   * says it: "baseline: the plan (20 key accounts, 6 KAMs) loses 1.88 million of profit over 36 months (95%
   * interval 1.84 to 1.91 million) and does not pay back within 36 months".
   */
  public static String planSentence(Table compare, int row, int horizon) {
    StringBuilder s = new StringBuilder(label(compare, row)).append(": ");
    int keys = compare.ints(CompareFile.KEY_ACCOUNTS).get(row);
    int kams = compare.ints(CompareFile.KAMS).get(row);
    String plan = "the plan (" + Amounts.count(keys) + (keys == 1 ? " key account, " : " key accounts, ")
        + Amounts.count(kams) + (kams == 1 ? " KAM)" : " KAMs)");
    if (compare.flags(CompareFile.PLAN_SAME_AS_STATUS_QUO).get(row)) {
      return s.append(plan).append(" is the status quo: nothing to compare or pay back.").toString();
    }
    double mean = value(compare, CompareFile.INCREMENTAL_PROFIT_MEAN, row);
    double low = value(compare, CompareFile.INCREMENTAL_PROFIT_CI95_LOW, row);
    double high = value(compare, CompareFile.INCREMENTAL_PROFIT_CI95_HIGH, row);
    s.append(plan);
    if (low > 0 || high < 0) {
      s.append(mean > 0 ? " adds " : " loses ").append(amount(mean, low, high)).append(" of profit over ")
          .append(horizon).append(" months (95% interval ").append(interval(mean, low, high)).append(')');
    } else {
      s.append(" makes no clear difference to profit over ").append(horizon).append(" months (")
          .append(signed(mean, low, high)).append(" on average, 95% interval ").append(signedInterval(low, high))
          .append(')');
    }
    double payback = value(compare, CompareFile.PAYBACK_MONTH, row);
    s.append(Double.isNaN(payback) ? " and does not pay back within " + horizon + " months"
        : " and pays back in month " + (int) payback);
    return s.append('.').toString();
  }

  /**
   * The NPV change of row {@code row} against the base, to lead its sentence, when the comparison has one
   * (every scenario discounts alike, {@code compare.csv}'s {@code delta_npv_mean} filled): "NPV at 10% a year
   * 1.23 million higher (95% interval 1.1 to 1.4 million)", or "no clear difference in NPV at 10% a year
   * (...)". Higher is better.
   */
  public static Optional<String> npvLead(Table compare, int row) {
    if (!compare.columnNames().contains(CompareFile.NPV_MEAN.name())
        || Double.isNaN(value(compare, CompareFile.DELTA_NPV_MEAN, row))) {
      return Optional.empty();
    }
    double mean = value(compare, CompareFile.DELTA_NPV_MEAN, row);
    double low = value(compare, CompareFile.DELTA_NPV_CI95_LOW, row);
    double high = value(compare, CompareFile.DELTA_NPV_CI95_HIGH, row);
    String at = "NPV at " + rate(compare, row);
    if (low > 0 || high < 0) {
      return Optional.of(at + " " + amount(mean, low, high) + (mean < 0 ? " lower" : " higher") + " (95% interval "
          + interval(mean, low, high) + ")");
    }
    return Optional.of("no clear difference in " + at + " (" + signed(mean, low, high)
        + " on average, 95% interval " + signedInterval(low, high) + ")");
  }

  /** "10% a year", with the terminal value when there is one: "10% a year, terminal growth 2%". */
  private static String rate(Table compare, int row) {
    double growth = value(compare, CompareFile.TERMINAL_GROWTH, row);
    return Amounts.plain(100 * value(compare, CompareFile.DISCOUNT_RATE, row)) + "% a year"
        + (Double.isNaN(growth) ? "" : ", terminal growth " + Amounts.plain(100 * growth) + "%");
  }

  /**
   * Why the page compares no NPVs although some scenario sets {@code finance}, read from {@code compare.csv}'s
   * rates: which scenarios have none, or which rates differ; empty when the NPVs are compared or no scenario
   * discounts.
   */
  public static Optional<String> npvUnlike(Table compare) {
    if (!compare.columnNames().contains(CompareFile.NPV_MEAN.name())
        || !Double.isNaN(value(compare, CompareFile.DELTA_NPV_MEAN, 0))) {
      return Optional.empty();
    }
    List<String> without = new ArrayList<>();
    List<String> rates = new ArrayList<>();
    for (int row = 0; row < compare.rowCount(); row++) {
      if (Double.isNaN(value(compare, CompareFile.DISCOUNT_RATE, row))) {
        without.add(label(compare, row));
      } else {
        rates.add(label(compare, row) + " " + rate(compare, row));
      }
    }
    String why = !without.isEmpty()
        ? Lists.and(without) + (without.size() == 1 ? " sets" : " set") + " no finance section (only "
            + Lists.and(rates) + ")"
        : "the scenarios discount differently (" + Lists.and(rates) + ")";
    return Optional.of("No NPVs are compared: " + why + ". An NPV at one rate and a figure at another (or an"
        + " undiscounted total) are not the same quantity, so compare.csv leaves its NPV columns empty. Give every "
        + "scenario the same finance section to compare NPVs; the horizon totals are compared as usual.");
  }

  /**
   * Per row of {@code compare.csv}, its plan's phases in one clause, from {@code compare-periods.csv}'s key
   * accounts and KAMs by month: " It grows to 35 key accounts and 10 KAMs from month 13." (a space first);
   * empty for a plan that never changes, and for every row when no scenario is phased (the file then has no
   * such columns).
   */
  public static List<String> phases(Table compare, Table periods) {
    List<String> phases = new ArrayList<>();
    boolean phased = periods.columnNames().contains(ComparePeriodsFile.KAMS.name());
    List<Table> byScenario = periods.groupBy(ComparePeriodsFile.SCENARIO.name());
    for (int row = 0; row < compare.rowCount(); row++) {
      List<String> changes = new ArrayList<>();
      if (phased) {
        Table p = byScenario.get(row);
        IntColumn month = p.ints(ComparePeriodsFile.MONTH);
        IntColumn key = p.ints(ComparePeriodsFile.KEY_ACCOUNTS);
        IntColumn kams = p.ints(ComparePeriodsFile.KAMS);
        for (int i = 1; i < p.rowCount(); i++) {
          if (key.get(i) != key.get(i - 1) || kams.get(i) != kams.get(i - 1)) {
            changes.add(Lists.count(key.get(i), "key account", "key accounts") + " and "
                + Lists.count(kams.get(i), "KAM", "KAMs") + " from month " + month.get(i));
          }
        }
      }
      phases.add(changes.isEmpty() ? "" : " The plan is phased (the figures above are those of month 1): "
          + Lists.and(changes) + ".");
    }
    return phases;
  }

  /**
   * The fans' sentence on the phase markers, from {@code compare-periods.csv}: " Thin dashed lines mark the
   * months in which a phased plan changes (13), in its scenario's colour."; empty without phased plans.
   */
  static String phaseMarks(Table periods) {
    if (!periods.columnNames().contains(ComparePeriodsFile.KAMS.name())) {
      return "";
    }
    java.util.TreeSet<Integer> months = new java.util.TreeSet<>();
    for (Table p : periods.groupBy(ComparePeriodsFile.SCENARIO.name())) {
      IntColumn key = p.ints(ComparePeriodsFile.KEY_ACCOUNTS);
      IntColumn kams = p.ints(ComparePeriodsFile.KAMS);
      for (int i = 1; i < p.rowCount(); i++) {
        if (key.get(i) != key.get(i - 1) || kams.get(i) != kams.get(i - 1)) {
          months.add(p.ints(ComparePeriodsFile.MONTH).get(i));
        }
      }
    }
    return months.isEmpty() ? "" : " Thin dashed lines mark where a phased plan changes (month"
        + (months.size() == 1 ? " " : "s ") + Lists.and(months.stream().map(String::valueOf).toList())
        + "), in its scenario's colour.";
  }

  /**
   * In how many futures revenue is lower than the base's ({@code higher}: higher), and in how many the same
   * when some are: "lower in 98.7% of the futures and the same in 1.3%", "higher in every future", "lower in
   * none of the futures".
   */
  static String futures(Split split, boolean higher) {
    int n = split.futures();
    if (split.same() == n) {
      return "the same in every future";
    }
    int count = higher ? split.more() : split.less();
    String s = (higher ? "higher in " : "lower in ") + (count == 0 ? "none of the futures"
        : count == n ? "every future" : split.share(count) + " of the futures");
    return split.same() == 0 ? s : s + " and the same in " + split.share(split.same());
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

  static String changesCaption(Table compare) {
    int n = compare.rowCount() - 1;
    return "Mean change of each scenario against " + label(compare, 0) + " in horizon revenue and profit, "
        + "with its 95% interval. " + clear(compare, CompareFile.DELTA_REVENUE_CI95_LOW,
            CompareFile.DELTA_REVENUE_CI95_HIGH) + " of " + n + (n == 1 ? " scenario differs" : " scenarios differ")
        + " clearly in revenue, and " + clear(compare, CompareFile.DELTA_PROFIT_CI95_LOW,
            CompareFile.DELTA_PROFIT_CI95_HIGH) + " of " + n + " in profit (the interval excludes zero).";
  }

  /** How many scenarios other than the base have an interval that excludes zero. */
  private static int clear(Table compare, ColumnSpec low, ColumnSpec high) {
    int clear = 0;
    for (int row = 1; row < compare.rowCount(); row++) {
      if (value(compare, low, row) > 0 || value(compare, high, row) < 0) {
        clear++;
      }
    }
    return clear;
  }

  /**
   * The caption of a paired scenario's histogram: in how many futures it earns less than the base's, exactly
   * as much (when any: the grey bar) and more, as the bars are coloured; and its bad 1-in-20 change.
   */
  static String differenceCaption(Table compare, int row, Split split) {
    String base = label(compare, 0);
    String label = label(compare, row);
    StringBuilder s = new StringBuilder("Each future of ").append(label).append(" against the same future of ")
        .append(base).append(": ").append(label).append(" brings in less revenue over the horizon in ")
        .append(split.less() == 0 ? "none" : split.share(split.less())).append(" of them");
    if (split.same() > 0) {
      s.append(", exactly as much in ").append(split.share(split.same()))
          .append(split.same() == split.futures() ? " of them" : "").append(" (grey, at zero),");
    }
    s.append(" and more in ").append(split.share(split.more()));
    s.append(split.more() == split.futures() ? " of them. " : ". ");
    double p05 = value(compare, CompareFile.DELTA_REVENUE_P05, row);
    s.append("In a bad 1-in-20 future (5th percentile of the change) it brings in ");
    if (p05 == 0) {
      s.append("as much revenue as ").append(base).append('.');
    } else {
      s.append(Unit.of(p05).text(Math.abs(p05))).append(p05 < 0 ? " less revenue." : " more revenue.");
    }
    return s.toString();
  }

  /**
   * The note on what the intervals of paired changes say: how precisely the mean change is known, not how
   * much the change varies from future to future (its standard deviation is the standard error times the
   * square root of the trials: with 100 trials or more, at least five times the interval's half-width).
   */
  static String pairingNote(Table compare) {
    String base = label(compare, 0);
    boolean varies = false;
    int fewest = Integer.MAX_VALUE;
    for (int row = 1; row < compare.rowCount(); row++) {
      if (compare.flags(CompareFile.PAIRED).get(row)) {
        varies |= value(compare, CompareFile.DELTA_REVENUE_STDERR, row) > 0;
        fewest = Math.min(fewest, trials(compare, row));
      }
    }
    String note = "Paired changes compare each future of a scenario with the same future of " + base
        + " (the same random numbers): pairing removes the noise of two separate samples, so the 95% interval "
        + "shows how precisely the mean change is known.";
    if (varies && fewest >= 100) {
      note += " The change itself varies far more from one future to another: the histograms below show it.";
    }
    return note;
  }

  /**
   * The note under the table on ES: it is measured below each scenario's own mean, so a scenario that loses
   * revenue in every future can show a smaller one than the base; the 5th percentile compares the worst
   * futures. Names the scenarios of the table for which the two disagree.
   */
  static String esNote(Table compare) {
    String base = label(compare, 0);
    double esBase = value(compare, CompareFile.ES95, 0);
    double p05Base = value(compare, CompareFile.REVENUE_P05, 0);
    List<String> misleading = new ArrayList<>();
    for (int row = 1; row < compare.rowCount(); row++) {
      double es = value(compare, CompareFile.ES95, row);
      double p05 = value(compare, CompareFile.REVENUE_P05, row);
      if (es < esBase && p05 < p05Base) {
        misleading.add(label(compare, row) + " (ES " + Amounts.money(es) + ", 5th percentile "
            + Amounts.money(p05) + ")");
      }
    }
    String note = ES_HEADER + " is how far the mean of the worst 5% of futures falls below that scenario's own "
        + "mean, so a scenario that earns less everywhere can show a smaller one. To compare how bad the worst "
        + "futures are, read Revenue, 5th pct: an absolute level, higher is better.";
    if (!misleading.isEmpty()) {
      note += " Here " + Lists.and(misleading) + (misleading.size() == 1 ? " has" : " have")
          + " a smaller ES than " + base + " (ES " + Amounts.money(esBase) + ", 5th percentile "
          + Amounts.money(p05Base) + ") but a lower 5th percentile: worse futures.";
    }
    return note;
  }

  /**
   * {@code compare.csv}'s table as the page shows it: "yes" or "no" for paired, and the base's changes as
   * missing (a dash), since it is not compared with itself; the file keeps its zeros.
   */
  static Table shown(Table compare) {
    int n = compare.rowCount();
    List<Column> columns = new ArrayList<>();
    columns.add(compare.texts(CompareFile.SCENARIO));
    columns.add(TextColumn.of(CompareFile.PAIRED.name(), n,
        i -> i == 0 ? "" : compare.flags(CompareFile.PAIRED).get(i) ? "yes" : "no"));
    for (ColumnSpec c : List.of(CompareFile.REVENUE_MEAN, CompareFile.REVENUE_P05, CompareFile.PROFIT_MEAN,
        CompareFile.ES95, CompareFile.PROBABILITY_BELOW)) {
      columns.add(compare.doubles(c));
    }
    for (ColumnSpec c : List.of(CompareFile.DELTA_REVENUE_MEAN, CompareFile.DELTA_REVENUE_STDERR,
        CompareFile.DELTA_PROFIT_MEAN, CompareFile.PROBABILITY_WORSE)) {
      columns.add(DoubleColumn.of(c.name(), n, i -> i == 0 ? Double.NaN : compare.doubles(c).get(i)));
    }
    if (compare.columnNames().contains(CompareFile.NPV_MEAN.name())) {
      columns.add(compare.doubles(CompareFile.NPV_MEAN));
      ColumnSpec c = CompareFile.DELTA_NPV_MEAN;
      columns.add(DoubleColumn.of(c.name(), n, i -> i == 0 ? Double.NaN : compare.doubles(c).get(i)));
    }
    return Table.of(compare.name(), columns);
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
