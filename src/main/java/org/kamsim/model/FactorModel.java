package org.kamsim.model;

/**
 * The systemic factor (MODEL.md, "The systemic factor"): one {@code Z ~ N(0,1)} per trial drives churn
 * through the copula and revenue through an AR(1) monthly path that starts at {@code Z}.
 *
 * @param persistence AR(1) coefficient {@code phi} of the monthly factor path, in [0, 1]
 * @param churnCorrelation copula correlation {@code rho}, in [0, 1)
 * @param growthCorrelation share {@code beta} of log-revenue variance that is systemic, in [0, 1]
 */
public record FactorModel(double persistence, double churnCorrelation, double growthCorrelation) {
  public static final FactorModel DEFAULT = new FactorModel(0.5, 0.15, 0.2);

  public FactorModel {
    Checks.inRange(persistence, 0, 1, "factor.persistence");
    Checks.inHalfOpen(churnCorrelation, 0, 1, "factor.churn_correlation");
    Checks.inRange(growthCorrelation, 0, 1, "factor.growth_correlation");
  }

  public FactorModel withPersistence(double value) {
    return new FactorModel(value, churnCorrelation, growthCorrelation);
  }

  public FactorModel withChurnCorrelation(double value) {
    return new FactorModel(persistence, value, growthCorrelation);
  }

  public FactorModel withGrowthCorrelation(double value) {
    return new FactorModel(persistence, churnCorrelation, value);
  }
}
