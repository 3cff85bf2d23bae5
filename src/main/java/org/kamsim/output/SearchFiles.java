package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.optimise.AccountValue;
import org.kamsim.optimise.Assessment;
import org.kamsim.optimise.Comparison;
import org.kamsim.optimise.FrontierPoint;
import org.kamsim.optimise.ObjectiveFunction;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.StaffingPoint;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.PlanJson;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.StaffingFile;
import org.kamsim.results.Table;

/**
 * An optimisation's results as the files of {@code kamsim optimise} hold them ({@code plan.json},
 * {@code plan.csv}, {@code staffing.csv}, {@code convergence.csv}, {@code frontier.csv}): the one place that
 * turns the optimiser's objects into the files' records. Every figure of a plan is from the fresh trials.
 */
final class SearchFiles {
  private SearchFiles() {}

  /** Writes the optimiser's files into {@code dir}. */
  static void write(ResultWriter.SearchText files, Path dir) throws IOException {
    java.nio.file.Files.writeString(dir.resolve(ResultFiles.PLAN), files.planText());
    PlanSearch s = files.search();
    CsvFormat.write(s.planAccounts(), PlanAccountsFile.COLUMNS, dir.resolve(PlanAccountsFile.NAME));
    CsvFormat.write(s.staffing(), StaffingFile.COLUMNS, dir.resolve(StaffingFile.NAME));
    CsvFormat.write(s.convergence(), ConvergenceFile.COLUMNS, dir.resolve(ConvergenceFile.NAME));
    if (s.frontier().isPresent()) {
      CsvFormat.write(s.frontier().get(), FrontierFile.COLUMNS, dir.resolve(FrontierFile.NAME));
    }
  }

  /** {@code plan.json}'s content, not yet rounded (its writer rounds it). */
  static PlanSearch.Chosen chosen(OptimisationResult r) {
    Assessment best = r.optimised();
    List<PlanSearch.Baseline> baselines = new ArrayList<>();
    for (Comparison c : r.baselines()) {
      Assessment b = c.baseline();
      baselines.add(new PlanSearch.Baseline(b.name(), b.plan().key(), b.plan().headcount(), objective(b),
          figures(b), difference(c.advantage()), difference(c.profitAdvantage()), c.sameAsOptimised()));
    }
    return new PlanSearch.Chosen(r.scenario().name(), r.scenario().optimise().objective(), objective(best),
        r.scenario().optimise().riskAversion(), best.plan().key(), best.plan().headcount(), r.scenario().seed(),
        r.searchTrials(), r.validationSeed(), r.validationTrials(), r.evaluations(), figures(best), baselines,
        r.scenario().finance().map(f -> new PlanSearch.Npv(f.discountRate(), f.terminalGrowth())));
  }

  private static PlanSearch.ObjectiveValue objective(Assessment a) {
    return new PlanSearch.ObjectiveValue(a.objective(), a.objectiveStderr());
  }

  private static PlanSearch.Figures figures(Assessment a) {
    return new PlanSearch.Figures(a.meanProfit(), a.profitStderr(), a.es95Profit(), a.tailMeanProfit(),
        a.meanRevenue(), a.probabilityBelowSurvival(), a.load(), a.capacity());
  }

  private static PlanSearch.Difference difference(ObjectiveFunction.Difference d) {
    return new PlanSearch.Difference(d.value(), d.stderr(), d.low(), d.high());
  }

  /** How the objective's columns are rounded: money, or a probability. */
  private static ColumnSpec objective(ColumnSpec spec, OptimisationResult r) {
    return spec.withFormat(PlanJson.format(r.scenario().optimise().objective()));
  }

  /** {@code plan.csv}, in portfolio order. */
  static Table planAccounts(OptimisationResult r) {
    Portfolio p = r.scenario().portfolio();
    List<AccountValue> v = r.accounts();
    Account[] a = v.stream().map(x -> p.get(x.index())).toArray(Account[]::new);
    int n = a.length;
    return Table.of(PlanAccountsFile.NAME,
        PlanAccountsFile.ID.texts(n, i -> a[i].id()),
        PlanAccountsFile.ACCOUNT_NAME.texts(n, i -> a[i].name()),
        PlanAccountsFile.SEGMENT.texts(n, i -> a[i].segment()),
        PlanAccountsFile.REGION.texts(n, i -> a[i].region()),
        PlanAccountsFile.REVENUE_TODAY.doubles(n, i -> a[i].revenue()),
        PlanAccountsFile.COMPLEXITY.doubles(n, i -> a[i].complexity()),
        PlanAccountsFile.SCORE.doubles(n, i -> v.get(i).score()),
        PlanAccountsFile.KEY_TODAY.flags(n, i -> v.get(i).keyToday()),
        PlanAccountsFile.KEY_IN_PLAN.flags(n, i -> v.get(i).keyInPlan()),
        PlanAccountsFile.INCREMENTAL_VALUE.doubles(n, i -> v.get(i).incrementalValue()));
  }

  /** {@code staffing.csv}, by headcount. */
  static Table staffing(OptimisationResult r) {
    List<StaffingPoint> s = r.staffing();
    int n = s.size();
    return Table.of(StaffingFile.NAME,
        StaffingFile.HEADCOUNT.ints(n, i -> s.get(i).headcount()),
        StaffingFile.KEY_ACCOUNTS.ints(n, i -> s.get(i).assessment().plan().key().size()),
        StaffingFile.LOAD.doubles(n, i -> s.get(i).assessment().load()),
        StaffingFile.CAPACITY.doubles(n, i -> s.get(i).assessment().capacity()),
        objective(StaffingFile.SEARCH_OBJECTIVE, r).doubles(n, i -> s.get(i).searchObjective()),
        objective(StaffingFile.OBJECTIVE, r).doubles(n, i -> s.get(i).assessment().objective()),
        objective(StaffingFile.OBJECTIVE_STDERR, r).doubles(n, i -> s.get(i).assessment().objectiveStderr()),
        StaffingFile.MEAN_PROFIT.doubles(n, i -> s.get(i).assessment().meanProfit()),
        StaffingFile.PROFIT_STDERR.doubles(n, i -> s.get(i).assessment().profitStderr()),
        StaffingFile.ES95_PROFIT.doubles(n, i -> s.get(i).assessment().es95Profit()),
        StaffingFile.TAIL_MEAN_PROFIT.doubles(n, i -> s.get(i).assessment().tailMeanProfit()),
        objective(StaffingFile.MARGINAL_OBJECTIVE, r).doubles(n, i -> marginal(s.get(i).marginal()).value()),
        objective(StaffingFile.MARGINAL_STDERR, r).doubles(n, i -> marginal(s.get(i).marginal()).stderr()),
        objective(StaffingFile.MARGINAL_CI95_LOW, r).doubles(n, i -> marginal(s.get(i).marginal()).low()),
        objective(StaffingFile.MARGINAL_CI95_HIGH, r).doubles(n, i -> marginal(s.get(i).marginal()).high()),
        StaffingFile.MARGINAL_PROFIT.doubles(n, i -> marginal(s.get(i).marginalProfit()).value()),
        StaffingFile.MARGINAL_PROFIT_CI95_LOW.doubles(n, i -> marginal(s.get(i).marginalProfit()).low()),
        StaffingFile.MARGINAL_PROFIT_CI95_HIGH.doubles(n, i -> marginal(s.get(i).marginalProfit()).high()));
  }

  /** A difference, or one of NaNs (empty cells) for the smallest headcount, which has none. */
  private static ObjectiveFunction.Difference marginal(ObjectiveFunction.Difference d) {
    return d == null ? new ObjectiveFunction.Difference(Double.NaN, Double.NaN) : d;
  }

  /** {@code convergence.csv}, phase by phase. */
  static Table convergence(OptimisationResult r) {
    List<OptimisationResult.GenerationRecord> g = r.convergence();
    int n = g.size();
    return Table.of(ConvergenceFile.NAME,
        ConvergenceFile.PHASE.texts(n, i -> g.get(i).phase()),
        ConvergenceFile.GENERATION.ints(n, i -> Math.toIntExact(g.get(i).generation())),
        objective(ConvergenceFile.BEST, r).doubles(n, i -> g.get(i).best()),
        objective(ConvergenceFile.MEAN, r).doubles(n, i -> g.get(i).mean()),
        ConvergenceFile.BEST_HEADCOUNT.ints(n, i -> g.get(i).bestHeadcount()));
  }

  /** {@code frontier.csv}, when a frontier was searched. */
  static Optional<Table> frontier(OptimisationResult r) {
    List<FrontierPoint> f = r.frontier();
    if (f.isEmpty()) {
      return Optional.empty();
    }
    int n = f.size();
    return Optional.of(Table.of(FrontierFile.NAME,
        FrontierFile.HEADCOUNT.ints(n, i -> f.get(i).headcount()),
        FrontierFile.KEY_ACCOUNTS.ints(n, i -> f.get(i).assessment().plan().key().size()),
        FrontierFile.MEAN_PROFIT.doubles(n, i -> f.get(i).assessment().meanProfit()),
        FrontierFile.TAIL_MEAN_PROFIT.doubles(n, i -> f.get(i).assessment().tailMeanProfit()),
        FrontierFile.ES95_PROFIT.doubles(n, i -> f.get(i).assessment().es95Profit()),
        objective(FrontierFile.OBJECTIVE, r).doubles(n, i -> f.get(i).assessment().objective()),
        FrontierFile.PROBABILITY_BELOW_SURVIVAL.doubles(n,
            i -> f.get(i).assessment().probabilityBelowSurvival()),
        FrontierFile.KEY.texts(n, i -> String.join(" ", f.get(i).assessment().plan().key()))));
  }
}
