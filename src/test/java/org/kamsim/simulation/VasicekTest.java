package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.kamsim.model.FactorModel;
import org.junit.jupiter.api.Test;

/**
 * The number of accounts lost in a homogeneous portfolio follows the one-factor (Vasicek) law: given Z,
 * accounts churn independently with probability {@code Phi((Phi^-1(F) - sqrt(rho) Z) / sqrt(1 - rho))}, so
 * {@code P(L = k) = E_Z[Binomial(k; n, p(Z))]}, computed here by quadrature.
 *
 * <p>Band: by the Dvoretzky-Kiefer-Wolfowitz inequality the empirical CDF of N i.i.d. trials stays within
 * {@code eps = sqrt(ln(2 / delta) / (2 N))} of the true CDF everywhere with probability at least
 * {@code 1 - delta}, whatever the distribution. With delta = 1e-4 and N = 20,000, eps = 0.0157. Getting
 * the copula wrong shows up far outside it: with rho = 0 the law is binomial (sd 4.9 accounts) instead
 * of the Vasicek mixture (sd about 24), a CDF distance of about 0.4.
 */
class VasicekTest {
  private static final int ACCOUNTS = 150;
  private static final double CHURN = 0.2;
  private static final double RHO = 0.3;
  private static final int TRIALS = 20_000;
  private static final double DELTA = 1e-4;

  @Test
  void accountsLost_followOneFactorLaw_withinDkwBand() {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(0.5, RHO, 0.3);
    s.horizon = 12;
    s.trials = TRIALS;
    s.seed = 2024;
    for (int i = 0; i < ACCOUNTS; i++) {
      s.add(TestScenario.full("A" + i, "", "", 1e6, 0.3, 0, CHURN, 0.02, 0.2,
          Double.POSITIVE_INFINITY, 1, false));
    }
    double[] lost = s.run(2).accountsLostByTrial();

    double[] cdf = exactCdf(ACCOUNTS, CHURN, RHO);
    double eps = Math.sqrt(Math.log(2 / DELTA) / (2.0 * TRIALS));
    double[] sorted = lost.clone();
    Arrays.sort(sorted);
    double worst = 0;
    for (int k = 0; k <= ACCOUNTS; k++) {
      double empirical = countAtMost(sorted, k) / (double) TRIALS;
      worst = Math.max(worst, Math.abs(empirical - cdf[k]));
    }
    assertThat(worst).isLessThanOrEqualTo(eps);

    // Quantiles: the empirical q-quantile Q must satisfy F(Q) >= q - eps and F(Q - 1) <= q + eps.
    for (double q : new double[] {0.01, 0.05, 0.5, 0.95, 0.99}) {
      int quantile = (int) sorted[(int) Math.ceil(q * TRIALS) - 1];
      assertThat(cdf[quantile]).as("F(Q_%s)", q).isGreaterThanOrEqualTo(q - eps);
      if (quantile > 0) {
        assertThat(cdf[quantile - 1]).as("F(Q_%s - 1)", q).isLessThanOrEqualTo(q + eps);
      }
    }
  }

  /** CDF of the Vasicek law by the trapezoid rule over z in [-9, 9] (the tails beyond weigh < 1e-18). */
  static double[] exactCdf(int n, double f, double rho) {
    NormalDistribution normal = new NormalDistribution(0, 1);
    double c = normal.inverseCumulativeProbability(f);
    double[] logChoose = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      logChoose[k] = Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
    }
    double[] pmf = new double[n + 1];
    int steps = 18_000;
    double h = 18.0 / steps;
    for (int j = 0; j <= steps; j++) {
      double z = -9 + j * h;
      double weight = (j == 0 || j == steps ? 0.5 : 1) * h * normal.density(z);
      double p = normal.cumulativeProbability((c - Math.sqrt(rho) * z) / Math.sqrt(1 - rho));
      double lp = Math.log(p);
      double lq = Math.log1p(-p);
      for (int k = 0; k <= n; k++) {
        pmf[k] += weight * Math.exp(logChoose[k] + k * lp + (n - k) * lq);
      }
    }
    double[] cdf = new double[n + 1];
    double running = 0;
    for (int k = 0; k <= n; k++) {
      running += pmf[k];
      cdf[k] = running;
    }
    return cdf;
  }

  private static int countAtMost(double[] sorted, int k) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
