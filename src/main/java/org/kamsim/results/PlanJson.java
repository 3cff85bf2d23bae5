package org.kamsim.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamsim.model.Objective;
import org.kamsim.results.PlanSearch.Baseline;
import org.kamsim.results.PlanSearch.Chosen;
import org.kamsim.results.PlanSearch.Difference;
import org.kamsim.results.PlanSearch.Figures;
import org.kamsim.results.PlanSearch.Npv;
import org.kamsim.results.PlanSearch.ObjectiveValue;

/**
 * {@code plan.json} of {@code kamsim optimise}, written and read: the chosen key accounts and headcount,
 * the objective with its standard error, the search's and the validation's seeds and trials, the plan's
 * figures on the fresh trials, and each baseline with the optimised plan's paired advantage (in the
 * objective and in mean profit) and its 95% interval.
 *
 * <p>{@code objective.measure} says what "profit" is in the objective and in every figure: {@value #NPV}
 * (with {@code objective.discount_rate} and, when there is a terminal value, {@code objective.terminal_growth})
 * when the scenario has {@code finance}, else {@value #HORIZON_PROFIT}. Revenue is never discounted.
 */
public final class PlanJson {
  /** {@code objective.measure} when profit is the net present value. */
  public static final String NPV = "npv";
  /** {@code objective.measure} when profit is the undiscounted total over the horizon. */
  public static final String HORIZON_PROFIT = "horizon_profit";

  private PlanJson() {}

  public static String text(Chosen c) {
    Decimals.Format objective = format(c.objectiveName());
    JsonOut json = JsonOut.start()
        .text("scenario", c.scenario());
    json.open("objective").text("name", c.objectiveName().text())
        .text("measure", c.npv().isPresent() ? NPV : HORIZON_PROFIT);
    if (c.npv().isPresent()) {
      Npv npv = c.npv().get();
      json.significant("discount_rate", npv.discountRate());
      if (npv.terminalGrowth().isPresent()) {
        json.significant("terminal_growth", npv.terminalGrowth().getAsDouble());
      }
    }
    objective(json, c.objective(), objective).significant("risk_aversion", c.riskAversion()).close();
    json.texts("key", c.key()).integer("headcount", c.headcount())
        .integer("seed", c.seed()).integer("search_trials", c.searchTrials())
        .integer("validation_seed", c.validationSeed()).integer("validation_trials", c.validationTrials())
        .integer("evaluations", c.evaluations());
    figures(json.open("figures"), c.figures()).close();
    json.openList("baselines");
    for (Baseline b : c.baselines()) {
      json.element().text("name", b.name()).texts("key", b.key()).integer("headcount", b.headcount())
          .flag("same_as_optimised", b.sameAsOptimised());
      objective(json.open("objective"), b.objective(), objective).close();
      figures(json.open("figures"), b.figures()).close();
      difference(json.open("advantage"), b.advantage(), objective).close();
      difference(json.open("profit_advantage"), b.profitAdvantage(), Decimals.Format.MONEY).close();
      json.close();
    }
    json.closeList();
    return json.text();
  }

  /** How an objective's values are rounded: money, or a probability. */
  public static Decimals.Format format(Objective objective) {
    return objective == Objective.SURVIVAL ? Decimals.Format.SIGNIFICANT : Decimals.Format.MONEY;
  }

  private static JsonOut objective(JsonOut json, ObjectiveValue o, Decimals.Format format) {
    return json.number("value", o.value(), format).number("stderr", o.stderr(), format);
  }

  private static JsonOut figures(JsonOut json, Figures f) {
    return json.money("mean_profit", f.meanProfit()).money("profit_stderr", f.profitStderr())
        .money("es95_profit", f.es95Profit()).money("tail_mean_profit", f.tailMeanProfit())
        .money("mean_revenue", f.meanRevenue())
        .significant("probability_below_survival", f.probabilityBelowSurvival())
        .significant("load", f.load()).significant("capacity", f.capacity());
  }

  private static JsonOut difference(JsonOut json, Difference d, Decimals.Format format) {
    return json.number("value", d.value(), format).number("stderr", d.stderr(), format)
        .numbers("ci95", format, d.ci95Low(), d.ci95High());
  }

  public static Chosen read(Path file) throws ResultFileException {
    return read(JsonIn.read(file), file);
  }

  /** The plan in {@link #text}'s {@code text}, every figure rounded as written. */
  public static Chosen fromText(String text) {
    Path file = Path.of(ResultFiles.PLAN);
    try {
      return read(JsonIn.parse(file, text), file);
    } catch (ResultFileException e) {
      throw new IllegalStateException("plan.json as written does not read back: " + e.getMessage(), e);
    }
  }

  private static Chosen read(JsonIn json, Path file) throws ResultFileException {
    String name = json.text("objective.name");
    Objective objective = Objective.parse(name);
    if (objective == null) {
      throw new ResultFileException(file, "objective.name: unknown objective \"" + name + "\" (expected one of "
          + String.join(", ", Objective.names()) + ")");
    }
    List<Baseline> baselines = new ArrayList<>();
    for (JsonIn b : json.objects("baselines")) {
      baselines.add(new Baseline(b.text("name"), b.texts("key"), b.smallInteger("headcount"),
          objective(b, "objective"), figures(b, "figures"), difference(b, "advantage"),
          difference(b, "profit_advantage"), b.flag("same_as_optimised")));
    }
    return new Chosen(json.text("scenario"), objective, objective(json, "objective"),
        json.number("objective.risk_aversion"), json.texts("key"), json.smallInteger("headcount"),
        json.integer("seed"), json.integer("search_trials"), json.integer("validation_seed"),
        json.integer("validation_trials"), json.integer("evaluations"), figures(json, "figures"), baselines,
        npv(json));
  }

  /** The NPV basis; a plan.json written before the measure was recorded measured horizon profit. */
  private static Optional<Npv> npv(JsonIn json) throws ResultFileException {
    if (!json.has("objective.measure")
        || json.choice("objective.measure", List.of(NPV, HORIZON_PROFIT)).equals(HORIZON_PROFIT)) {
      return Optional.empty();
    }
    return Optional.of(new Npv(json.number("objective.discount_rate"),
        json.has("objective.terminal_growth") ? OptionalDouble.of(json.number("objective.terminal_growth"))
            : OptionalDouble.empty()));
  }

  private static ObjectiveValue objective(JsonIn json, String path) throws ResultFileException {
    return new ObjectiveValue(json.number(path + ".value"), json.number(path + ".stderr"));
  }

  private static Figures figures(JsonIn json, String path) throws ResultFileException {
    return new Figures(json.number(path + ".mean_profit"), json.number(path + ".profit_stderr"),
        json.number(path + ".es95_profit"), json.number(path + ".tail_mean_profit"),
        json.number(path + ".mean_revenue"), json.number(path + ".probability_below_survival"),
        json.number(path + ".load"), json.number(path + ".capacity"));
  }

  private static Difference difference(JsonIn json, String path) throws ResultFileException {
    return new Difference(json.number(path + ".value"), json.number(path + ".stderr"),
        json.number(path + ".ci95.0"), json.number(path + ".ci95.1"));
  }
}
