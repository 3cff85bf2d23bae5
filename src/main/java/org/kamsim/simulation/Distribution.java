package org.kamsim.simulation;

/** Mean, its standard error and quantiles (type 7) of a simulated quantity. */
public record Distribution(
    double mean, double stderr, double p01, double p05, double p50, double p95, double p99) {

  /** From {@code values} in their own order (for the sums) and a sorted copy of them (for the quantiles). */
  public static Distribution of(double[] values, double[] sorted) {
    return new Distribution(Stats.mean(values), Stats.standardError(values),
        Stats.quantile(sorted, 0.01), Stats.quantile(sorted, 0.05), Stats.quantile(sorted, 0.50),
        Stats.quantile(sorted, 0.95), Stats.quantile(sorted, 0.99));
  }
}
