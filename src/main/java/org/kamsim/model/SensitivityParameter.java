package org.kamsim.model;

import java.util.Arrays;
import java.util.List;

/**
 * An input that {@code kamsim sensitivity} varies one at a time (MODEL.md, "Analyses on common random
 * numbers"): its name in the scenario file, the values it may take and whether it is a whole number. The
 * scenario reader checks a {@code sensitivity.ranges} entry against these; the analysis reads and changes
 * the scenario by them. Declaration order is the order of the report's ties.
 *
 * <p>The three {@code portfolio.*} inputs are not fields of the scenario but changes to every account:
 * {@code churn_scale} multiplies each account's annual churn (base 1), {@code growth_shift} and
 * {@code margin_shift} add to its growth and margin (base 0). Each account's value is then clipped into
 * what an account may have (see {@link Account}); the ranges here are what the change itself may be.
 */
public enum SensitivityParameter {
  PROGRAM_CHURN_MULTIPLIER("program.churn_multiplier", 0, false, Double.POSITIVE_INFINITY, true, false),
  PROGRAM_GROWTH_UPLIFT("program.growth_uplift", Limits.MIN_GROWTH_UPLIFT, false, Limits.MAX_GROWTH_UPLIFT,
      false, false),
  PROGRAM_RAMP_MONTHS("program.ramp_months", 0, false, Integer.MAX_VALUE, false, true),
  PROGRAM_DISCOUNT("program.discount", 0, false, 1, false, false),
  PROGRAM_OVERHEAD_PER_ACCOUNT("program.overhead_per_account", 0, false, Limits.MAX_AMOUNT, false, false),
  PROGRAM_DEMOTION_CHURN_MULTIPLIER("program.demotion_churn_multiplier", 0, false, Double.POSITIVE_INFINITY,
      true, false),
  KAM_COST_PER_KAM("kam.cost_per_kam", 0, false, Limits.MAX_AMOUNT, false, false),
  KAM_ATTRITION("kam.attrition", 0, false, 1, true, false),
  KAM_VACANCY_MONTHS("kam.vacancy_months", 0, false, Integer.MAX_VALUE, false, true),
  FACTOR_PERSISTENCE("factor.persistence", 0, false, 1, false, false),
  FACTOR_CHURN_CORRELATION("factor.churn_correlation", 0, false, 1, true, false),
  FACTOR_GROWTH_CORRELATION("factor.growth_correlation", 0, false, 1, false, false),
  PORTFOLIO_CHURN_SCALE("portfolio.churn_scale", 0, false, Double.POSITIVE_INFINITY, true, false),
  PORTFOLIO_GROWTH_SHIFT("portfolio.growth_shift", Limits.MIN_GROWTH_UPLIFT, false, Limits.MAX_GROWTH, false,
      false),
  PORTFOLIO_MARGIN_SHIFT("portfolio.margin_shift", -Limits.MAX_MARGIN_SHOCK, false, Limits.MAX_MARGIN_SHOCK,
      false, false);

  private final String text;
  private final double lo;
  private final boolean loOpen;
  private final double hi;
  private final boolean hiOpen;
  private final boolean integer;

  SensitivityParameter(String text, double lo, boolean loOpen, double hi, boolean hiOpen, boolean integer) {
    this.text = text;
    this.lo = lo;
    this.loOpen = loOpen;
    this.hi = hi;
    this.hiOpen = hiOpen;
    this.integer = integer;
  }

  /** The name in the scenario file and the results: {@code program.discount}. */
  public String text() {
    return text;
  }

  /** Least value. */
  public double lo() {
    return lo;
  }

  /** Whether {@link #lo} itself is excluded. */
  public boolean loOpen() {
    return loOpen;
  }

  /** Greatest value ({@link Double#POSITIVE_INFINITY}: any finite number above {@link #lo}). */
  public double hi() {
    return hi;
  }

  /** Whether {@link #hi} itself is excluded. */
  public boolean hiOpen() {
    return hiOpen;
  }

  /** Whether the value is a whole number (months). */
  public boolean integer() {
    return integer;
  }

  /** Whether {@code value} is one this input may take (NaN never is). */
  public boolean allows(double value) {
    return Double.isFinite(value) && (loOpen ? value > lo : value >= lo) && (hiOpen ? value < hi : value <= hi)
        && (!integer || value == Math.rint(value));
  }

  /** Every name, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(SensitivityParameter::text).toList();
  }

  /** The input named {@code text}, or null. */
  public static SensitivityParameter parse(String text) {
    for (SensitivityParameter p : values()) {
      if (p.text.equals(text)) {
        return p;
      }
    }
    return null;
  }
}
