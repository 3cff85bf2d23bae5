package org.kamsim.simulation;

import java.util.Arrays;

/**
 * Sample statistics with one fixed definition each, so that figures are comparable across runs and tools.
 * Sums run in index order (floating-point addition is not associative).
 */
public final class Stats {
  /** The standard normal's 97.5th percentile: a 95% interval is the estimate plus or minus this many s.e. */
  public static final double Z95 = 1.959963984540054;

  private Stats() {}

  public static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Standard error of the mean: sample standard deviation (n - 1) over sqrt(n); 0 for one value. */
  public static double standardError(double[] values) {
    int n = values.length;
    if (n < 2) {
      return 0;
    }
    double mean = mean(values);
    double ss = 0;
    for (double v : values) {
      double d = v - mean;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1) / n);
  }

  /** A sorted copy. */
  public static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /**
   * The q-quantile of sorted values by linear interpolation between order statistics (Hyndman and Fan
   * type 7, the default of R and NumPy): position {@code (n - 1) q}.
   */
  public static double quantile(double[] sorted, double q) {
    int n = sorted.length;
    double h = (n - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** How many of n outcomes form the lower tail beyond confidence {@code alpha}: ceil(n (1 - alpha)). */
  public static int tailCount(int n, double alpha) {
    // The small slack keeps 10000 * (1 - 0.95) = 500.00000000000006 from rounding up to 501.
    return Math.max(1, (int) Math.ceil(n * (1 - alpha) - 1e-9));
  }

  /** Mean of the {@link #tailCount} smallest of the sorted values. */
  public static double lowerTailMean(double[] sorted, double alpha) {
    int k = tailCount(sorted.length, alpha);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += sorted[i];
    }
    return sum / k;
  }
}
