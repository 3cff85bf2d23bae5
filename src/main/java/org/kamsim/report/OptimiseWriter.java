package org.kamsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.Plan;
import org.kamsim.model.Portfolio;
import org.kamsim.optimise.AccountValue;
import org.kamsim.optimise.Assessment;
import org.kamsim.optimise.Comparison;
import org.kamsim.optimise.FrontierPoint;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.StaffingPoint;
import org.kamsim.simulation.SimulationResult;

/**
 * Writes the results of {@code kamsim optimise} into one directory, atomically (see
 * {@link OutputDirectory}): {@code plan.json}, {@code plan.csv}, {@code staffing.csv},
 * {@code convergence.csv}, {@code frontier.csv} (when a frontier was searched) and {@code run.json}, with
 * the files of {@code simulate} for the chosen plan and the report. Every figure of a plan comes from the
 * fresh validation trials.
 */
public final class OptimiseWriter {
  public static final String PLAN_JSON = "plan.json";
  public static final String PLAN_CSV = "plan.csv";
  public static final String STAFFING_CSV = "staffing.csv";
  public static final String CONVERGENCE_CSV = "convergence.csv";
  public static final String FRONTIER_CSV = "frontier.csv";
  public static final List<String> PLAN_COLUMNS = List.of("id", "name", "segment", "region",
      "revenue_today", "score", "key_today", "key_in_plan", "incremental_value");
  public static final List<String> STAFFING_COLUMNS = List.of("headcount", "key_accounts", "load",
      "capacity", "search_objective", "objective", "objective_stderr", "mean_profit", "es95_profit",
      "marginal_objective", "marginal_stderr", "marginal_ci95_low", "marginal_ci95_high");
  public static final List<String> CONVERGENCE_COLUMNS =
      List.of("phase", "generation", "best", "mean", "best_headcount");
  public static final List<String> FRONTIER_COLUMNS = List.of("headcount", "key_accounts",
      "mean_profit", "es95_profit", "objective", "probability_below_survival", "key");

  private OptimiseWriter() {}

  /**
   * @param result the optimisation's results
   * @param chosen the chosen plan simulated on the fresh trials, written as {@code simulate} writes it
   * @param scenarioFile the scenario file as the user named it (for {@code run.json}); may be null
   * @param run how the run was made
   * @param target the directory to create or replace
   * @param report whether to draw {@code report.html} and {@code charts/}
   * @throws IOException if the results cannot be written; {@code target} is then left as it was
   * @throws ReportNotDrawnException if the results were written but the report could not be drawn
   */
  public static void write(OptimisationResult result, SimulationResult chosen, Path scenarioFile, RunInfo run,
      Path target, boolean report) throws IOException, ReportNotDrawnException {
    Preload.finish(); // never initialise Jackson's classes alongside the preload (see Preload)
    Throwable notDrawn;
    try (OutputDirectory out = OutputDirectory.open(target, ResultWriter.MARKER)) {
      Path dir = out.path();
      writePlanJson(result, dir.resolve(PLAN_JSON));
      writePlanCsv(result, dir.resolve(PLAN_CSV));
      writeStaffing(result, dir.resolve(STAFFING_CSV));
      writeConvergence(result, dir.resolve(CONVERGENCE_CSV));
      if (!result.frontier().isEmpty()) {
        writeFrontier(result, dir.resolve(FRONTIER_CSV));
      }
      RunJson.write(result.scenario(), result.searchTrials(), scenarioFile, run,
          dir.resolve(RunJson.FILE));
      notDrawn = ResultWriter.writeSimulation(chosen, scenarioFile, dir, report);
      out.commit();
    }
    if (notDrawn != null) {
      throw new ReportNotDrawnException(target, notDrawn);
    }
  }

  static void writePlanJson(OptimisationResult result, Path file) throws IOException {
    Assessment best = result.optimised();
    ObjectNode root = Json.object();
    root.put("scenario", result.scenario().name());
    root.set("objective", objective(result, best));
    root.set("key", Json.strings(best.plan().key()));
    root.put("headcount", best.plan().headcount());
    root.put("seed", result.scenario().seed());
    root.put("search_trials", result.searchTrials());
    root.put("validation_trials", result.validationTrials());
    root.put("validation_seed", result.validationSeed());
    root.put("evaluations", result.evaluations());
    root.set("figures", figures(best));
    ArrayNode baselines = root.putArray("baselines");
    for (Comparison c : result.baselines()) {
      ObjectNode b = baselines.addObject();
      b.put("name", c.baseline().name());
      b.set("key", Json.strings(c.baseline().plan().key()));
      b.put("headcount", c.baseline().plan().headcount());
      b.set("objective", objective(result, c.baseline()));
      b.set("figures", figures(c.baseline()));
      ObjectNode advantage = b.putObject("advantage");
      advantage.put("value", c.advantage().value());
      advantage.put("stderr", c.advantage().stderr());
      advantage.putArray("ci95").add(c.advantage().low()).add(c.advantage().high());
    }
    Json.write(root, file);
  }

  private static ObjectNode objective(OptimisationResult result, Assessment a) {
    ObjectNode o = Json.object();
    o.put("name", result.scenario().optimise().objective().text());
    o.put("value", a.objective());
    o.put("stderr", a.objectiveStderr());
    return o;
  }

  private static ObjectNode figures(Assessment a) {
    ObjectNode f = Json.object();
    f.put("mean_profit", a.meanProfit());
    f.put("profit_stderr", a.profitStderr());
    f.put("es95_profit", a.es95Profit());
    f.put("mean_revenue", a.meanRevenue());
    f.put("probability_below_survival", a.probabilityBelowSurvival());
    return f;
  }

  static void writePlanCsv(OptimisationResult result, Path file) throws IOException {
    Portfolio p = result.scenario().portfolio();
    try (Csv csv = Csv.create(file, PLAN_COLUMNS)) {
      for (AccountValue v : result.accounts()) {
        Account a = p.get(v.index());
        csv.text(a.id()).text(a.name()).text(a.segment()).text(a.region()).number(a.revenue())
            .number(v.score()).bool(v.keyToday()).bool(v.keyInPlan()).number(v.incrementalValue())
            .endRow();
      }
    }
  }

  static void writeStaffing(OptimisationResult result, Path file) throws IOException {
    Portfolio p = result.scenario().portfolio();
    double capacityPerKam = result.scenario().kam().capacityPerKam();
    try (Csv csv = Csv.create(file, STAFFING_COLUMNS)) {
      for (StaffingPoint s : result.staffing()) {
        Assessment a = s.assessment();
        Plan plan = a.plan();
        csv.integer(s.headcount()).integer(plan.key().size()).number(plan.load(p))
            .number(s.headcount() * capacityPerKam).number(s.searchObjective()).number(a.objective())
            .number(a.objectiveStderr()).number(a.meanProfit()).number(a.es95Profit());
        if (s.marginal() == null) {
          csv.number(Double.NaN).number(Double.NaN).number(Double.NaN).number(Double.NaN);
        } else {
          csv.number(s.marginal().value()).number(s.marginal().stderr()).number(s.marginal().low())
              .number(s.marginal().high());
        }
        csv.endRow();
      }
    }
  }

  static void writeConvergence(OptimisationResult result, Path file) throws IOException {
    try (Csv csv = Csv.create(file, CONVERGENCE_COLUMNS)) {
      for (OptimisationResult.GenerationRecord g : result.convergence()) {
        csv.text(g.phase()).integer(g.generation()).number(g.best()).number(g.mean())
            .integer(g.bestHeadcount()).endRow();
      }
    }
  }

  static void writeFrontier(OptimisationResult result, Path file) throws IOException {
    try (Csv csv = Csv.create(file, FRONTIER_COLUMNS)) {
      for (FrontierPoint f : result.frontier()) {
        Assessment a = f.assessment();
        csv.integer(f.headcount()).integer(a.plan().key().size()).number(f.meanProfit())
            .number(f.es95Profit()).number(a.objective()).number(a.probabilityBelowSurvival())
            .text(String.join(" ", a.plan().key())).endRow();
      }
    }
  }
}
