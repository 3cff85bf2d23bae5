package org.kamsim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamsim.model.Account;
import org.kamsim.model.Plan;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Column;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Summary;
import org.kamsim.results.Table;
import org.kamsim.results.TrialsFile;
import org.kamsim.simulation.AccountOutcome;
import org.kamsim.simulation.Concentration;
import org.kamsim.simulation.Distribution;
import org.kamsim.simulation.NpvFigures;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.PlanFigures;
import org.kamsim.simulation.Precision;
import org.kamsim.simulation.RiskMeasures;
import org.kamsim.simulation.ShockEffect;
import org.kamsim.simulation.SimulationResult;

/**
 * A simulation's results as the files of a result directory hold them ({@code summary.json},
 * {@code periods.csv}, {@code accounts.csv}, {@code trials.csv}; see {@link org.kamsim.results}): the one
 * place that turns the engine's objects into the files' records.
 */
final class SimulationFiles {
  private SimulationFiles() {}

  /** The figures of {@code summary.json}, not yet rounded (its writer rounds them). */
  static Summary summary(SimulationResult r) {
    return summary(r, Optional.empty());
  }

  /**
   * The figures of {@code summary.json} of a run to a precision: {@code precision} is what its first stage
   * found (the target, and whether it was met); the precision reached is recomputed from this result's own
   * revenue and profit, so that it agrees with the summary's standard errors to the last digit written.
   */
  static Summary summary(SimulationResult r, Optional<Precision> precision) {
    Scenario scenario = r.scenario();
    PlanFigures p = r.plan();
    return new Summary(
        scenario.name(),
        r.trials(),
        scenario.seed(),
        scenario.horizonMonths(),
        distribution(r.revenue()),
        distribution(r.profit()),
        risk(r.revenueAtRisk()),
        risk(r.profitAtRisk()),
        new Summary.AccountsLost(r.accountsLostMean(), r.accountsLostP95()),
        new Summary.Survival(scenario.survivalThreshold(), r.survivalRevenue(), r.probabilityBelowSurvival()),
        concentration(r.concentration()),
        new Summary.PlanValue(p.keyAccounts(), p.kams(), p.statusQuoKams(), p.programCostMean(),
            p.incrementalProfitMean(), p.incrementalProfitStderr(), p.incrementalProfitCi95Low(),
            p.incrementalProfitCi95High(), p.paybackMonth(), p.sameAsStatusQuo(), p.madeKey(), p.dropped(),
            scenario.plan().changes().stream().map(c -> new Summary.PlanChange(c.month(), c.promote(),
                c.demote(), c.headcount())).toList()),
        new Summary.StatusQuo(scenario.statusQuo().key(), scenario.statusQuo().headcount(),
            distribution(r.statusQuoRevenue()), distribution(r.statusQuoProfit())),
        shocks(scenario),
        r.shockEffect().map(e -> new Summary.ShockImpact(loss(e.revenueLoss()), loss(e.profitLoss()))),
        precision.map(stage -> precision(r, stage)),
        r.npv().map(SimulationFiles::npv));
  }

  private static Summary.Concentration concentration(Concentration c) {
    return new Summary.Concentration(c.hhi(), c.top1Share(), c.top5Share(), c.gini(), c.keyShareToday(),
        c.profitTop20Share(), c.accountsAbove10Pct(), c.accountsBelow1Pct());
  }

  private static Summary.Npv npv(NpvFigures n) {
    Distribution p = n.profit();
    return new Summary.Npv(n.discountRate(), n.terminalGrowth(),
        new Summary.NpvDistribution(p.mean(), p.stderr(), p.p05(), p.p50(), p.p95()), n.statusQuoProfitMean(),
        n.incrementalMean(), n.incrementalStderr(), n.incrementalCi95Low(), n.incrementalCi95High(),
        n.discountedPaybackMonth());
  }

  private static Summary.Precision precision(SimulationResult r, Precision stage) {
    double reached = Math.max(Precision.relativePercent(r.revenue().stderr(), r.revenue().mean()),
        Precision.relativePercent(r.profit().stderr(), r.profit().mean()));
    return new Summary.Precision(stage.targetPercent(), Double.isFinite(reached) ? reached : Double.NaN,
        r.trials(), stage.targetMet() ? Summary.Precision.TARGET : Summary.Precision.MAX_TRIALS);
  }

  /** The scenario's shocks as applied: each with the accounts it selects under the plan. */
  static List<Summary.ShockEvent> shocks(Scenario scenario) {
    Portfolio portfolio = scenario.portfolio();
    boolean[] key = scenario.plan().mask(portfolio);
    List<Summary.ShockEvent> events = new ArrayList<>();
    for (Shock shock : scenario.shocks()) {
      List<String> ids = selected(shock.selector(), portfolio, key);
      String select = shock.selector().text();
      int horizon = scenario.horizonMonths();
      Summary.ShockEvent event;
      if (shock instanceof Shock.Lose l) {
        event = new Summary.ShockEvent(Summary.ShockEvent.LOSE, select, l.month(), horizon, Double.NaN, ids);
      } else if (shock instanceof Shock.ChurnShock c) {
        event = new Summary.ShockEvent(Summary.ShockEvent.CHURN, select, c.from(), c.to(), c.factor(), ids);
      } else if (shock instanceof Shock.GrowthShock g) {
        event = new Summary.ShockEvent(Summary.ShockEvent.GROWTH, select, g.from(), g.to(), g.add(), ids);
      } else {
        Shock.MarginShock m = (Shock.MarginShock) shock;
        event = new Summary.ShockEvent(Summary.ShockEvent.MARGIN, select, m.from(), m.to(), m.add(), ids);
      }
      events.add(event);
    }
    return events;
  }

  private static List<String> selected(Selector selector, Portfolio portfolio, boolean[] key) {
    boolean[] asKey = selector.mask(portfolio, true);
    boolean[] asStandard = selector.mask(portfolio, false);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < portfolio.size(); i++) {
      if (key[i] ? asKey[i] : asStandard[i]) {
        ids.add(portfolio.get(i).id());
      }
    }
    return ids;
  }

  private static Summary.Distribution distribution(Distribution d) {
    return new Summary.Distribution(d.mean(), d.stderr(), d.p01(), d.p05(), d.p50(), d.p95(), d.p99());
  }

  private static Summary.Risk risk(RiskMeasures r) {
    return new Summary.Risk(r.var95(), r.var99(), r.es95(), r.es99());
  }

  private static Summary.PairedLoss loss(ShockEffect.PairedLoss l) {
    return new Summary.PairedLoss(l.mean(), l.stderr(), l.ci95Low(), l.ci95High(), l.p50(), l.p95());
  }

  /** {@code periods.csv}, with the discounting columns when the scenario has {@code finance}. */
  static Table periods(SimulationResult result) {
    List<Period> p = result.periods();
    int n = p.size();
    List<Column> columns = new ArrayList<>(List.of(
        PeriodsFile.MONTH.ints(n, i -> p.get(i).month()),
        PeriodsFile.REVENUE_MEAN.doubles(n, i -> p.get(i).revenueMean()),
        PeriodsFile.REVENUE_P05.doubles(n, i -> p.get(i).revenueP05()),
        PeriodsFile.REVENUE_P25.doubles(n, i -> p.get(i).revenueP25()),
        PeriodsFile.REVENUE_P50.doubles(n, i -> p.get(i).revenueP50()),
        PeriodsFile.REVENUE_P75.doubles(n, i -> p.get(i).revenueP75()),
        PeriodsFile.REVENUE_P95.doubles(n, i -> p.get(i).revenueP95()),
        PeriodsFile.PROFIT_MEAN.doubles(n, i -> p.get(i).profitMean()),
        PeriodsFile.ACTIVE_ACCOUNTS_MEAN.doubles(n, i -> p.get(i).activeAccountsMean()),
        PeriodsFile.STATUS_QUO_REVENUE_MEAN.doubles(n, i -> p.get(i).statusQuoRevenueMean()),
        PeriodsFile.STATUS_QUO_REVENUE_P50.doubles(n, i -> p.get(i).statusQuoRevenueP50()),
        PeriodsFile.STATUS_QUO_PROFIT_MEAN.doubles(n, i -> p.get(i).statusQuoProfitMean()),
        PeriodsFile.INCREMENTAL_PROFIT_MEAN.doubles(n, i -> p.get(i).incrementalProfitMean()),
        PeriodsFile.CUMULATIVE_INCREMENTAL_PROFIT_MEAN.doubles(n, i -> p.get(i).cumulativeIncrementalProfitMean()),
        PeriodsFile.REVENUE_MEAN_WITHOUT_SHOCKS.doubles(n, i -> p.get(i).revenueMeanWithoutShocks())));
    result.npv().ifPresent(npv -> {
      columns.add(PeriodsFile.DISCOUNT_FACTOR.doubles(n, i -> npv.discountFactors().get(i)));
      columns.add(PeriodsFile.CUMULATIVE_DISCOUNTED_INCREMENTAL_PROFIT_MEAN.doubles(n,
          i -> npv.cumulativeDiscountedIncrementalMean().get(i)));
    });
    Plan plan = result.scenario().plan();
    if (plan.phased()) {
      Portfolio portfolio = result.scenario().portfolio();
      columns.add(PeriodsFile.KEY_ACCOUNTS.ints(n, i -> count(plan.maskAt(portfolio, p.get(i).month()))));
      columns.add(PeriodsFile.KAMS.ints(n, i -> plan.headcountAt(p.get(i).month())));
    }
    return Table.of(PeriodsFile.NAME, columns);
  }

  private static int count(boolean[] mask) {
    int n = 0;
    for (boolean b : mask) {
      n += b ? 1 : 0;
    }
    return n;
  }

  /** {@code accounts.csv}, in portfolio order. */
  static Table accounts(SimulationResult result) {
    Scenario scenario = result.scenario();
    Portfolio portfolio = scenario.portfolio();
    double total = portfolio.totalRevenue();
    double es95 = result.revenueAtRisk().es95();
    List<AccountOutcome> outcomes = result.accounts();
    Account[] a = outcomes.stream().map(o -> portfolio.get(o.index())).toArray(Account[]::new);
    int n = a.length;
    boolean scored = !scenario.scoring().weights().isEmpty();
    boolean tiered = !scenario.scoring().tiers().isEmpty();
    List<String> tiers = scenario.scoring().tierNames(portfolio);
    return Table.of(AccountsFile.NAME,
        AccountsFile.ID.texts(n, i -> a[i].id()),
        AccountsFile.ACCOUNT_NAME.texts(n, i -> a[i].name()),
        AccountsFile.SEGMENT.texts(n, i -> a[i].segment()),
        AccountsFile.REGION.texts(n, i -> a[i].region()),
        AccountsFile.REVENUE_TODAY.doubles(n, i -> a[i].revenue()),
        AccountsFile.SHARE_TODAY.doubles(n, i -> total > 0 ? a[i].revenue() / total : Double.NaN),
        AccountsFile.KEY_TODAY.flags(n, i -> outcomes.get(i).keyToday()),
        AccountsFile.KEY_IN_PLAN.flags(n, i -> outcomes.get(i).keyInPlan()),
        AccountsFile.SCORE.doubles(n, i -> scored ? scenario.scoring().score(a[i]) : Double.NaN),
        AccountsFile.PROBABILITY_LOST.doubles(n, i -> outcomes.get(i).probabilityLost()),
        AccountsFile.EXPECTED_REVENUE.doubles(n, i -> outcomes.get(i).expectedRevenue()),
        AccountsFile.EXPECTED_PROFIT.doubles(n, i -> outcomes.get(i).expectedProfit()),
        AccountsFile.ES95_CONTRIBUTION.doubles(n, i -> outcomes.get(i).esContribution()),
        AccountsFile.ES95_CONTRIBUTION_SHARE.doubles(n,
            i -> es95 != 0 ? outcomes.get(i).esContribution() / es95 : Double.NaN),
        AccountsFile.COMPLEXITY.doubles(n, i -> a[i].complexity()),
        AccountsFile.REVENUE_LOST_TO_SHOCKS.doubles(n, i -> outcomes.get(i).revenueLostToShocks()),
        // Added after the earlier columns, so that readers by position keep working.
        AccountsFile.TIER.texts(n, i -> tiered ? tiers.get(outcomes.get(i).index()) : ""));
  }

  /** {@code trials.csv}, in trial order. */
  static Table trials(SimulationResult result) {
    double[] lost = result.accountsLostByTrial();
    int n = lost.length;
    Optional<ShockEffect> shocks = result.shockEffect();
    double[] none = new double[n];
    java.util.Arrays.fill(none, Double.NaN);
    return Table.of(TrialsFile.NAME,
        TrialsFile.TRIAL.ints(n, i -> i),
        TrialsFile.REVENUE.doubles(result.revenueByTrial()),
        TrialsFile.PROFIT.doubles(result.profitByTrial()),
        TrialsFile.STATUS_QUO_REVENUE.doubles(result.statusQuoRevenueByTrial()),
        TrialsFile.STATUS_QUO_PROFIT.doubles(result.statusQuoProfitByTrial()),
        TrialsFile.PROGRAM_COST.doubles(result.programCostByTrial()),
        TrialsFile.ACCOUNTS_LOST.ints(n, i -> (int) Math.round(lost[i])),
        TrialsFile.REVENUE_WITHOUT_SHOCKS.doubles(
            shocks.map(ShockEffect::revenueWithoutShocksByTrial).orElse(none)),
        TrialsFile.PROFIT_WITHOUT_SHOCKS.doubles(
            shocks.map(ShockEffect::profitWithoutShocksByTrial).orElse(none)));
  }
}
