package org.kamsim.results;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The figures of a run's {@code summary.json} (MODEL.md, "Outputs"): written by {@code simulate} and by
 * {@code optimise} for its chosen plan, read back by the report. Money is in the portfolio's currency,
 * totals over the horizon; every figure is rounded as the file writes it ({@link SummaryJson}).
 *
 * @param scenario the scenario's name
 * @param trials Monte Carlo trials
 * @param seed master seed
 * @param horizonMonths months simulated
 * @param revenue horizon revenue under the plan
 * @param profit horizon profit under the plan
 * @param revenueAtRisk revenue at risk, measured down from the mean
 * @param profitAtRisk profit at risk, measured down from the mean
 * @param accountsLost accounts lost over the horizon
 * @param survival the survival threshold and the chance of falling below it
 * @param concentration concentration of today's revenue
 * @param plan what the plan is worth against the status quo
 * @param statusQuo today's key set and headcount, and its outcomes on the same draws
 * @param shocks the scenario's deterministic events, in file order (empty when none)
 * @param shockImpact what the shocks cost, per trial against the same draws without them (present exactly
 *     when there are shocks)
 * @param precision the precision asked for and reached (present exactly when the run was asked for one,
 *     {@code simulate --precision})
 * @param npv net present values (present exactly when the scenario has a {@code finance} section)
 */
public record Summary(
    String scenario,
    long trials,
    long seed,
    int horizonMonths,
    Distribution revenue,
    Distribution profit,
    Risk revenueAtRisk,
    Risk profitAtRisk,
    AccountsLost accountsLost,
    Survival survival,
    Concentration concentration,
    PlanValue plan,
    StatusQuo statusQuo,
    List<ShockEvent> shocks,
    Optional<ShockImpact> shockImpact,
    Optional<Precision> precision,
    Optional<Npv> npv) {

  public Summary {
    shocks = List.copyOf(shocks);
  }

  /** A summary without NPV figures: a scenario without {@code finance}. */
  public Summary(String scenario, long trials, long seed, int horizonMonths, Distribution revenue,
      Distribution profit, Risk revenueAtRisk, Risk profitAtRisk, AccountsLost accountsLost, Survival survival,
      Concentration concentration, PlanValue plan, StatusQuo statusQuo, List<ShockEvent> shocks,
      Optional<ShockImpact> shockImpact, Optional<Precision> precision) {
    this(scenario, trials, seed, horizonMonths, revenue, profit, revenueAtRisk, profitAtRisk, accountsLost,
        survival, concentration, plan, statusQuo, shocks, shockImpact, precision, Optional.empty());
  }

  /**
   * Net present values (MODEL.md, "Finance"): each trial's monthly profits discounted at {@code discountRate},
   * plus a terminal value when {@code terminalGrowth} is set; the status quo's on the same draws.
   *
   * @param discountRate the annual discount rate
   * @param terminalGrowth the terminal value's annual growth; empty when there is no terminal value
   * @param profit the plan's NPV across trials
   * @param statusQuoProfitMean mean NPV of the status quo
   * @param incrementalMean mean of plan NPV minus status quo NPV, per trial
   * @param incrementalStderr its standard error
   * @param incrementalCi95Low lower end of its 95% interval
   * @param incrementalCi95High upper end
   * @param discountedPaybackMonth first month from which the cumulative mean discounted extra profit stays
   *     >= 0; empty when it never does, and when the plan is the status quo
   */
  public record Npv(double discountRate, OptionalDouble terminalGrowth, NpvDistribution profit,
      double statusQuoProfitMean, double incrementalMean, double incrementalStderr, double incrementalCi95Low,
      double incrementalCi95High, OptionalInt discountedPaybackMonth) {}

  /** Mean, standard error and the 5th, 50th and 95th percentiles of an NPV across trials. */
  public record NpvDistribution(double mean, double stderr, double p05, double p50, double p95) {}

  /**
   * A run to a precision: trials were added in blocks until the standard errors of mean revenue and mean
   * profit were both at most {@code targetPercent} percent of their means, or the most trials allowed ran.
   *
   * @param targetPercent the target, in percent
   * @param reachedPercent the larger of the two standard errors at {@code trials}, in percent of its mean,
   *     from this summary's own revenue and profit figures; NaN when a mean is 0 and its error is not
   * @param trials the trials run
   * @param stoppedBy {@link #TARGET} or {@link #MAX_TRIALS}
   */
  public record Precision(double targetPercent, double reachedPercent, long trials, String stoppedBy) {
    public static final String TARGET = "target";
    public static final String MAX_TRIALS = "max_trials";

    public Precision {
      if (!stoppedBy.equals(TARGET) && !stoppedBy.equals(MAX_TRIALS)) {
        throw new IllegalArgumentException("stopped_by: must be " + TARGET + " or " + MAX_TRIALS + ", was "
            + stoppedBy);
      }
    }

    /** Whether the run stopped because it reached the target (not because it ran out of trials). */
    public boolean targetMet() {
      return stoppedBy.equals(TARGET);
    }
  }

  /** Mean, its standard error and percentiles of a horizon total. */
  public record Distribution(double mean, double stderr, double p01, double p05, double p50, double p95,
      double p99) {}

  /**
   * Value at risk and expected shortfall, as distances below the mean: {@code var = mean - quantile},
   * {@code es = mean - mean of the worst (1 - level) of outcomes}.
   */
  public record Risk(double var95, double var99, double es95, double es99) {}

  /** Accounts lost within the horizon: mean and 95th percentile across trials. */
  public record AccountsLost(double mean, double p95) {}

  /**
   * @param threshold fraction of today's run-rate
   * @param revenueThreshold that fraction as horizon revenue
   * @param probabilityBelow share of trials whose horizon revenue falls below it
   */
  public record Survival(double threshold, double revenueThreshold, double probabilityBelow) {}

  /**
   * Concentration of today's revenue, and of the expected profit (the engine's {@code Concentration} says how
   * each is measured).
   *
   * @param hhi Herfindahl-Hirschman index of today's revenue, as a fraction
   * @param top1Share share of today's revenue from the largest account
   * @param top5Share share from the five largest
   * @param gini Gini coefficient of today's revenue
   * @param keyShareToday share of today's revenue from today's key accounts
   * @param profitTop20Share share of the accounts' summed expected horizon profit (before KAM salaries) from
   *     the {@code ceil(0.2 n)} accounts with the largest; above 1 when some accounts lose money; NaN (written
   *     as null) when the sum is not positive
   * @param accountsAbove10Pct accounts with strictly more than 10% of today's revenue
   * @param accountsBelow1Pct accounts with strictly less than 1% of today's revenue
   */
  public record Concentration(double hhi, double top1Share, double top5Share, double gini, double keyShareToday,
      double profitTop20Share, int accountsAbove10Pct, int accountsBelow1Pct) {}

  /**
   * The plan against the status quo, from paired differences over the horizon.
   *
   * @param keyAccounts the plan's key accounts
   * @param kams the plan's headcount
   * @param statusQuoKams the status quo's headcount
   * @param programCostMean mean cost of the program: KAM salaries, overhead and discounts
   * @param incrementalProfitMean mean of plan profit minus status quo profit
   * @param incrementalProfitStderr its standard error
   * @param incrementalProfitCi95Low lower end of its 95% interval
   * @param incrementalProfitCi95High upper end
   * @param paybackMonth first month from which the cumulative mean extra profit stays >= 0; empty when it
   *     never does, and when the plan is the status quo
   * @param sameAsStatusQuo whether the plan is the status quo (same key set, same headcount): payback is
   *     then not applicable
   * @param madeKey accounts key in the plan but not today
   * @param dropped accounts key today but not in the plan
   */
  public record PlanValue(List<String> keyAccounts, int kams, int statusQuoKams, double programCostMean,
      double incrementalProfitMean, double incrementalProfitStderr, double incrementalProfitCi95Low,
      double incrementalProfitCi95High, OptionalInt paybackMonth, boolean sameAsStatusQuo,
      List<String> madeKey, List<String> dropped, List<PlanChange> changes) {
    public PlanValue {
      keyAccounts = List.copyOf(keyAccounts);
      madeKey = List.copyOf(madeKey);
      dropped = List.copyOf(dropped);
      changes = List.copyOf(changes);
    }

    /** A plan that never changes: {@code key_accounts} and {@code kams} hold all horizon. */
    public PlanValue(List<String> keyAccounts, int kams, int statusQuoKams, double programCostMean,
        double incrementalProfitMean, double incrementalProfitStderr, double incrementalProfitCi95Low,
        double incrementalProfitCi95High, OptionalInt paybackMonth, boolean sameAsStatusQuo,
        List<String> madeKey, List<String> dropped) {
      this(keyAccounts, kams, statusQuoKams, programCostMean, incrementalProfitMean, incrementalProfitStderr,
          incrementalProfitCi95Low, incrementalProfitCi95High, paybackMonth, sameAsStatusQuo, madeKey, dropped,
          List.of());
    }
  }

  /**
   * One phase of a phased plan (MODEL.md, "Phased plans"): from {@code month} on, {@code promote} are key,
   * {@code demote} are not, and the program has {@code kams} KAMs. {@link PlanValue#keyAccounts} is the
   * month-1 set these changes start from.
   */
  public record PlanChange(int month, List<String> promote, List<String> demote, int kams) {
    public PlanChange {
      promote = List.copyOf(promote);
      demote = List.copyOf(demote);
    }
  }

  /** Today's key set and headcount, and its horizon outcomes on the plan's draws. */
  public record StatusQuo(List<String> keyAccounts, int kams, Distribution revenue, Distribution profit) {
    public StatusQuo {
      keyAccounts = List.copyOf(keyAccounts);
    }
  }

  /**
   * One deterministic event of the scenario, as the engine applied it.
   *
   * @param kind {@code lose}, {@code churn_shock}, {@code growth_shock} or {@code margin_shock}
   * @param select the selector as written ({@code top:1}, {@code segment=Retail})
   * @param from first month it applies in (for {@code lose}, the month the accounts are lost)
   * @param to last month it applies in (for {@code lose}, the horizon: lost for good)
   * @param size the multiplier ({@code churn_shock}) or the amount added ({@code growth_shock},
   *     {@code margin_shock}); NaN for {@code lose}
   * @param accounts the accounts it selects under the plan, in portfolio order
   */
  public record ShockEvent(String kind, String select, int from, int to, double size, List<String> accounts) {
    public static final String LOSE = "lose";
    public static final String CHURN = "churn_shock";
    public static final String GROWTH = "growth_shock";
    public static final String MARGIN = "margin_shock";

    public ShockEvent {
      accounts = List.copyOf(accounts);
    }
  }

  /**
   * What the scenario's shocks cost: per trial, the scenario without its shocks on the same draws minus the
   * scenario (positive = lost).
   */
  public record ShockImpact(PairedLoss revenue, PairedLoss profit) {}

  /** A paired loss: mean with standard error and 95% interval, and the median and 95th percentile. */
  public record PairedLoss(double mean, double stderr, double ci95Low, double ci95High, double p50,
      double p95) {}
}
