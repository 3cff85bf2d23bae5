package org.kamsim.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.kamsim.analysis.Comparison;
import org.kamsim.analysis.Difference;
import org.kamsim.analysis.Outcome;
import org.kamsim.model.Finance;
import org.kamsim.report.chart.CompareCharts;
import org.kamsim.report.html.ComparePage;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.CompareTrialsFile;
import org.kamsim.results.Table;
import org.kamsim.simulation.NpvFigures;
import org.kamsim.simulation.Period;

/**
 * A comparison ({@code kamsim compare}) as the files of its directory hold it: {@code compare.csv},
 * {@code compare-periods.csv} and {@code compare-trials.csv} (see {@link CompareFile},
 * {@link ComparePeriodsFile}, {@link CompareTrialsFile}), its report drawn from those tables alone, and the
 * terminal's lines read from the same table, so that what is printed, drawn and written agree.
 */
public final class CompareFiles {
  private CompareFiles() {}

  /** The three tables of a comparison, rounded as their files write them. */
  public record Tables(Table compare, Table periods, Table trials) {
    /** The tables as the writer's files, in the order they are written. */
    public List<AnalysisWriter.CsvFile> files() {
      return List.of(new AnalysisWriter.CsvFile(CompareFile.NAME, compare,
              CompareFile.columns(compare.columnNames().contains(CompareFile.NPV_MEAN.name()))),
          new AnalysisWriter.CsvFile(ComparePeriodsFile.NAME, periods,
              ComparePeriodsFile.columns(periods.columnNames().contains(ComparePeriodsFile.KAMS.name()))),
          new AnalysisWriter.CsvFile(CompareTrialsFile.NAME, trials, CompareTrialsFile.COLUMNS));
    }
  }

  /**
   * How each scenario is named in the files: its name, or, when another scenario has the same name, its
   * name and its file ({@code "baseline (scenarios/b.yaml)"}), so that the {@code scenario} column tells
   * every row apart. Null when even that does not (the same file given twice).
   *
   * @param names the scenarios' names, the base first
   * @param files their files as given
   */
  public static List<String> labels(List<String> names, List<String> files) {
    Map<String, Integer> count = new HashMap<>();
    for (String n : names) {
      count.merge(n, 1, Integer::sum);
    }
    List<String> labels = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      String label = count.get(n) > 1 ? n + " (" + files.get(i) + ")" : n;
      if (labels.contains(label)) {
        return null;
      }
      labels.add(label);
    }
    return labels;
  }

  /**
   * @param c the comparison
   * @param labels each entry's name in the files ({@link #labels})
   * @param files each entry's file as given
   */
  public static Tables tables(Comparison c, List<String> labels, List<String> files) {
    return new Tables(compare(c, labels, files), periods(c, labels), trials(c, labels));
  }

  static Table compare(Comparison c, List<String> labels, List<String> files) {
    List<Comparison.Entry> e = c.entries();
    int n = e.size();
    List<Column> columns = new ArrayList<>(List.of(
        CompareFile.SCENARIO.texts(n, labels::get),
        CompareFile.FILE.texts(n, files::get),
        CompareFile.TRIALS.ints(n, i -> out(e, i).trials()),
        CompareFile.PAIRED.flags(n, i -> e.get(i).paired()),
        CompareFile.REVENUE_MEAN.doubles(n, i -> out(e, i).revenue().mean()),
        CompareFile.REVENUE_STDERR.doubles(n, i -> out(e, i).revenue().stderr()),
        CompareFile.REVENUE_P05.doubles(n, i -> out(e, i).revenue().p05()),
        CompareFile.REVENUE_P50.doubles(n, i -> out(e, i).revenue().p50()),
        CompareFile.REVENUE_P95.doubles(n, i -> out(e, i).revenue().p95()),
        CompareFile.PROFIT_MEAN.doubles(n, i -> out(e, i).profit().mean()),
        CompareFile.PROFIT_STDERR.doubles(n, i -> out(e, i).profit().stderr()),
        CompareFile.PROFIT_P05.doubles(n, i -> out(e, i).profit().p05()),
        CompareFile.VAR95.doubles(n, i -> out(e, i).revenueAtRisk().var95()),
        CompareFile.ES95.doubles(n, i -> out(e, i).revenueAtRisk().es95()),
        CompareFile.PROBABILITY_BELOW.doubles(n, i -> out(e, i).probabilityBelow()),
        CompareFile.ACCOUNTS_LOST_MEAN.doubles(n, i -> out(e, i).accountsLostMean()),
        CompareFile.DELTA_REVENUE_MEAN.doubles(n, i -> rev(e, i).mean()),
        CompareFile.DELTA_REVENUE_STDERR.doubles(n, i -> rev(e, i).stderr()),
        CompareFile.DELTA_REVENUE_CI95_LOW.doubles(n, i -> rev(e, i).ci95Low()),
        CompareFile.DELTA_REVENUE_CI95_HIGH.doubles(n, i -> rev(e, i).ci95High()),
        CompareFile.DELTA_PROFIT_MEAN.doubles(n, i -> prof(e, i).mean()),
        CompareFile.DELTA_PROFIT_STDERR.doubles(n, i -> prof(e, i).stderr()),
        CompareFile.DELTA_PROFIT_CI95_LOW.doubles(n, i -> prof(e, i).ci95Low()),
        CompareFile.DELTA_PROFIT_CI95_HIGH.doubles(n, i -> prof(e, i).ci95High()),
        CompareFile.DELTA_REVENUE_P05.doubles(n, i -> rev(e, i).p05()),
        CompareFile.PROBABILITY_WORSE.doubles(n, i -> rev(e, i).probabilityLower()),
        CompareFile.KEY_ACCOUNTS.ints(n, i -> out(e, i).plan().keyAccounts().size()),
        CompareFile.KAMS.ints(n, i -> out(e, i).plan().kams()),
        CompareFile.PLAN_SAME_AS_STATUS_QUO.flags(n, i -> out(e, i).plan().sameAsStatusQuo()),
        CompareFile.INCREMENTAL_PROFIT_MEAN.doubles(n, i -> out(e, i).plan().incrementalProfitMean()),
        CompareFile.INCREMENTAL_PROFIT_CI95_LOW.doubles(n, i -> out(e, i).plan().incrementalProfitCi95Low()),
        CompareFile.INCREMENTAL_PROFIT_CI95_HIGH.doubles(n, i -> out(e, i).plan().incrementalProfitCi95High()),
        CompareFile.PAYBACK_MONTH.doubles(n, i -> {
          OptionalInt month = out(e, i).plan().paybackMonth();
          return month.isPresent() ? month.getAsInt() : Double.NaN;
        })));
    if (c.anyFinance()) {
      columns.addAll(finance(c));
    }
    return Table.of(CompareFile.NAME, columns);
  }

  /**
   * The NPV columns ({@link CompareFile#FINANCE_COLUMNS}): each scenario's rates, and its NPV figures only
   * when every scenario discounts alike ({@link Comparison#npvComparable}); empty cells otherwise.
   */
  private static List<Column> finance(Comparison c) {
    List<Comparison.Entry> e = c.entries();
    int n = e.size();
    boolean comparable = c.npvComparable();
    IntFunction<Optional<Finance>> finance = i -> out(e, i).scenario().finance();
    IntFunction<Optional<NpvFigures>> npv = i -> comparable ? out(e, i).npv() : Optional.empty();
    IntFunction<Optional<Difference>> change = i -> e.get(i).npvChange();
    return List.of(
        CompareFile.DISCOUNT_RATE.doubles(n, i -> finance.apply(i).map(Finance::discountRate).orElse(Double.NaN)),
        CompareFile.TERMINAL_GROWTH.doubles(n, i -> finance.apply(i).map(f -> f.terminalGrowth().orElse(Double.NaN))
            .orElse(Double.NaN)),
        CompareFile.NPV_MEAN.doubles(n, i -> npv.apply(i).map(f -> f.profit().mean()).orElse(Double.NaN)),
        CompareFile.NPV_STDERR.doubles(n, i -> npv.apply(i).map(f -> f.profit().stderr()).orElse(Double.NaN)),
        CompareFile.DELTA_NPV_MEAN.doubles(n, i -> change.apply(i).map(Difference::mean).orElse(Double.NaN)),
        CompareFile.DELTA_NPV_STDERR.doubles(n, i -> change.apply(i).map(Difference::stderr).orElse(Double.NaN)),
        CompareFile.DELTA_NPV_CI95_LOW.doubles(n, i -> change.apply(i).map(Difference::ci95Low).orElse(Double.NaN)),
        CompareFile.DELTA_NPV_CI95_HIGH.doubles(n, i -> change.apply(i).map(Difference::ci95High)
            .orElse(Double.NaN)),
        CompareFile.INCREMENTAL_NPV_MEAN.doubles(n, i -> npv.apply(i).map(NpvFigures::incrementalMean)
            .orElse(Double.NaN)),
        CompareFile.INCREMENTAL_NPV_CI95_LOW.doubles(n, i -> npv.apply(i).map(NpvFigures::incrementalCi95Low)
            .orElse(Double.NaN)),
        CompareFile.INCREMENTAL_NPV_CI95_HIGH.doubles(n, i -> npv.apply(i).map(NpvFigures::incrementalCi95High)
            .orElse(Double.NaN)),
        CompareFile.DISCOUNTED_PAYBACK_MONTH.doubles(n, i -> npv.apply(i).map(f -> f.discountedPaybackMonth())
            .filter(OptionalInt::isPresent).map(m -> (double) m.getAsInt()).orElse(Double.NaN)));
  }

  private static Outcome out(List<Comparison.Entry> e, int i) {
    return e.get(i).outcome();
  }

  private static Difference rev(List<Comparison.Entry> e, int i) {
    return e.get(i).revenueChange();
  }

  private static Difference prof(List<Comparison.Entry> e, int i) {
    return e.get(i).profitChange();
  }

  static Table periods(Comparison c, List<String> labels) {
    List<String> scenario = new ArrayList<>();
    List<Period> rows = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (int k = 0; k < c.entries().size(); k++) {
      for (Period p : c.entries().get(k).outcome().periods()) {
        scenario.add(labels.get(k));
        rows.add(p);
        outcomes.add(c.entries().get(k).outcome());
      }
    }
    int n = rows.size();
    List<Column> columns = new ArrayList<>(List.of(
        ComparePeriodsFile.SCENARIO.texts(n, scenario::get),
        ComparePeriodsFile.MONTH.ints(n, i -> rows.get(i).month()),
        ComparePeriodsFile.REVENUE_MEAN.doubles(n, i -> rows.get(i).revenueMean()),
        ComparePeriodsFile.REVENUE_P05.doubles(n, i -> rows.get(i).revenueP05()),
        ComparePeriodsFile.REVENUE_P50.doubles(n, i -> rows.get(i).revenueP50()),
        ComparePeriodsFile.REVENUE_P95.doubles(n, i -> rows.get(i).revenueP95()),
        ComparePeriodsFile.PROFIT_MEAN.doubles(n, i -> rows.get(i).profitMean())));
    if (c.anyPhased()) {
      columns.add(ComparePeriodsFile.KEY_ACCOUNTS.ints(n, i -> outcomes.get(i).keyAccountsAt(rows.get(i).month())));
      columns.add(ComparePeriodsFile.KAMS.ints(n, i -> outcomes.get(i).kamsAt(rows.get(i).month())));
    }
    return Table.of(ComparePeriodsFile.NAME, columns);
  }

  static Table trials(Comparison c, List<String> labels) {
    double[] baseRevenue = c.base().outcome().revenueByTrial();
    double[] baseProfit = c.base().outcome().profitByTrial();
    int n = 0;
    for (Comparison.Entry e : c.entries()) {
      n += e.outcome().trials();
    }
    int[] entry = new int[n];
    int[] trial = new int[n];
    double[] revenue = new double[n];
    double[] profit = new double[n];
    double[] deltaRevenue = new double[n];
    double[] deltaProfit = new double[n];
    int row = 0;
    for (int k = 0; k < c.entries().size(); k++) {
      Comparison.Entry e = c.entries().get(k);
      double[] r = e.outcome().revenueByTrial();
      double[] p = e.outcome().profitByTrial();
      for (int i = 0; i < r.length; i++, row++) {
        entry[row] = k;
        trial[row] = i;
        revenue[row] = r[i];
        profit[row] = p[i];
        deltaRevenue[row] = e.paired() ? r[i] - baseRevenue[i] : Double.NaN;
        deltaProfit[row] = e.paired() ? p[i] - baseProfit[i] : Double.NaN;
      }
    }
    return Table.of(CompareTrialsFile.NAME,
        CompareTrialsFile.SCENARIO.texts(n, i -> labels.get(entry[i])),
        CompareTrialsFile.TRIAL.ints(n, i -> trial[i]),
        CompareTrialsFile.REVENUE.doubles(revenue),
        CompareTrialsFile.PROFIT.doubles(profit),
        CompareTrialsFile.DELTA_REVENUE.doubles(deltaRevenue),
        CompareTrialsFile.DELTA_PROFIT.doubles(deltaProfit));
  }

  /**
   * The report of {@code t}: its charts and its page.
   *
   * @param c the comparison the tables were built from (for the seeds and the reasons a run is unpaired,
   *     which the files do not hold)
   * @param command the command line, for the page's "what was run"
   * @param precisionNote what {@code --precision} chose, in a sentence; empty without it
   */
  public static AnalysisWriter.Page page(Tables t, Comparison c, List<String> command, String precisionNote) {
    List<Long> seeds = new ArrayList<>();
    List<Integer> horizons = new ArrayList<>();
    List<String> unpaired = new ArrayList<>();
    for (Comparison.Entry e : c.entries()) {
      seeds.add(e.outcome().scenario().seed());
      horizons.add(e.outcome().scenario().horizonMonths());
      unpaired.add(e.unpairedBecause().orElse(""));
    }
    ComparePage.Run run = new ComparePage.Run(seeds, horizons, unpaired, command, precisionNote);
    List<String> names = AnalysisWriter.names(t.files());
    return new AnalysisWriter.Page(CompareCharts.of(t.compare(), t.periods(), t.trials()),
        rendered -> ComparePage.render(t.compare(), t.periods(), t.trials(), run, rendered, names));
  }

  /**
   * The terminal's lines, read from {@code compare.csv}'s table: per scenario other than the base, the
   * change in mean NPV (when every scenario discounts alike; otherwise a line says why not), in mean horizon
   * revenue and in mean horizon profit, each with its 95% half-width, and whether
   * they are paired. Profit too: a program that earns more revenue may still cost more than it brings.
   */
  public static List<String> summary(Table compare) {
    List<String> lines = new ArrayList<>();
    String base = compare.texts(CompareFile.SCENARIO).get(0);
    boolean npv = compare.columnNames().contains(CompareFile.DELTA_NPV_MEAN.name());
    boolean npvCompared = npv && !Double.isNaN(compare.doubles(CompareFile.DELTA_NPV_MEAN).get(0));
    lines.add("Change in " + (npvCompared ? "NPV and " : "") + "horizon totals against " + base
        + " (mean \u00b1 1.96 standard errors):");
    for (int i = 1; i < compare.rowCount(); i++) {
      boolean npvHere = npv && !Double.isNaN(compare.doubles(CompareFile.DELTA_NPV_MEAN).get(i));
      lines.add("  " + compare.texts(CompareFile.SCENARIO).get(i) + ": "
          + (npvHere ? "NPV " + change(compare, i, CompareFile.DELTA_NPV_MEAN, CompareFile.DELTA_NPV_CI95_LOW,
              CompareFile.DELTA_NPV_CI95_HIGH) + ", " : "")
          + "revenue "
          + change(compare, i, CompareFile.DELTA_REVENUE_MEAN, CompareFile.DELTA_REVENUE_CI95_LOW,
              CompareFile.DELTA_REVENUE_CI95_HIGH)
          + ", profit " + change(compare, i, CompareFile.DELTA_PROFIT_MEAN, CompareFile.DELTA_PROFIT_CI95_LOW,
              CompareFile.DELTA_PROFIT_CI95_HIGH)
          + ", " + (compare.flags(CompareFile.PAIRED).get(i) ? "paired" : "unpaired"));
    }
    ComparePage.npvUnlike(compare).ifPresent(why -> lines.add("  " + why));
    return lines;
  }

  /** A change with its 95% half-width, in the unit of the larger: "+7.88 million \u00b1 0.08 million". */
  private static String change(Table compare, int row, ColumnSpec mean, ColumnSpec low, ColumnSpec high) {
    double m = compare.doubles(mean).get(row);
    double halfWidth = (compare.doubles(high).get(row) - compare.doubles(low).get(row)) / 2;
    Amounts.Unit unit = Amounts.Unit.ofLargest(m, halfWidth);
    return (m > 0 ? "+" : "") + unit.text(m) + " \u00b1 " + unit.text(halfWidth);
  }
}
