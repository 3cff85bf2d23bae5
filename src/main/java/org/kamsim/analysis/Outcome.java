package org.kamsim.analysis;

import java.util.List;
import java.util.Optional;
import org.kamsim.model.Plan;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.Distribution;
import org.kamsim.simulation.NpvFigures;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.PlanFigures;
import org.kamsim.simulation.RiskMeasures;
import org.kamsim.simulation.SimulationResult;

/**
 * What an analysis keeps of one run: the headline figures, the months, and each trial's horizon revenue,
 * profit and incremental profit (plan minus status quo) for paired differences. A few arrays of one value
 * per trial, so that an analysis of dozens of runs holds dozens of these rather than their full results.
 */
public final class Outcome {
  private final Scenario scenario;
  private final Distribution revenue;
  private final Distribution profit;
  private final RiskMeasures revenueAtRisk;
  private final double survivalRevenue;
  private final double probabilityBelow;
  private final double accountsLostMean;
  private final PlanFigures plan;
  private final List<Period> periods;
  private final double[] revenueByTrial;
  private final double[] profitByTrial;
  private final double[] incrementalProfitByTrial;
  private final double[] accountRevenue;
  private final NpvFigures npv;
  /** The plan's NPV of each trial; null without {@code finance}. */
  private final double[] npvByTrial;
  private final int[] keyAccountsByMonth;
  private final int[] kamsByMonth;

  private Outcome(SimulationResult r) {
    scenario = r.scenario();
    revenue = r.revenue();
    profit = r.profit();
    revenueAtRisk = r.revenueAtRisk();
    survivalRevenue = r.survivalRevenue();
    probabilityBelow = r.probabilityBelowSurvival();
    accountsLostMean = r.accountsLostMean();
    plan = r.plan();
    periods = r.periods();
    revenueByTrial = r.revenueByTrial();
    profitByTrial = r.profitByTrial();
    double[] statusQuo = r.statusQuoProfitByTrial();
    incrementalProfitByTrial = new double[profitByTrial.length];
    for (int i = 0; i < statusQuo.length; i++) {
      incrementalProfitByTrial[i] = profitByTrial[i] - statusQuo[i];
    }
    accountRevenue = r.accounts().stream().mapToDouble(a -> a.expectedRevenue()).toArray();
    npv = r.npv().orElse(null);
    npvByTrial = r.npvByTrial().orElse(null);
    Plan plan = scenario.plan();
    int months = scenario.horizonMonths();
    keyAccountsByMonth = new int[months];
    kamsByMonth = new int[months];
    for (int t = 1; t <= months; t++) {
      int key = 0;
      for (boolean k : plan.maskAt(scenario.portfolio(), t)) {
        key += k ? 1 : 0;
      }
      keyAccountsByMonth[t - 1] = key;
      kamsByMonth[t - 1] = plan.headcountAt(t);
    }
  }

  public static Outcome of(SimulationResult result) {
    return new Outcome(result);
  }

  public Scenario scenario() {
    return scenario;
  }

  public int trials() {
    return revenueByTrial.length;
  }

  /** Horizon revenue across trials. */
  public Distribution revenue() {
    return revenue;
  }

  /** Horizon profit across trials. */
  public Distribution profit() {
    return profit;
  }

  public RiskMeasures revenueAtRisk() {
    return revenueAtRisk;
  }

  /** The survival threshold in horizon revenue: {@code survival_threshold x revenue today x T / 12}. */
  public double survivalRevenue() {
    return survivalRevenue;
  }

  /** Share of trials whose horizon revenue is below {@link #survivalRevenue}. */
  public double probabilityBelow() {
    return probabilityBelow;
  }

  public double accountsLostMean() {
    return accountsLostMean;
  }

  public PlanFigures plan() {
    return plan;
  }

  /** One per month, as in {@code periods.csv}. */
  public List<Period> periods() {
    return periods;
  }

  /** Each trial's horizon revenue, in trial order (a copy). */
  public double[] revenueByTrial() {
    return revenueByTrial.clone();
  }

  /** Each trial's horizon profit, in trial order (a copy). */
  public double[] profitByTrial() {
    return profitByTrial.clone();
  }

  /** Each trial's plan profit minus its status quo profit, in trial order (a copy). */
  public double[] incrementalProfitByTrial() {
    return incrementalProfitByTrial.clone();
  }

  /**
   * Each account's mean horizon revenue, in portfolio order (a copy): with {@link Pairing paired} runs, what
   * an account's own draws earn it, which no other account's loss changes (reverse stress adds these up).
   */
  public double[] accountRevenue() {
    return accountRevenue.clone();
  }

  /** The plan's and status quo's net present values; empty when the scenario has no {@code finance}. */
  public Optional<NpvFigures> npv() {
    return Optional.ofNullable(npv);
  }

  /** Each trial's NPV of the plan, in trial order (a copy); empty when the scenario has no {@code finance}. */
  public Optional<double[]> npvByTrial() {
    return Optional.ofNullable(npvByTrial).map(double[]::clone);
  }

  /** Whether the scenario's plan changes during the horizon (MODEL.md, "Phased plans"). */
  public boolean phased() {
    return scenario.plan().phased();
  }

  /** The number of key accounts in month {@code t} (1-based) of the plan. */
  public int keyAccountsAt(int t) {
    return keyAccountsByMonth[t - 1];
  }

  /** The KAM headcount in month {@code t} (1-based) of the plan. */
  public int kamsAt(int t) {
    return kamsByMonth[t - 1];
  }

  /** {@code other - this} in horizon revenue; paired when the two runs are (see {@link Pairing}). */
  public Difference revenueChange(Outcome other) {
    return Difference.of(revenueByTrial, other.revenueByTrial, Pairing.paired(scenario, other.scenario));
  }

  /** {@code other - this} in horizon profit; paired when the two runs are (see {@link Pairing}). */
  public Difference profitChange(Outcome other) {
    return Difference.of(profitByTrial, other.profitByTrial, Pairing.paired(scenario, other.scenario));
  }
}
