package org.kamsim.simulation;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the plan is worth against the status quo, from paired differences on the same draws.
 *
 * @param keyAccounts ids of the plan's key accounts
 * @param kams the plan's KAM headcount
 * @param statusQuoKams the status quo's KAM headcount
 * @param programCostMean mean horizon cost of the program: KAM salaries, overhead and discounts given
 * @param incrementalProfitMean mean of (plan profit - status quo profit) over the horizon
 * @param incrementalProfitStderr its standard error
 * @param incrementalProfitCi95Low lower end of the 95% normal interval
 * @param incrementalProfitCi95High upper end
 * @param paybackMonth first month from which cumulative mean incremental profit stays >= 0; empty when it
 *     never does, and when the plan is the status quo (nothing to pay back)
 * @param sameAsStatusQuo whether the plan is the status quo: the same key set and headcount
 * @param madeKey ids key in the plan but not today, in portfolio order
 * @param dropped ids key today but not in the plan, in portfolio order
 */
public record PlanFigures(
    List<String> keyAccounts,
    int kams,
    int statusQuoKams,
    double programCostMean,
    double incrementalProfitMean,
    double incrementalProfitStderr,
    double incrementalProfitCi95Low,
    double incrementalProfitCi95High,
    OptionalInt paybackMonth,
    boolean sameAsStatusQuo,
    List<String> madeKey,
    List<String> dropped) {

  public PlanFigures {
    keyAccounts = List.copyOf(keyAccounts);
    madeKey = List.copyOf(madeKey);
    dropped = List.copyOf(dropped);
  }
}
