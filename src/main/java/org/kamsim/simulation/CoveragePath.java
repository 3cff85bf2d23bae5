package org.kamsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Shock;

/**
 * Everything about one account under one coverage that does not change from trial to trial, precomputed
 * so the kernel's month loop does no {@code log}, {@code pow} or {@code Phi^-1}.
 *
 * <p>The month arrays (index {@code t} is month {@code t + 1}) describe the path on which the account's
 * KAM never leaves. When a trial draws a KAM departure, the kernel rebuilds the months from the departure
 * on with {@link #rebuildAfterAttrition}, using the per-month bases kept here.
 *
 * <p>Modelling choices where MODEL.md is silent, here so they are in one place:
 * <ul>
 *   <li>Annual churn after the program, demotion and shock multipliers is capped at 1 (certain loss in
 *       that month); annual growth after uplift and shocks is floored at -1 (revenue falls to zero).
 *   <li>A churn shock multiplies the annual churn after the coverage effect; growth and margin shocks add.
 *   <li>A KAM departure in month {@code a} is decided at the start of the month, before churn: months
 *       {@code a .. a + vacancy - 1} get no churn or growth effect, and the new KAM starts in month
 *       {@code a + vacancy} with {@code t_cov = 1}. The new KAM can leave from month
 *       {@code max(a + vacancy, a + 1)}.
 * </ul>
 */
final class CoveragePath {
  final Coverage coverage;
  final int horizon;
  /**
   * The account is key in months {@code [join, leave)} (1-based; {@code horizon + 1} for never), which a
   * phased plan moves; a plan that never changes has {@code join = 1} for its key set.
   */
  final int join;
  final int leave;
  /** Whether the key months are not simply all or none: costs and program cost are then read per month. */
  final boolean phased;
  /** When {@link #phased}: the month's cost to serve plus overhead, and its discount (0 outside the key set). */
  final double[] monthCost;
  final double[] monthDiscount;
  /** When {@link #phased} and KAMs can leave: hazard increment and drift of the months outside the key set. */
  private final double[] outsideHazard;
  private final double[] outsideDrift;
  /** First month (1-based) in which the account is lost for certain; {@code horizon + 1} when never. */
  final int lossMonth;
  /** Churned by month t+1 iff the copula latent {@code X <= threshold[t]} (KAM never leaving). */
  final double[] threshold;
  /** Cumulative monthly hazard {@code H(t+1) = sum -ln(1 - h_s)} (KAM never leaving). */
  final double[] cumulativeHazard;
  /** Log-revenue drift {@code mu(t+1)} (KAM never leaving). */
  final double[] drift;
  /** Margin per month after discount and margin shocks. */
  final double[] margin;
  /** Whether every month has the same margin ({@link #margin0}): the usual case, read as a scalar. */
  final boolean constantMargin;
  final double margin0;
  /** Deterministic revenue per month when volatility is zero (KAM never leaving, cap applied); else null. */
  final double[] revenue;
  /** With {@link #revenue}: the month's profit {@code revenue * margin - cost}. */
  final double[] profit;
  /** With {@link #revenue}: revenue and profit of months 1..m summed in month order, index m. */
  final double[] revenuePrefix;
  final double[] profitPrefix;
  /**
   * For rebuilding after a KAM departure without a logarithm per month: the hazard increment and drift of
   * month t at ramp level j ({@code r = j / rampLevels}; level 0 is a vacancy), index {@code j * horizon + t}.
   * Null unless the account is key and KAMs can leave.
   */
  private final double[] hazardByLevel;
  private final double[] driftByLevel;
  private final int rampLevels;

  final double startRevenue;
  final double cap;
  final double systemicVol;
  final double idiosyncraticVol;
  final double monthlyCost;
  final double monthlyOverhead;
  final double discount;

  /** {@code s^2 / 2} times the month's increment of the cumulative shock's variance. */
  private final double[] convexity;
  private final double churnMultiplier;
  private final double growthUplift;
  private final int rampMonths;

  CoveragePath(Portfolio portfolio, int index, Coverage coverage, int horizon, Program program,
      double growthCorrelation, double[] varianceIncrement, List<Shock> shocks,
      List<boolean[]> shockMasks, boolean kamsCanLeave) {
    this(portfolio, index, coverage, coverage.inKeySet() ? 1 : horizon + 1, horizon + 1, horizon, program,
        growthCorrelation, varianceIncrement, shocks, shockMasks, kamsCanLeave);
  }

  /**
   * A path on which the account is key in months {@code [join, leave)}; {@code coverage} says whether it is
   * key today and whether it is ever key in the plan (MODEL.md, "Phased plans").
   */
  CoveragePath(Portfolio portfolio, int index, Coverage coverage, int join, int leave, int horizon,
      Program program, double growthCorrelation, double[] varianceIncrement, List<Shock> shocks,
      List<boolean[]> shockMasks, boolean kamsCanLeave) {
    Account a = portfolio.get(index);
    this.coverage = coverage;
    this.horizon = horizon;
    this.join = join;
    this.leave = leave;
    this.phased = coverage.inKeySet() && (join > 1 || leave <= horizon);
    double s = a.volatility() / Math.sqrt(12);
    this.convexity = new double[horizon];
    for (int t = 0; t < horizon; t++) {
      convexity[t] = 0.5 * s * s * varianceIncrement[t];
    }
    this.systemicVol = s * Math.sqrt(growthCorrelation);
    this.idiosyncraticVol = s * Math.sqrt(1 - growthCorrelation);
    this.startRevenue = a.revenue() / 12;
    this.cap = a.potential() / 12;
    boolean key = coverage.inKeySet();
    this.monthlyOverhead = key ? program.overheadPerAccount() / 12 : 0;
    this.monthlyCost = a.costToServe() / 12 + monthlyOverhead;
    this.discount = key ? program.discount() : 0;
    this.churnMultiplier = program.churnMultiplier();
    this.growthUplift = program.growthUplift();
    this.rampMonths = program.rampMonths();

    double demotedChurn = a.churn() * program.demotionChurnMultiplier();
    boolean keyToday = coverage == Coverage.KEPT || coverage == Coverage.DEMOTED;
    double[] churnMult = new double[horizon];
    double[] growthAdd = new double[horizon];
    double[] marginAdd = new double[horizon];
    Arrays.fill(churnMult, 1);
    int loss = horizon + 1;
    // Shock selectors key and standard read the key set of the month the shock applies in.
    for (int k = 0; k < shocks.size(); k++) {
      boolean[] asStandard = shockMasks.get(2 * k);
      boolean[] asKey = shockMasks.get(2 * k + 1);
      if (!asStandard[index] && !asKey[index]) {
        continue;
      }
      Shock shock = shocks.get(k);
      if (shock instanceof Shock.Lose lose) {
        if ((inKey(lose.month()) ? asKey : asStandard)[index]) {
          loss = Math.min(loss, lose.month());
        }
      } else if (shock instanceof Shock.ChurnShock c) {
        for (int t = c.from() - 1; t < Math.min(c.to(), horizon); t++) {
          if ((inKey(t + 1) ? asKey : asStandard)[index]) {
            churnMult[t] *= c.factor();
          }
        }
      } else if (shock instanceof Shock.GrowthShock g) {
        for (int t = g.from() - 1; t < Math.min(g.to(), horizon); t++) {
          if ((inKey(t + 1) ? asKey : asStandard)[index]) {
            growthAdd[t] += g.add();
          }
        }
      } else if (shock instanceof Shock.MarginShock m) {
        for (int t = m.from() - 1; t < Math.min(m.to(), horizon); t++) {
          if ((inKey(t + 1) ? asKey : asStandard)[index]) {
            marginAdd[t] += m.add();
          }
        }
      }
    }
    this.lossMonth = loss;

    this.margin = new double[horizon];
    double[] churn = new double[horizon];
    double[] growth = new double[horizon];
    for (int t = 0; t < horizon; t++) {
      // Demoted: key today and out of the key set now, or out of it after a demotion (MODEL.md).
      boolean demoted = !inKey(t + 1) && (keyToday || t + 1 >= leave);
      margin[t] = a.margin() - (inKey(t + 1) ? discount : 0) + marginAdd[t];
      churn[t] = (demoted ? demotedChurn : a.churn()) * churnMult[t];
      growth[t] = a.growth() + growthAdd[t];
    }
    if (phased) {
      monthCost = new double[horizon];
      monthDiscount = new double[horizon];
      for (int t = 0; t < horizon; t++) {
        boolean in = inKey(t + 1);
        monthCost[t] = a.costToServe() / 12 + (in ? monthlyOverhead : 0);
        monthDiscount[t] = in ? discount : 0;
      }
    } else {
      monthCost = null;
      monthDiscount = null;
    }
    boolean sameMargin = true;
    for (int t = 1; t < horizon; t++) {
      sameMargin &= margin[t] == margin[0];
    }
    this.constantMargin = sameMargin;
    this.margin0 = margin[0];
    this.rampLevels = Math.max(rampMonths, 1);
    if (key && kamsCanLeave) {
      hazardByLevel = new double[(rampLevels + 1) * horizon];
      driftByLevel = new double[(rampLevels + 1) * horizon];
      for (int j = 0; j <= rampLevels; j++) {
        double r = (double) j / rampLevels;
        for (int t = 0; t < horizon; t++) {
          hazardByLevel[j * horizon + t] = hazardIncrement(programChurn(churn[t], r));
          driftByLevel[j * horizon + t] = drift(growth[t] + growthUplift * r, t);
        }
      }
    } else {
      hazardByLevel = null;
      driftByLevel = null;
    }
    if (key && kamsCanLeave && phased) {
      outsideHazard = new double[horizon];
      outsideDrift = new double[horizon];
      for (int t = 0; t < horizon; t++) {
        outsideHazard[t] = hazardIncrement(churn[t]);
        outsideDrift[t] = drift(growth[t], t);
      }
    } else {
      outsideHazard = null;
      outsideDrift = null;
    }

    this.cumulativeHazard = new double[horizon];
    this.drift = new double[horizon];
    this.threshold = new double[horizon];
    double h = 0;
    for (int t = 0; t < horizon; t++) {
      double r = !inKey(t + 1) ? 0 : coverage == Coverage.KEPT ? 1 : ramp(t + 2 - join);
      h += hazardIncrement(programChurn(churn[t], r));
      cumulativeHazard[t] = h;
      drift[t] = drift(growth[t] + growthUplift * r, t);
      threshold[t] = Normal.inverseCdf(-Math.expm1(-h));
    }
    if (a.volatility() == 0 && !phased) {
      revenue = new double[horizon];
      profit = new double[horizon];
      revenuePrefix = new double[horizon + 1];
      profitPrefix = new double[horizon + 1];
      double x = startRevenue;
      for (int t = 0; t < horizon; t++) {
        x = Math.min(x * FastExp.exp(drift[t]), cap);
        revenue[t] = x;
        profit[t] = x * margin[t] - monthlyCost;
        revenuePrefix[t + 1] = revenuePrefix[t] + x;
        profitPrefix[t + 1] = profitPrefix[t] + profit[t];
      }
    } else {
      revenue = null;
      profit = null;
      revenuePrefix = null;
      profitPrefix = null;
    }
  }

  /** Whether the account is in the key set in month {@code month} (1-based). */
  boolean inKey(int month) {
    return join <= month && month < leave;
  }

  /** The ramp {@code r(t_cov) = min(1, t_cov / ramp_months)}; 1 when there is no ramp. */
  private double ramp(int monthsCovered) {
    return rampMonths == 0 ? 1 : Math.min(1.0, (double) monthsCovered / rampMonths);
  }

  private double programChurn(double annualChurn, double r) {
    return Math.min(1, annualChurn * (1 - (1 - churnMultiplier) * r));
  }

  /** {@code -ln(1 - h)} for the monthly hazard {@code h = 1 - (1 - p)^(1/12)}: simply {@code -ln(1-p)/12}. */
  private static double hazardIncrement(double annual) {
    return annual >= 1 ? Double.POSITIVE_INFINITY : -Math.log1p(-annual) / 12;
  }

  private double drift(double annualGrowth, int t) {
    return Math.log1p(Math.max(annualGrowth, -1)) / 12 - convexity[t];
  }

  /**
   * {@code Var(S_t) - Var(S_{t-1})} for the cumulative standardised shock {@code S_t = sum_{u<=t} eta_u},
   * index t for month t+1: {@code 1 + 2 beta sum_{k=1}^{t-1} phi^k}.
   *
   * <p>Why not MODEL.md's {@code mu = ln(1+g)/12 - s^2/2}: that drift yields its stated
   * {@code E[X(t)] = revenue/12 * prod (1+g)^(1/12)} only when the shocks are serially independent. The
   * factor path is AR(1), so with {@code phi > 0} and {@code beta > 0} the variance of log revenue grows
   * faster than t, and the literal drift would overstate mean revenue (by about 18% at month 36 for 20%
   * volatility and the default factor). Using the true variance increment keeps the contract's expectation
   * exact, so {@code growth} is the expected growth the CSV says it is; with {@code phi = 0} or
   * {@code beta = 0} the increment is 1 and the drift is MODEL.md's, letter for letter.
   */
  static double[] varianceIncrements(int horizon, double persistence, double growthCorrelation) {
    double[] increment = new double[horizon];
    double powerSum = 0;
    for (int t = 0; t < horizon; t++) {
      increment[t] = 1 + 2 * growthCorrelation * powerSum;
      powerSum = persistence * (1 + powerSum);
    }
    return increment;
  }

  /**
   * Rewrites {@code hazardOut} and {@code driftOut} (cumulative hazard and drift per month) for a trial in
   * which the KAM leaves in the given months (1-based, ascending). Months before the first departure are
   * those of the never-leaving path; from then on each month reads its ramp level's precomputed values.
   */
  void rebuildAfterAttrition(int[] departures, int count, int vacancyMonths, double[] hazardOut,
      double[] driftOut) {
    int first = departures[0] - 1;
    System.arraycopy(cumulativeHazard, 0, hazardOut, 0, first);
    System.arraycopy(drift, 0, driftOut, 0, first);
    double h = first == 0 ? 0 : cumulativeHazard[first - 1];
    int next = 0;
    int restart = 0;
    for (int t = first; t < horizon; t++) {
      int month = t + 1;
      while (next < count && departures[next] <= month) {
        restart = departures[next] + vacancyMonths;
        next++;
      }
      if (outsideHazard != null && !inKey(month)) {
        h += outsideHazard[t];
        hazardOut[t] = h;
        driftOut[t] = outsideDrift[t];
        continue;
      }
      // Level 0 during the vacancy; then t_cov = month - restart + 1, capped at full effect.
      int level = month < restart ? 0 : Math.min(rampLevels, month - restart + 1);
      h += hazardByLevel[level * horizon + t];
      hazardOut[t] = h;
      driftOut[t] = driftByLevel[level * horizon + t];
    }
  }

  /** Whether the never-leaving path applies whatever the attrition draws (not key, or no attrition). */
  static boolean attritionMatters(Coverage coverage, KamPolicy kam) {
    return coverage.inKeySet() && kam.attrition() > 0;
  }
}
