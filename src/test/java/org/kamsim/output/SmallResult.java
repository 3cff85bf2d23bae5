package org.kamsim.output;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.simulation.SimulationResult;

/**
 * A small simulated result for the writers' tests, built from model records (the report package must not
 * depend on the scenario reader): six accounts, names that need CSV quoting, no criteria columns (so every
 * score is NaN).
 */
final class SmallResult {
  static final int TRIALS = 500;
  static final int HORIZON = 12;

  private SmallResult() {}

  static Scenario scenario() {
    List<Account> accounts = List.of(
        account("A1", "Smith & Sons, Ltd", 5_000_000, true),
        account("A2", "The \"Best\" Co", 3_000_000, true),
        account("A3", "Plain", 1_000_000, false),
        account("A4", "Line\nBreak", 800_000, false),
        account("A5", "Five", 500_000, false),
        account("A6", "Six", 200_000, false));
    Portfolio portfolio = new Portfolio(accounts, List.of());
    KamPolicy kam = new KamPolicy(OptionalInt.empty(), 4, 150_000, 0.15, 3, OptionalInt.empty());
    Plan plan = new Plan(List.of("A1", "A3"), 1);
    Plan statusQuo = new Plan(List.of("A1", "A2"), 1);
    return new Scenario("small", null, portfolio, HORIZON, TRIALS, 5, 0.8, FactorModel.DEFAULT,
        Program.DEFAULT, kam, new PlanSpec.KeyIds(plan.key()), plan, statusQuo, new Scoring(Map.of()),
        List.of(), OptimiseSpec.defaults(1, TRIALS));
  }

  static SimulationResult run() {
    return Fixtures.run(scenario());
  }

  private static Account account(String id, String name, double revenue, boolean key) {
    return new Account(id, name, "Retail", "North", revenue, 0.3, 10_000, 0.1, 0.02, 0.2,
        Double.POSITIVE_INFINITY, 1, key, Map.of());
  }
}
