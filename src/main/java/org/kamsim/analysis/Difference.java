package org.kamsim.analysis;

import org.kamsim.simulation.Stats;

/**
 * The difference {@code other - base} of a simulated quantity between two runs: its mean, the standard error
 * of that mean and the 95% normal interval; when the runs are paired (the same draws trial by trial), also
 * the 5th percentile of the per-trial differences and the share of trials in which the other run is lower.
 *
 * <p>Paired, the standard error is that of the per-trial differences: only how the effect varies across
 * futures, not the noise of two independent samples, which usually dwarfs it. Unpaired, it is
 * {@code sqrt(se_base^2 + se_other^2)}, and the per-trial figures do not exist (NaN).
 *
 * @param paired whether the figures are per-trial differences
 * @param p05 5th percentile of the per-trial differences (a bad 1-in-20 difference); NaN unpaired
 * @param probabilityLower share of trials with {@code other < base}; NaN unpaired
 */
public record Difference(boolean paired, double mean, double stderr, double ci95Low, double ci95High, double p05,
    double probabilityLower) {

  /** Per trial: trial {@code i} of {@code other} against trial {@code i} of {@code base}. */
  public static Difference paired(double[] base, double[] other) {
    if (base.length != other.length) {
      throw new IllegalArgumentException("paired runs need the same trials: " + base.length + " and "
          + other.length);
    }
    double[] d = new double[base.length];
    int lower = 0;
    for (int i = 0; i < d.length; i++) {
      d[i] = other[i] - base[i];
      if (other[i] < base[i]) {
        lower++;
      }
    }
    double mean = Stats.mean(d);
    double stderr = Stats.standardError(d);
    return new Difference(true, mean, stderr, mean - Stats.Z95 * stderr, mean + Stats.Z95 * stderr,
        Stats.quantile(Stats.sorted(d), 0.05), (double) lower / d.length);
  }

  /** Independent samples: the difference of the means, with the standard errors added in quadrature. */
  public static Difference unpaired(double[] base, double[] other) {
    double mean = Stats.mean(other) - Stats.mean(base);
    double seBase = Stats.standardError(base);
    double seOther = Stats.standardError(other);
    double stderr = Math.sqrt(seBase * seBase + seOther * seOther);
    return new Difference(false, mean, stderr, mean - Stats.Z95 * stderr, mean + Stats.Z95 * stderr, Double.NaN,
        Double.NaN);
  }

  /** {@link #paired} or {@link #unpaired}. */
  public static Difference of(double[] base, double[] other, boolean paired) {
    return paired ? paired(base, other) : unpaired(base, other);
  }
}
