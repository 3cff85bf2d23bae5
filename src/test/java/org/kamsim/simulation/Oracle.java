package org.kamsim.simulation;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Closed-form expectations of the model contract for one account on a deterministic coverage path (no KAM
 * attrition), written from MODEL.md independently of the engine: given the account's annual churn,
 * growth and margin month by month, it returns the expected revenue and profit of each month.
 *
 * <p>Survival: {@code S(t) = prod (1 - p_s)^(1/12)}. Revenue: with the latent {@code L} of the copula and
 * the log-revenue shock {@code s * S_t} jointly normal, {@code E[1{L > c_t} e^{s S_t}] =
 * E[e^{s S_t}] * Phi(kappa_t - c_t)} with {@code c_t = Phi^-1(1 - S(t))} and
 * {@code kappa_t = Cov(L, s S_t) = s sqrt(rho beta) sum_{u<=t} phi^(u-1)}; and
 * {@code E[X(t)] = revenue/12 * prod (1 + g_u)^(1/12)} as the contract states.
 */
public final class Oracle {
  private static final NormalDistribution N = new NormalDistribution(0, 1);

  private Oracle() {}

  /** Expected revenue earned in each month (index t = month t+1). */
  static double[] revenueByMonth(double revenue, double volatility, double[] annualChurn,
      double[] annualGrowth, double cap, double rho, double beta, double phi, int lossMonth) {
    int months = annualChurn.length;
    double[] out = new double[months];
    double survival = 1;
    double mean = revenue / 12;
    double s = volatility / Math.sqrt(12);
    double phiPowerSum = 0;
    double phiPower = 1;
    for (int t = 0; t < months; t++) {
      survival *= Math.pow(1 - Math.min(1, annualChurn[t]), 1.0 / 12);
      mean *= Math.pow(1 + annualGrowth[t], 1.0 / 12);
      mean = Math.min(mean, cap); // only valid for volatility 0; tests with a cap use volatility 0
      phiPowerSum += phiPower;
      phiPower *= phi;
      if (t + 1 >= lossMonth) {
        out[t] = 0;
        continue;
      }
      double kappa = s * Math.sqrt(rho * beta) * phiPowerSum;
      double c = survival >= 1 ? Double.NEGATIVE_INFINITY
          : survival <= 0 ? Double.POSITIVE_INFINITY : N.inverseCumulativeProbability(1 - survival);
      double alive = Double.isInfinite(c) ? (c < 0 ? 1 : 0) : N.cumulativeProbability(kappa - c);
      out[t] = mean * alive;
    }
    return out;
  }

  /** Probability of being active in each month (not churned by it, not lost for certain). */
  static double[] activeByMonth(double[] annualChurn, int lossMonth) {
    double[] out = new double[annualChurn.length];
    double survival = 1;
    for (int t = 0; t < out.length; t++) {
      survival *= Math.pow(1 - Math.min(1, annualChurn[t]), 1.0 / 12);
      out[t] = t + 1 >= lossMonth ? 0 : survival;
    }
    return out;
  }

  static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
