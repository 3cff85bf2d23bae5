package org.kamsim.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A complete, validated what-if: the portfolio, the model parameters, the plan (already resolved against
 * the portfolio) and the shocks. Immutable; {@link #withTrials} and {@link #withSeed} apply command-line
 * overrides.
 *
 * @param name scenario name (default: the file name without extension)
 * @param source the scenario file, for provenance; may be null for scenarios built in code
 * @param portfolio the accounts
 * @param horizonMonths months simulated, {@code T}
 * @param trials Monte Carlo trials
 * @param seed master seed: every random draw of a run derives from it
 * @param survivalThreshold fraction of today's revenue run-rate whose breach {@code survival} reports
 * @param factor systemic factor parameters
 * @param program program effects on key accounts
 * @param kam staffing parameters
 * @param planSpec how the scenario named the plan (for reports)
 * @param plan the resolved plan
 * @param statusQuo today's key set with the status quo headcount
 * @param scoring the scoring matrix
 * @param shocks deterministic events, in file order
 * @param optimise optimiser settings
 * @param sensitivity what {@code kamsim sensitivity} measures and over which ranges
 * @param finance discounting and terminal value; empty (the default) means no NPV is computed
 */
public record Scenario(
    String name,
    Path source,
    Portfolio portfolio,
    int horizonMonths,
    int trials,
    long seed,
    double survivalThreshold,
    FactorModel factor,
    Program program,
    KamPolicy kam,
    PlanSpec planSpec,
    Plan plan,
    Plan statusQuo,
    Scoring scoring,
    List<Shock> shocks,
    OptimiseSpec optimise,
    SensitivitySpec sensitivity,
    Optional<Finance> finance) {

  /** Most trials a scenario may ask for. */
  public static final int MAX_TRIALS = 100_000_000;
  /** Most trials x months: the engine keeps every trial's monthly revenue in one array. */
  public static final long MAX_TRIAL_MONTHS = Integer.MAX_VALUE - 8;

  public Scenario {
    Checks.nonBlank(name, "name");
    Checks.atLeast(horizonMonths, 1, "horizon_months");
    Checks.atLeast(trials, 1, "trials");
    if (trials > MAX_TRIALS) {
      throw new IllegalArgumentException("trials: must be <= " + MAX_TRIALS + ", was " + trials);
    }
    if ((long) trials * horizonMonths > MAX_TRIAL_MONTHS) {
      throw new IllegalArgumentException("trials: trials x horizon_months must be <= "
          + MAX_TRIAL_MONTHS + ", was " + trials + " x " + horizonMonths);
    }
    Checks.nonNegative(survivalThreshold, "survival_threshold");
    shocks = List.copyOf(shocks);
    plan.mask(portfolio);
    statusQuo.mask(portfolio);
    java.util.Objects.requireNonNull(sensitivity, "sensitivity");
    java.util.Objects.requireNonNull(finance, "finance");
  }

  /** A scenario without a {@code finance} section. */
  public Scenario(String name, Path source, Portfolio portfolio, int horizonMonths, int trials, long seed,
      double survivalThreshold, FactorModel factor, Program program, KamPolicy kam, PlanSpec planSpec, Plan plan,
      Plan statusQuo, Scoring scoring, List<Shock> shocks, OptimiseSpec optimise, SensitivitySpec sensitivity) {
    this(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold, factor, program, kam, planSpec,
        plan, statusQuo, scoring, shocks, optimise, sensitivity, Optional.empty());
  }

  /** A scenario with the default {@code sensitivity} section: for scenarios built in code. */
  public Scenario(String name, Path source, Portfolio portfolio, int horizonMonths, int trials, long seed,
      double survivalThreshold, FactorModel factor, Program program, KamPolicy kam, PlanSpec planSpec, Plan plan,
      Plan statusQuo, Scoring scoring, List<Shock> shocks, OptimiseSpec optimise) {
    this(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold, factor, program, kam, planSpec,
        plan, statusQuo, scoring, shocks, optimise, SensitivitySpec.DEFAULT);
  }

  public Scenario withTrials(int newTrials) {
    return new Scenario(name, source, portfolio, horizonMonths, newTrials, seed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  public Scenario withSeed(long newSeed) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, newSeed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /** The same scenario with other shocks: {@code List.of()} is its future without its events. */
  public Scenario withShocks(List<Shock> newShocks) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, newShocks, optimise, sensitivity, finance);
  }

  /** The same scenario evaluating another plan (the optimiser's candidates and baselines). */
  public Scenario withPlan(Plan newPlan) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, kam, planSpec, newPlan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /**
   * The same scenario with {@code newPlan} as its plan, named as a scenario file names it ({@code plan.key} and
   * {@code kam.headcount}), so that its text form reads back into it: a plan chosen in code (the optimiser's)
   * that is to be sent as text. The status quo keeps its own headcount.
   *
   * @param newPlan a plan of one key set (no changes)
   */
  public Scenario withPlanAsKeys(Plan newPlan) {
    if (newPlan.phased()) {
      throw new IllegalArgumentException("plan: a phased plan has no single key set to name");
    }
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold, factor, program,
        kam.withHeadcount(java.util.OptionalInt.of(newPlan.headcount())), new PlanSpec.KeyIds(newPlan.key()),
        newPlan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /** The same scenario with other factor parameters (an analysis's variant). */
  public Scenario withFactor(FactorModel newFactor) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        newFactor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /** The same scenario with other program effects (an analysis's variant). */
  public Scenario withProgram(Program newProgram) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, newProgram, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /**
   * The same scenario with other KAM parameters (an analysis's variant); the plan and status quo keep their
   * headcounts, so the capacity per KAM must not shrink below their loads (the caller's duty).
   */
  public Scenario withKam(KamPolicy newKam) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, newKam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /**
   * The same scenario over other accounts with the same ids (an analysis's variant): the plan and status quo
   * keep their key sets and headcounts, and shocks their resolved selections.
   */
  /** The same scenario recorded as coming from {@code newSource} (null: built in code). */
  public Scenario withSource(Path newSource) {
    return new Scenario(name, newSource, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  public Scenario withPortfolio(Portfolio newPortfolio) {
    return new Scenario(name, source, newPortfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, finance);
  }

  /** The same scenario with other discounting (empty: none). */
  public Scenario withFinance(Optional<Finance> newFinance) {
    return new Scenario(name, source, portfolio, horizonMonths, trials, seed, survivalThreshold,
        factor, program, kam, planSpec, plan, statusQuo, scoring, shocks, optimise, sensitivity, newFinance);
  }
}
