package org.kamsim.simulation;

/**
 * What a scenario's shocks cost (MODEL.md, {@code shock_impact}): per trial, the plan's horizon revenue and
 * profit on the same draws without the shocks, minus with them (positive = lost). Paired, so the interval
 * reflects only how the loss varies across futures, not the noise of two independent runs.
 */
public final class ShockEffect {
  private final double[] revenueWithoutShocks;
  private final double[] profitWithoutShocks;
  private final PairedLoss revenueLoss;
  private final PairedLoss profitLoss;

  private ShockEffect(double[] revenueWithoutShocks, double[] profitWithoutShocks, PairedLoss revenueLoss,
      PairedLoss profitLoss) {
    this.revenueWithoutShocks = revenueWithoutShocks;
    this.profitWithoutShocks = profitWithoutShocks;
    this.revenueLoss = revenueLoss;
    this.profitLoss = profitLoss;
  }

  static ShockEffect of(double[] revenue, double[] profit, Simulator.Counterfactual without) {
    return new ShockEffect(without.revenue, without.profit, PairedLoss.of(without.revenue, revenue),
        PairedLoss.of(without.profit, profit));
  }

  /**
   * A paired loss {@code without - with}: mean, its standard error and 95% normal interval, and the median
   * and 95th percentile across trials (the loss in a bad 1-in-20 future).
   */
  public record PairedLoss(double mean, double stderr, double ci95Low, double ci95High, double p50,
      double p95) {
    static PairedLoss of(double[] without, double[] with) {
      double[] loss = new double[with.length];
      for (int i = 0; i < loss.length; i++) {
        loss[i] = without[i] - with[i];
      }
      double mean = Stats.mean(loss);
      double stderr = Stats.standardError(loss);
      double[] sorted = Stats.sorted(loss);
      return new PairedLoss(mean, stderr, mean - Stats.Z95 * stderr, mean + Stats.Z95 * stderr,
          Stats.quantile(sorted, 0.5), Stats.quantile(sorted, 0.95));
    }
  }

  public PairedLoss revenueLoss() {
    return revenueLoss;
  }

  public PairedLoss profitLoss() {
    return profitLoss;
  }

  /** Each trial's horizon revenue without the shocks, in trial order (a copy). */
  public double[] revenueWithoutShocksByTrial() {
    return revenueWithoutShocks.clone();
  }

  /** Each trial's horizon profit without the shocks, in trial order (a copy). */
  public double[] profitWithoutShocksByTrial() {
    return profitWithoutShocks.clone();
  }
}
