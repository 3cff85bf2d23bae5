package org.kamsim.optimise;

import java.util.List;
import org.kamsim.model.Scenario;

/**
 * Everything {@code kamsim optimise} reports. Figures of plans come from the fresh validation trials.
 *
 * @param scenario the scenario optimised
 * @param searchTrials trials of the optimisation sample
 * @param validationTrials trials of the fresh sample
 * @param validationSeed seed of the fresh sample
 * @param evaluations distinct plans scored during the search
 * @param optimised the winner
 * @param baselines the rule-of-thumb plans, each against the winner
 * @param staffing the best plan per headcount
 * @param convergence per generation of each search phase
 * @param frontier non-dominated plans, empty unless requested
 * @param accounts per-account rows for {@code plan.csv}
 */
public record OptimisationResult(
    Scenario scenario,
    int searchTrials,
    int validationTrials,
    long validationSeed,
    long evaluations,
    Assessment optimised,
    List<Comparison> baselines,
    List<StaffingPoint> staffing,
    List<GenerationRecord> convergence,
    List<FrontierPoint> frontier,
    List<AccountValue> accounts) {

  public OptimisationResult {
    baselines = List.copyOf(baselines);
    staffing = List.copyOf(staffing);
    convergence = List.copyOf(convergence);
    frontier = List.copyOf(frontier);
    accounts = List.copyOf(accounts);
  }

  /** One generation of one search phase, for {@code convergence.csv}. */
  public record GenerationRecord(String phase, long generation, double best, double mean,
      int bestHeadcount) {}
}
