package org.kamsim.model;

import java.util.OptionalDouble;

/**
 * Discounting and terminal value (MODEL.md, "Finance"): how a trial's monthly profits become its net present
 * value. A scenario without a {@code finance} section has none, and its outputs carry no NPV at all.
 *
 * <p>The discount rate is kept in {@code [0, 1]}: a negative rate would make later months worth more than
 * today's, which no planning convention asks for, and a rate above 100% a year is a typing error (10 for
 * 0.10) far more often than a real cost of capital.
 *
 * @param discountRate annual rate {@code r}; month {@code t} is discounted by {@code (1 + r)^(-t/12)}
 * @param terminalGrowth annual growth {@code g} of the run-rate after the horizon; empty means no terminal
 *     value; when present it must be below {@code r}, else the perpetuity has no finite value
 */
public record Finance(double discountRate, OptionalDouble terminalGrowth) {

  public Finance {
    Checks.inRange(discountRate, 0, 1, "finance.discount_rate");
    if (terminalGrowth.isPresent()) {
      double g = terminalGrowth.getAsDouble();
      Checks.inRange(g, -1, 1, "finance.terminal_growth");
      if (!(g < discountRate)) {
        throw new IllegalArgumentException("finance.terminal_growth: must be below finance.discount_rate ("
            + Checks.fmt(discountRate) + "), was " + Checks.fmt(g));
      }
    }
  }

  /** Discounting at {@code discountRate} with no terminal value. */
  public static Finance of(double discountRate) {
    return new Finance(discountRate, OptionalDouble.empty());
  }

  /** Discounting at {@code discountRate} plus a terminal value growing at {@code terminalGrowth}. */
  public static Finance of(double discountRate, double terminalGrowth) {
    return new Finance(discountRate, OptionalDouble.of(terminalGrowth));
  }

  /** The monthly discount factors {@code d_1..d_T} at indexes {@code 0..T-1}. */
  public double[] discountFactors(int months) {
    double[] d = new double[months];
    for (int t = 1; t <= months; t++) {
      d[t - 1] = Math.pow(1 + discountRate, -t / 12.0);
    }
    return d;
  }

  /**
   * The weight of each month's profit in a trial's NPV: {@code d_t}, and for the last month also the terminal
   * value's {@code d_T * 12 * (1 + g) / (r - g)} (month T's run-rate as a growing annual perpetuity in arrears).
   * NPV is then one multiply-add per month, {@code sum_t w_t profit_t}.
   */
  public double[] npvWeights(int months) {
    double[] w = discountFactors(months);
    w[months - 1] += terminalMultiplier(months);
    return w;
  }

  /** {@code d_T * 12 * (1 + g) / (r - g)}: what the terminal value is worth per unit of month T's profit. */
  public double terminalMultiplier(int months) {
    if (terminalGrowth.isEmpty()) {
      return 0;
    }
    double g = terminalGrowth.getAsDouble();
    return Math.pow(1 + discountRate, -months / 12.0) * 12 * (1 + g) / (discountRate - g);
  }
}
