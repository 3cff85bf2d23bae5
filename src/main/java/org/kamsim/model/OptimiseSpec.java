package org.kamsim.model;

import java.util.List;

/**
 * The {@code optimise} section of a scenario: what to maximise and the search's limits.
 *
 * @param objective what to maximise
 * @param riskAversion weight of expected shortfall in {@code mean-es}
 * @param alpha confidence level of the expected shortfall
 * @param headcountMin fewest KAMs to consider
 * @param headcountMax most KAMs to consider
 * @param keep account ids that are always key
 * @param exclude account ids that are never key
 * @param population genetic algorithm population size
 * @param generations most generations
 * @param stallGenerations stop after this many generations without improvement of the best
 * @param finalists distinct best plans re-scored on fresh trials
 * @param validationTrials trials of the fresh re-scoring
 */
public record OptimiseSpec(
    Objective objective,
    double riskAversion,
    double alpha,
    int headcountMin,
    int headcountMax,
    List<String> keep,
    List<String> exclude,
    int population,
    int generations,
    int stallGenerations,
    int finalists,
    int validationTrials) {

  public OptimiseSpec {
    Checks.nonNegative(riskAversion, "optimise.risk_aversion");
    Checks.inHalfOpen(alpha, 0.5, 1, "optimise.alpha");
    Checks.atLeast(headcountMin, 0, "optimise.headcount[0]");
    Checks.inRange(headcountMax, headcountMin, Limits.MAX_HEADCOUNT, "optimise.headcount[1]");
    keep = List.copyOf(keep);
    exclude = List.copyOf(exclude);
    Checks.atLeast(population, 4, "optimise.population");
    Checks.atLeast(generations, 1, "optimise.generations");
    Checks.atLeast(stallGenerations, 1, "optimise.stall_generations");
    Checks.atLeast(finalists, 1, "optimise.finalists");
    Checks.atLeast(validationTrials, 100, "optimise.validation_trials");
  }

  /**
   * Defaults for a scenario whose plan staffs {@code headcount} KAMs and runs {@code trials} trials; the
   * scenario reader narrows the headcount range to what the portfolio can use.
   */
  public static OptimiseSpec defaults(int headcount, int trials) {
    int most = Math.min(Limits.MAX_HEADCOUNT, Math.max(2, 2 * headcount));
    return new OptimiseSpec(Objective.MEAN_ES, 0.5, 0.95, 1, most, List.of(), List.of(), 60, 200, 30, 5,
        Math.max(100, 2 * trials));
  }
}
