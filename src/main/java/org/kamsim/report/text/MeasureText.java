package org.kamsim.report.text;

import org.kamsim.model.SensitivityMeasure;

/** A sensitivity measure in words and its values as numbers for people, for the page and the terminal. */
public final class MeasureText {
  private MeasureText() {}

  /** The measure as the subject of a sentence: "the plan's incremental profit". */
  public static String what(SensitivityMeasure m) {
    return switch (m) {
      case INCREMENTAL_PROFIT -> "the plan's incremental profit";
      case PROFIT -> "mean horizon profit";
      case REVENUE_VAR95 -> "revenue at risk (95%)";
      case PROBABILITY_BELOW -> "the probability of falling below the survival threshold";
    };
  }

  /** A short name for an axis or a table header: "Incremental profit". */
  public static String name(SensitivityMeasure m) {
    return switch (m) {
      case INCREMENTAL_PROFIT -> "Incremental profit";
      case PROFIT -> "Profit";
      case REVENUE_VAR95 -> "Revenue at risk (95%)";
      case PROBABILITY_BELOW -> "P(below survival threshold)";
    };
  }

  /** Which way is better, as a clause: "higher is better". */
  public static String better(SensitivityMeasure m) {
    return m.higherIsBetter() ? "higher is better" : "lower is better";
  }

  /** Whether the values are money (else probabilities). */
  public static boolean money(SensitivityMeasure m) {
    return m != SensitivityMeasure.PROBABILITY_BELOW;
  }

  /** A value of the measure: "1.2 million", "4.3%". */
  public static String value(SensitivityMeasure m, double value) {
    return money(m) ? Amounts.money(value) : Amounts.probability(value);
  }
}
