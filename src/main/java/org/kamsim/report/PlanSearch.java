package org.kamsim.report;

import static org.kamsim.report.CsvInput.bool;
import static org.kamsim.report.CsvInput.integer;
import static org.kamsim.report.CsvInput.number;
import static org.kamsim.report.CsvInput.optionalNumber;
import static org.kamsim.report.CsvInput.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The files {@code kamsim optimise} writes, read back for the report: each is optional (a directory of
 * {@code simulate} results has none; {@code frontier.csv} exists only with {@code --frontier}), but one that
 * is present must be complete.
 *
 * @param plan {@code plan.json}: the chosen plan and its comparison with each baseline
 * @param staffing {@code staffing.csv}: the best plan per headcount
 * @param convergence {@code convergence.csv}: the genetic search, generation by generation
 * @param frontier {@code frontier.csv}: mean profit against ES95 of profit
 * @param planAccounts {@code plan.csv}: every account with its place in the plan
 */
record PlanSearch(Optional<Chosen> plan, Optional<Frame> staffing, Optional<Frame> convergence,
    Optional<Frame> frontier, Optional<Frame> planAccounts) {

  static final String PLAN_JSON = OptimiseWriter.PLAN_JSON;
  static final String STAFFING_CSV = OptimiseWriter.STAFFING_CSV;
  static final String CONVERGENCE_CSV = OptimiseWriter.CONVERGENCE_CSV;
  static final String FRONTIER_CSV = OptimiseWriter.FRONTIER_CSV;
  static final String PLAN_CSV = OptimiseWriter.PLAN_CSV;
  /** Every file of an {@code optimise} run that the report reads. */
  static final List<String> FILES = List.of(PLAN_JSON, STAFFING_CSV, CONVERGENCE_CSV, FRONTIER_CSV, PLAN_CSV);

  static final List<CsvInput.Spec> STAFFING = List.of(integer("headcount"), integer("key_accounts"),
      number("load"), number("capacity"), number("search_objective"), number("objective"),
      number("objective_stderr"), number("mean_profit"), number("es95_profit"),
      optionalNumber("marginal_objective"), optionalNumber("marginal_stderr"),
      optionalNumber("marginal_ci95_low"), optionalNumber("marginal_ci95_high"));
  static final List<CsvInput.Spec> CONVERGENCE = List.of(text("phase"), integer("generation"),
      number("best"), number("mean"), integer("best_headcount"));
  static final List<CsvInput.Spec> FRONTIER = List.of(integer("headcount"), integer("key_accounts"),
      number("mean_profit"), number("es95_profit"), number("objective"),
      optionalNumber("probability_below_survival"), text("key"));
  static final List<CsvInput.Spec> PLAN_ACCOUNTS = List.of(text("id"), text("name"), text("segment"),
      text("region"), number("revenue_today"), optionalNumber("score"), bool("key_today"),
      bool("key_in_plan"), optionalNumber("incremental_value"));

  /** Whether any of the files is there. */
  boolean isPresent() {
    return plan.isPresent() || staffing.isPresent() || convergence.isPresent() || frontier.isPresent()
        || planAccounts.isPresent();
  }

  static PlanSearch read(Path dir) throws ReportInputException {
    Path planFile = dir.resolve(PLAN_JSON);
    return new PlanSearch(
        Files.exists(planFile) ? Optional.of(Chosen.read(planFile)) : Optional.empty(),
        table(dir.resolve(STAFFING_CSV), STAFFING),
        table(dir.resolve(CONVERGENCE_CSV), CONVERGENCE),
        table(dir.resolve(FRONTIER_CSV), FRONTIER),
        table(dir.resolve(PLAN_CSV), PLAN_ACCOUNTS));
  }

  private static Optional<Frame> table(Path file, List<CsvInput.Spec> specs) throws ReportInputException {
    return Files.exists(file) ? Optional.of(CsvInput.read(file, specs)) : Optional.empty();
  }

  /** An objective's value and its standard error; {@code name} is mean, mean-es or survival. */
  record Objective(String name, double value, double stderr) {
    static Objective read(JsonInput json, String path) throws ReportInputException {
      return new Objective(json.text(path + ".name"), json.number(path + ".value"),
          json.number(path + ".stderr"));
    }

    /** Whether the objective is money (mean, mean-es) rather than a probability (survival). */
    boolean isMoney() {
      return !name.equals("survival");
    }
  }

  /** A plan's figures on the validation trials; NaN where the file leaves one out. */
  record Figures(double meanProfit, double profitStderr, double es95Profit, double meanRevenue,
      double probabilityBelowSurvival) {
    static Figures read(JsonInput json, String path) throws ReportInputException {
      return new Figures(json.numberOrNaN(path + ".mean_profit"), json.numberOrNaN(path + ".profit_stderr"),
          json.numberOrNaN(path + ".es95_profit"), json.numberOrNaN(path + ".mean_revenue"),
          json.numberOrNaN(path + ".probability_below_survival"));
    }
  }

  /** The optimised plan minus a baseline, paired: value, standard error and 95% interval. */
  record Advantage(double value, double stderr, double ci95Low, double ci95High) {}

  /** A plan the optimised one was compared with. */
  record Baseline(String name, List<String> key, int headcount, Objective objective, Figures figures,
      Advantage advantage) {
    Baseline {
      key = List.copyOf(key);
    }
  }

  /**
   * {@code plan.json}: the chosen plan. Objective, key set, headcount and baselines are required; the
   * search's settings and figures are shown when present (empty or NaN when not).
   */
  record Chosen(String scenario, Objective objective, List<String> key, int headcount, OptionalLong seed,
      OptionalLong searchTrials, OptionalLong validationTrials, OptionalLong validationSeed,
      OptionalLong evaluations, Figures figures,
      List<Baseline> baselines) {
    Chosen {
      key = List.copyOf(key);
      baselines = List.copyOf(baselines);
    }

    static Chosen read(Path file) throws ReportInputException {
      JsonInput json = JsonInput.read(file);
      List<Baseline> baselines = new ArrayList<>();
      for (JsonInput b : json.has("baselines") ? json.objects("baselines") : List.<JsonInput>of()) {
        baselines.add(new Baseline(b.text("name"), b.strings("key"), b.smallInteger("headcount"),
            Objective.read(b, "objective"), Figures.read(b, "figures"),
            new Advantage(b.number("advantage.value"), b.number("advantage.stderr"),
                b.number("advantage.ci95.0"), b.number("advantage.ci95.1"))));
      }
      return new Chosen(
          json.has("scenario") ? json.text("scenario") : "",
          Objective.read(json, "objective"),
          json.strings("key"),
          json.smallInteger("headcount"),
          optionalLong(json, "seed"),
          optionalLong(json, "search_trials"),
          optionalLong(json, "validation_trials"),
          optionalLong(json, "validation_seed"),
          optionalLong(json, "evaluations"),
          Figures.read(json, "figures"),
          baselines);
    }

    private static OptionalLong optionalLong(JsonInput json, String path) throws ReportInputException {
      return json.has(path) ? OptionalLong.of(json.integer(path)) : OptionalLong.empty();
    }
  }
}
