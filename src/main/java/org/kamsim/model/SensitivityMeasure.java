package org.kamsim.model;

import java.util.Arrays;
import java.util.List;

/** What {@code kamsim sensitivity} measures of each run, its name in the scenario file and on the command line. */
public enum SensitivityMeasure {
  /** Mean horizon profit of the plan minus the status quo's, on the same draws: higher is better. */
  INCREMENTAL_PROFIT("incremental_profit", true),
  /** Mean horizon profit of the plan: higher is better. */
  PROFIT("profit", true),
  /** Horizon revenue at risk at 95%, mean minus 5th percentile: lower is better. */
  REVENUE_VAR95("revenue_var95", false),
  /** Probability that horizon revenue falls below the survival threshold: lower is better. */
  PROBABILITY_BELOW("probability_below", false);

  private final String text;
  private final boolean higherIsBetter;

  SensitivityMeasure(String text, boolean higherIsBetter) {
    this.text = text;
    this.higherIsBetter = higherIsBetter;
  }

  public String text() {
    return text;
  }

  /** Which way is better: profit up, risk down. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Every name, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(SensitivityMeasure::text).toList();
  }

  /** What is wrong with a name that {@link #parse} does not know: the same words wherever it is given. */
  public static String unknown(String text) {
    return "unknown measure \"" + text + "\" (expected one of " + String.join(", ", names()) + ")";
  }

  /** The measure named {@code text}, or null. */
  public static SensitivityMeasure parse(String text) {
    for (SensitivityMeasure m : values()) {
      if (m.text.equals(text)) {
        return m;
      }
    }
    return null;
  }
}
