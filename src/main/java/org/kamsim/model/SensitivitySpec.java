package org.kamsim.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sensitivity} section of a scenario: what {@code kamsim sensitivity} measures, and the low and high
 * value of the inputs whose range the user set (the others take the analysis's defaults).
 *
 * @param measure what is measured of each run
 * @param ranges low and high value by input, each allowed by the input and {@code low <= high}
 */
public record SensitivitySpec(SensitivityMeasure measure, Map<SensitivityParameter, Bounds> ranges) {
  /** Incremental profit, every range by default. */
  public static final SensitivitySpec DEFAULT = new SensitivitySpec(SensitivityMeasure.INCREMENTAL_PROFIT, Map.of());

  /** A low and a high value of one input. */
  public record Bounds(double low, double high) {
    public Bounds {
      Checks.finite(low, "low");
      Checks.finite(high, "high");
      if (!(low <= high)) {
        throw new IllegalArgumentException("low " + Checks.fmt(low) + " is above high " + Checks.fmt(high));
      }
    }
  }

  public SensitivitySpec {
    if (measure == null) {
      throw new IllegalArgumentException("sensitivity.measure: must be set");
    }
    ranges = ranges.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ranges));
    for (Map.Entry<SensitivityParameter, Bounds> e : ranges.entrySet()) {
      SensitivityParameter p = e.getKey();
      if (!p.allows(e.getValue().low()) || !p.allows(e.getValue().high())) {
        throw new IllegalArgumentException("sensitivity.ranges." + p.text() + ": a value is out of range, was ["
            + Checks.fmt(e.getValue().low()) + ", " + Checks.fmt(e.getValue().high()) + "]");
      }
    }
  }

  /** The range the scenario sets for {@code p}, if any. */
  public Optional<Bounds> range(SensitivityParameter p) {
    return Optional.ofNullable(ranges.get(p));
  }
}
