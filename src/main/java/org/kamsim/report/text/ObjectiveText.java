package org.kamsim.report.text;

import java.util.Optional;
import org.kamsim.model.Objective;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.results.PlanSearch;

/**
 * How the optimiser's objective is named and written: money for {@code mean} and {@code mean-es}, a
 * probability for {@code survival}; and what "profit" is in it and in the search's figures: the net present
 * value when the scenario has {@code finance} (MODEL.md, "Finance"), else profit over the horizon.
 *
 * @param objective what was maximised
 * @param riskAversion weight of the expected shortfall in {@code mean-es}
 * @param npv the NPV's basis when profit is NPV; empty for horizon profit
 */
public record ObjectiveText(Objective objective, double riskAversion, Optional<PlanSearch.Npv> npv) {

  /** The profit measure's word in a sentence: "profit", or "NPV". */
  public String profit() {
    return npv.isPresent() ? "NPV" : "profit";
  }

  /** The profit measure's word at the start of a label: "Profit", or "NPV". */
  public String profitLabel() {
    return npv.isPresent() ? "NPV" : "Profit";
  }

  /**
   * What follows the objective's name to say what its figures measure: " over the horizon"; with NPV,
   * ", where NPV is the net present value at a 10% discount rate", or, for {@code survival}, whose objective
   * is revenue, " over the horizon; profit figures are net present values at a 10% discount rate".
   */
  public String basis() {
    if (npv.isEmpty()) {
      return " over the horizon";
    }
    String at = NpvText.basis(npv.get().discountRate(), npv.get().terminalGrowth());
    return money() ? ", where NPV is the net present value at " + at
        : " over the horizon; profit figures are net present values at " + at;
  }

  /** What the objective measures: "mean profit − 0.5 × ES 95% of profit", "mean NPV". */
  public String what() {
    return switch (objective) {
      case MEAN -> "mean " + profit();
      case MEAN_ES -> "mean " + profit() + " \u2212 " + Amounts.plain(riskAversion) + " \u00d7 ES 95% of "
          + profit();
      case SURVIVAL -> "chance of staying at or above the survival threshold";
    };
  }

  /**
   * How the objective differs from mean profit, to say why the plan it prefers may not make the most:
   * "which also weighs the worst 5% of futures".
   */
  public String unlikeMeanProfit() {
    return switch (objective) {
      case MEAN -> "which is mean " + profit() + " on the search's trials, not on the fresh ones";
      case MEAN_ES -> "which also weighs the worst 5% of futures";
      case SURVIVAL -> "which counts the chance of staying at or above the survival threshold, not " + profit();
    };
  }

  /** The objective's name as written in the scenario ({@code mean-es}). */
  public String name() {
    return objective.text();
  }

  /**
   * Whether the objective is money but not mean profit ({@code mean-es}): then figures in the objective
   * and in mean profit differ and both are shown.
   */
  public boolean differsFromMeanProfit() {
    return objective == Objective.MEAN_ES;
  }

  /** Whether values are money (else probabilities). */
  public boolean money() {
    return objective != Objective.SURVIVAL;
  }

  /** A value: {@code 62.4 million}, or {@code 63.1%}. */
  public String value(double v) {
    return money() ? Amounts.money(v) : Amounts.percent(v, 1);
  }

  /** A difference or a standard error: {@code 807.5 thousand}, or {@code 1.25 points}. */
  public String difference(double v) {
    return money() ? Amounts.money(v) : Amounts.decimal(100 * v, 2) + " points";
  }

  /** The unit for an axis of these values. */
  public Unit unit(double... values) {
    return money() ? Unit.ofLargest(values) : Unit.ONE;
  }
}
