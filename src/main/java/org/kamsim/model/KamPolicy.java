package org.kamsim.model;

import java.util.OptionalInt;

/**
 * KAM staffing and cost (MODEL.md, "Coverage" and "Profit").
 *
 * @param headcount KAMs the plan staffs; empty means the fewest that cover the plan's key set
 * @param capacityPerKam complexity units one KAM can carry
 * @param costPerKam fully loaded annual cost of one KAM
 * @param attrition annual probability that a key account loses its KAM
 * @param vacancyMonths months without program effect after a KAM leaves
 * @param statusQuoHeadcount KAMs of the status quo; empty means the fewest that cover today's key set
 */
public record KamPolicy(
    OptionalInt headcount,
    double capacityPerKam,
    double costPerKam,
    double attrition,
    int vacancyMonths,
    OptionalInt statusQuoHeadcount) {
  public static final KamPolicy DEFAULT =
      new KamPolicy(OptionalInt.empty(), 4, 150_000, 0.15, 3, OptionalInt.empty());

  public KamPolicy {
    headcount.ifPresent(k -> Checks.inRange(k, 0, Limits.MAX_HEADCOUNT, "kam.headcount"));
    Checks.positive(capacityPerKam, "kam.capacity_per_kam");
    Checks.inRange(costPerKam, 0, Limits.MAX_AMOUNT, "kam.cost_per_kam");
    Checks.inHalfOpen(attrition, 0, 1, "kam.attrition");
    Checks.atLeast(vacancyMonths, 0, "kam.vacancy_months");
    statusQuoHeadcount.ifPresent(k -> Checks.inRange(k, 0, Limits.MAX_HEADCOUNT, "kam.status_quo_headcount"));
  }

  /** The fewest KAMs whose capacity covers this much complexity. */
  public int kamsToCover(double complexity) {
    // The small slack keeps 0.1+0.2+... sums that equal a multiple of the capacity from rounding up.
    return (int) Math.ceil(complexity / capacityPerKam - 1e-9);
  }

  public KamPolicy withHeadcount(OptionalInt value) {
    return new KamPolicy(value, capacityPerKam, costPerKam, attrition, vacancyMonths, statusQuoHeadcount);
  }

  public KamPolicy withCostPerKam(double value) {
    return new KamPolicy(headcount, capacityPerKam, value, attrition, vacancyMonths, statusQuoHeadcount);
  }

  public KamPolicy withAttrition(double value) {
    return new KamPolicy(headcount, capacityPerKam, costPerKam, value, vacancyMonths, statusQuoHeadcount);
  }

  public KamPolicy withVacancyMonths(int value) {
    return new KamPolicy(headcount, capacityPerKam, costPerKam, attrition, value, statusQuoHeadcount);
  }
}
