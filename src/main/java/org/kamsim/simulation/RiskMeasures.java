package org.kamsim.simulation;

/**
 * Value at risk and expected shortfall of a quantity where low is bad, measured from its mean:
 * {@code var = mean - quantile(1 - alpha)}, {@code es = mean - mean of the ceil(n (1 - alpha)) worst}.
 */
public record RiskMeasures(double var95, double var99, double es95, double es99) {

  /** From {@code values} in their own order (for the mean) and a sorted copy of them (for the tail). */
  public static RiskMeasures of(double[] values, double[] sorted) {
    double mean = Stats.mean(values);
    return new RiskMeasures(
        mean - Stats.quantile(sorted, 0.05), mean - Stats.quantile(sorted, 0.01),
        mean - Stats.lowerTailMean(sorted, 0.95), mean - Stats.lowerTailMean(sorted, 0.99));
  }
}
