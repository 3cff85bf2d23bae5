package org.kamsim.results;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamsim.model.Objective;

/**
 * The files of {@code kamsim optimise}: {@code plan.json} ({@link Chosen}), {@code plan.csv},
 * {@code staffing.csv}, {@code convergence.csv} and, with {@code --frontier}, {@code frontier.csv}.
 *
 * @param chosen {@code plan.json}: the chosen plan and its comparison with each baseline
 * @param planAccounts {@code plan.csv}
 * @param staffing {@code staffing.csv}
 * @param convergence {@code convergence.csv}
 * @param frontier {@code frontier.csv}, when a frontier was searched
 */
public record PlanSearch(Chosen chosen, Table planAccounts, Table staffing, Table convergence,
    Optional<Table> frontier) {

  /**
   * A plan's figures on the fresh validation trials.
   *
   * @param meanProfit mean horizon profit, KAM salaries included
   * @param profitStderr its standard error
   * @param es95Profit expected shortfall of profit at 95%, down from the mean
   * @param tailMeanProfit mean profit of the worst 5% of trials (higher is safer)
   * @param meanRevenue mean horizon revenue
   * @param probabilityBelowSurvival share of trials whose revenue ends below the survival threshold
   * @param load complexity units of the key set
   * @param capacity complexity units the headcount can carry
   */
  public record Figures(double meanProfit, double profitStderr, double es95Profit, double tailMeanProfit,
      double meanRevenue, double probabilityBelowSurvival, double load, double capacity) {}

  /** An objective's value on the fresh trials and its standard error. */
  public record ObjectiveValue(double value, double stderr) {}

  /** A paired difference with its standard error and 95% interval. */
  public record Difference(double value, double stderr, double ci95Low, double ci95High) {}

  /**
   * A plan the optimised one was compared with, on the same fresh trials.
   *
   * @param name {@code status-quo}, {@code top-revenue}, {@code top-score} or {@code greedy}
   * @param advantage optimised minus this, in the objective
   * @param profitAdvantage optimised minus this, in mean profit
   * @param sameAsOptimised whether this plan is the optimised plan itself (same key set and headcount)
   */
  public record Baseline(String name, List<String> key, int headcount, ObjectiveValue objective,
      Figures figures, Difference advantage, Difference profitAdvantage, boolean sameAsOptimised) {
    public Baseline {
      key = List.copyOf(key);
    }
  }

  /**
   * The basis of the NPV that the objective and every profit figure of the search's files measure when the
   * scenario has {@code finance} (MODEL.md, "Finance": the optimiser's objectives use NPV in place of horizon
   * profit).
   *
   * @param discountRate the annual discount rate
   * @param terminalGrowth the terminal value's growth; empty when there is no terminal value
   */
  public record Npv(double discountRate, OptionalDouble terminalGrowth) {}

  /**
   * {@code plan.json}: the chosen plan.
   *
   * @param scenario the scenario's name
   * @param objectiveName what was maximised
   * @param objective the chosen plan's objective on the fresh trials
   * @param riskAversion weight of the expected shortfall in {@code mean-es}
   * @param key the chosen key accounts
   * @param headcount the chosen headcount
   * @param seed the search's seed (the scenario's)
   * @param searchTrials trials of the search sample
   * @param validationSeed seed of the fresh trials
   * @param validationTrials fresh trials every reported figure comes from
   * @param evaluations distinct plans scored in the search
   * @param figures the chosen plan's figures on the fresh trials
   * @param baselines the plans it was compared with
   * @param npv when present, "profit" in the objective and in every figure is this NPV, not horizon profit
   */
  public record Chosen(String scenario, Objective objectiveName, ObjectiveValue objective, double riskAversion,
      List<String> key, int headcount, long seed, long searchTrials, long validationSeed, long validationTrials,
      long evaluations, Figures figures, List<Baseline> baselines, Optional<Npv> npv) {
    public Chosen {
      key = List.copyOf(key);
      baselines = List.copyOf(baselines);
    }
  }
}
