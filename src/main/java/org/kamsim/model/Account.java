package org.kamsim.model;

import java.util.Map;

/**
 * One account of a portfolio, as read from one row of the portfolio CSV (see MODEL.md, "Account").
 *
 * @param revenue annual revenue run-rate today
 * @param margin gross margin fraction
 * @param costToServe annual cost of serving the account under standard coverage
 * @param churn annual probability of losing the account under standard coverage
 * @param growth expected annual revenue growth
 * @param volatility annual volatility of log revenue
 * @param potential ceiling on annualised revenue; {@link Double#POSITIVE_INFINITY} when there is none
 * @param complexity KAM load units the account takes
 * @param key whether it is a key account today
 * @param criteria scores (1..10) by criterion name, for the scoring matrix
 */
public record Account(
    String id,
    String name,
    String segment,
    String region,
    double revenue,
    double margin,
    double costToServe,
    double churn,
    double growth,
    double volatility,
    double potential,
    double complexity,
    boolean key,
    Map<String, Double> criteria) {

  public Account {
    Checks.nonBlank(id, "id");
    name = name == null ? "" : name;
    segment = segment == null ? "" : segment;
    region = region == null ? "" : region;
    Checks.inRange(revenue, 0, Limits.MAX_AMOUNT, "revenue");
    Checks.inRange(margin, 0, 1, "margin");
    Checks.inRange(costToServe, 0, Limits.MAX_AMOUNT, "cost_to_serve");
    Checks.inHalfOpen(churn, 0, 1, "churn");
    Checks.greaterThan(growth, -1, "growth");
    Checks.atMost(growth, Limits.MAX_GROWTH, "growth");
    Checks.inRange(volatility, 0, Limits.MAX_VOLATILITY, "volatility");
    if (!(potential >= 0 && potential <= Limits.MAX_AMOUNT || potential == Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("potential: must be in [0, " + Checks.fmt(Limits.MAX_AMOUNT)
          + "] or empty, was " + Checks.fmt(potential));
    }
    Checks.positive(complexity, "complexity");
    criteria = Map.copyOf(criteria == null ? Map.of() : criteria);
  }

  /** True when a revenue ceiling is set. */
  public boolean hasPotential() {
    return potential != Double.POSITIVE_INFINITY;
  }

  /** The score of a criterion, or NaN when the account has no such column. */
  public double criterion(String name) {
    Double value = criteria.get(name);
    return value == null ? Double.NaN : value;
  }

  public Account withChurn(double value) {
    return new Account(id, name, segment, region, revenue, margin, costToServe, value, growth, volatility,
        potential, complexity, key, criteria);
  }

  public Account withGrowth(double value) {
    return new Account(id, name, segment, region, revenue, margin, costToServe, churn, value, volatility,
        potential, complexity, key, criteria);
  }

  public Account withMargin(double value) {
    return new Account(id, name, segment, region, revenue, value, costToServe, churn, growth, volatility,
        potential, complexity, key, criteria);
  }
}
