package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamsim.model.Scenario;

/**
 * Whether two scenarios' runs are paired trial by trial (MODEL.md: the same portfolio content, horizon,
 * trials and seed; everything else may differ). Each trial's draws are a pure function of (seed, trial,
 * account), so such runs see the same futures and their difference can be taken per trial.
 */
public final class Pairing {
  private Pairing() {}

  /** Empty when paired; otherwise what differs, in words ("the seeds differ (42 and 7)"). */
  public static Optional<String> whyNot(Scenario base, Scenario other) {
    List<String> differs = new ArrayList<>();
    if (!base.portfolio().equals(other.portfolio())) {
      differs.add("the portfolios differ");
    }
    if (base.horizonMonths() != other.horizonMonths()) {
      differs.add("the horizons differ (" + base.horizonMonths() + " and " + other.horizonMonths() + " months)");
    }
    if (base.trials() != other.trials()) {
      differs.add("the trial counts differ (" + base.trials() + " and " + other.trials() + ")");
    }
    if (base.seed() != other.seed()) {
      differs.add("the seeds differ (" + base.seed() + " and " + other.seed() + ")");
    }
    return differs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differs));
  }

  /** Whether the two runs see the same draws trial by trial: {@link #whyNot} has nothing to say. */
  public static boolean paired(Scenario base, Scenario other) {
    return whyNot(base, other).isEmpty();
  }
}
