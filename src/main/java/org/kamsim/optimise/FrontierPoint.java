package org.kamsim.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-dominated plan of the trade-off between mean profit, profit in the worst 5% of futures and headcount
 * (one row of {@code frontier.csv}), with figures from the fresh trials.
 */
public record FrontierPoint(Assessment assessment) {
  /** The plan's KAM headcount. */
  public int headcount() {
    return assessment.plan().headcount();
  }

  /**
   * Whether this point is at least as good as {@code other} on all three (mean profit and tail mean higher,
   * headcount lower) and better on one.
   */
  boolean dominates(FrontierPoint other) {
    double mean = assessment.meanProfit();
    double tail = assessment.tailMeanProfit();
    double otherMean = other.assessment.meanProfit();
    double otherTail = other.assessment.tailMeanProfit();
    boolean noWorse = mean >= otherMean && tail >= otherTail && headcount() <= other.headcount();
    boolean better = mean > otherMean || tail > otherTail || headcount() < other.headcount();
    return noWorse && better;
  }

  /**
   * The points no other point dominates, in their order. The search finds its Pareto set on the search's
   * trials; re-scored on the fresh trials, where every reported figure comes from, plans that were nearly
   * equal there can swap places, and a point that the figures in the file show to be dominated is not one
   * of the frontier they describe.
   */
  static List<FrontierPoint> nonDominated(List<FrontierPoint> points) {
    List<FrontierPoint> kept = new ArrayList<>(points.size());
    for (FrontierPoint p : points) {
      boolean dominated = false;
      for (FrontierPoint q : points) {
        if (q.dominates(p)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        kept.add(p);
      }
    }
    return kept;
  }
}
