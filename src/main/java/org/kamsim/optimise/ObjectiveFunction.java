package org.kamsim.optimise;

import org.kamsim.model.Objective;
import org.kamsim.simulation.Stats;

/**
 * Turns a plan's per-trial horizon revenue and profit into the scenario's objective, and into the
 * per-trial influence values that give its standard error and paired differences between plans.
 *
 * <ul>
 *   <li>{@code mean}: mean profit.
 *   <li>{@code mean-es}: {@code mean - lambda * ES_alpha}, with {@code ES_alpha = mean - tail mean} of
 *       the {@code ceil(n (1 - alpha))} lowest profits (as in {@code summary.json}); so
 *       {@code (1 - lambda) mean + lambda tail mean}.
 *   <li>{@code survival}: share of trials whose horizon revenue reaches the survival threshold.
 * </ul>
 *
 * <p>Standard errors come from the influence function of each estimator (for the tail mean,
 * {@code 1{x <= q} (x - q) / (1 - alpha) + q - tail mean}): {@code sd(IF) / sqrt(n)}, and for the
 * difference of two plans on the same trials, {@code sd(IF_a - IF_b) / sqrt(n)}.
 */
public final class ObjectiveFunction {
  private final Objective objective;
  private final double riskAversion;
  private final double alpha;
  private final double survivalRevenue;

  public ObjectiveFunction(Objective objective, double riskAversion, double alpha,
      double survivalRevenue) {
    this.objective = objective;
    this.riskAversion = riskAversion;
    this.alpha = alpha;
    this.survivalRevenue = survivalRevenue;
  }

  public Objective objective() {
    return objective;
  }

  /** The objective of per-trial totals; {@code scratch} (same length) is overwritten. */
  public double value(double[] revenue, double[] profit, double[] scratch) {
    int n = profit.length;
    switch (objective) {
      case MEAN:
        return Stats.mean(profit);
      case SURVIVAL: {
        int reached = 0;
        for (double r : revenue) {
          if (r >= survivalRevenue) {
            reached++;
          }
        }
        return (double) reached / n;
      }
      default:
        return (1 - riskAversion) * Stats.mean(profit)
            + riskAversion * lowerTailMean(profit, alpha, scratch);
    }
  }

  /**
   * Mean of the {@code ceil(n (1 - alpha))} lowest values without sorting them all (a selection into
   * {@code scratch}, which is overwritten): the search's cheap form of {@link Stats#lowerTailMean}.
   */
  static double lowerTailMean(double[] values, double alpha, double[] scratch) {
    System.arraycopy(values, 0, scratch, 0, values.length);
    int k = Stats.tailCount(values.length, alpha);
    select(scratch, k - 1);
    double tail = 0;
    for (int i = 0; i < k; i++) {
      tail += scratch[i];
    }
    return tail / k;
  }

  /** The objective, its standard error and its per-trial influence values. */
  public Score score(double[] revenue, double[] profit) {
    int n = profit.length;
    double[] influence = new double[n];
    double value;
    switch (objective) {
      case MEAN -> {
        value = Stats.mean(profit);
        for (int t = 0; t < n; t++) {
          influence[t] = profit[t] - value;
        }
      }
      case SURVIVAL -> {
        value = value(revenue, profit, null);
        for (int t = 0; t < n; t++) {
          influence[t] = (revenue[t] >= survivalRevenue ? 1 : 0) - value;
        }
      }
      default -> {
        double mean = Stats.mean(profit);
        double[] sorted = Stats.sorted(profit);
        int k = Stats.tailCount(n, alpha);
        double q = sorted[k - 1];
        double tailMean = Stats.lowerTailMean(sorted, alpha);
        value = (1 - riskAversion) * mean + riskAversion * tailMean;
        double share = (double) k / n;
        for (int t = 0; t < n; t++) {
          double tailInfluence = (profit[t] <= q ? (profit[t] - q) / share : 0) + q - tailMean;
          influence[t] = (1 - riskAversion) * (profit[t] - mean) + riskAversion * tailInfluence;
        }
      }
    }
    return new Score(value, standardError(influence), influence);
  }

  private static double standardError(double[] influence) {
    int n = influence.length;
    if (n < 2) {
      return 0;
    }
    double mean = Stats.mean(influence);
    double ss = 0;
    for (double v : influence) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (n - 1) / n);
  }

  /**
   * Partially sorts {@code a} so that {@code a[k]} is the k-th smallest and everything before it is no
   * larger (Hoare's selection with median-of-three pivots; deterministic).
   */
  static void select(double[] a, int k) {
    int lo = 0;
    int hi = a.length - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** An objective value with its standard error; keeps its per-trial influence for paired differences. */
  public static final class Score {
    private final double value;
    private final double stderr;
    private final double[] influence;

    Score(double value, double stderr, double[] influence) {
      this.value = value;
      this.stderr = stderr;
      this.influence = influence;
    }

    public double value() {
      return value;
    }

    public double stderr() {
      return stderr;
    }

    /** Paired difference {@code this - other} on the same trials, with its standard error. */
    public Difference minus(Score other) {
      int n = influence.length;
      double[] d = new double[n];
      for (int t = 0; t < n; t++) {
        d[t] = influence[t] - other.influence[t];
      }
      return new Difference(value - other.value, standardError(d));
    }

    @Override
    public String toString() {
      return "Score[" + value + " +- " + stderr + "]";
    }
  }

  /** A paired difference of two plans' objectives with its standard error and 95% interval. */
  public record Difference(double value, double stderr) {
    public double low() {
      return value - Stats.Z95 * stderr;
    }

    public double high() {
      return value + Stats.Z95 * stderr;
    }
  }
}
