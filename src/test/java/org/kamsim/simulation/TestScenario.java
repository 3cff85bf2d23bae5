package org.kamsim.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Finance;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.model.Shock;

/** Builds scenarios in code for the engine's (and the analyses') tests, with every parameter at hand. */
public final class TestScenario {
  public final List<Account> accounts = new ArrayList<>();
  public int horizon = 36;
  public int trials = 20_000;
  public long seed = 7;
  public double survivalThreshold = 0.8;
  public FactorModel factor = new FactorModel(0, 0, 0);
  public Program program = new Program(0.5, 0.05, 12, 0.02, 20_000, 1.5);
  public double capacityPerKam = 4;
  public double costPerKam = 150_000;
  public double attrition = 0;
  public int vacancyMonths = 3;
  public List<String> planKey = null;
  public Integer headcount = null;
  /** The plan's phases (MODEL.md, "Phased plans"); none by default. */
  public List<Plan.Change> changes = List.of();
  public final List<Shock> shocks = new ArrayList<>();
  /** Discounting; none by default, as a scenario without a {@code finance} section. */
  public Optional<Finance> finance = Optional.empty();

  public static Account full(String id, String segment, String region, double revenue, double margin,
      double costToServe, double churn, double growth, double volatility, double potential,
      double complexity, boolean key) {
    return new Account(id, id, segment, region, revenue, margin, costToServe, churn, growth, volatility,
        potential, complexity, key, Map.of());
  }

  public TestScenario add(Account a) {
    accounts.add(a);
    return this;
  }

  public Scenario build() {
    Portfolio portfolio = new Portfolio(accounts, List.of());
    KamPolicy kam = new KamPolicy(headcount == null ? OptionalInt.empty() : OptionalInt.of(headcount),
        capacityPerKam, costPerKam, attrition, vacancyMonths, OptionalInt.empty());
    List<String> today = new ArrayList<>();
    double todayLoad = 0;
    for (Account a : accounts) {
      if (a.key()) {
        today.add(a.id());
        todayLoad += a.complexity();
      }
    }
    List<String> key = planKey == null ? today : planKey;
    double load = 0;
    for (Account a : accounts) {
      if (key.contains(a.id())) {
        load += a.complexity();
      }
    }
    Plan plan = new Plan(key, headcount == null ? kam.kamsToCover(load) : headcount, changes);
    Plan statusQuo = new Plan(today, kam.kamsToCover(todayLoad));
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("none", 1.0);
    return new Scenario("test", null, portfolio, horizon, trials, seed, survivalThreshold, factor,
        program, kam, new PlanSpec.KeyIds(key), plan, statusQuo, new Scoring(weights), shocks,
        OptimiseSpec.defaults(plan.headcount(), trials)).withFinance(finance);
  }

  SimulationResult run(int threads) {
    return new Simulator(TestWorkers.of(threads), ProgressListener.NONE).run(build());
  }
}
