package org.kamsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.OptimiseException;
import org.kamsim.optimise.OptimiseProgress;
import org.kamsim.optimise.Optimiser;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.TestWorkers;
import org.kamsim.report.ReportOutput;

/**
 * Small but realistic results for the writers' and the report's tests, built from model records (the
 * output and report packages do not depend on the scenario reader): 30 accounts in three segments and two
 * regions, revenue from 0.1 to 6 million, scores from two criteria, four key accounts today, 2000 trials
 * over 24 months, seed 7. The plan, the shocks and an optimisation are chosen per test.
 */
public final class Fixtures {
  public static final int ACCOUNTS = 30;
  public static final int TRIALS = 2000;
  public static final int HORIZON = 24;

  /** The scenario text saved as {@code scenario.yaml} (for display only: the run is built in code). */
  public static final String YAML = """
      # Test scenario <with> "markup" & co.
      name: report-fixture
      portfolio: portfolio.csv
      horizon_months: 24
      trials: 2000
      seed: 7
      kam: {headcount: 2, capacity_per_kam: 4}
      plan: {key: [A001, A002, A003, A004, A005]}
      """;

  /** The plan of the five largest, with two KAMs, against today's four key accounts with one. */
  public static final Plan FIVE_LARGEST = new Plan(List.of("A001", "A002", "A003", "A004", "A005"), 2);
  /** Today's key set with today's headcount: the status quo itself. */
  public static final Plan TODAY = new Plan(List.of("A001", "A002", "A003", "A004"), 1);
  /** Losing the largest account in month 6. */
  public static final Shock LOSE_LARGEST = new Shock.Lose(new Selector.Top(1), 6);

  private Fixtures() {}

  /** The 30-account scenario with {@code plan} and {@code shocks}. */
  public static Scenario scenario(Plan plan, List<Shock> shocks) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 1; i <= ACCOUNTS; i++) {
      String id = String.format("A%03d", i);
      double revenue = 6_000_000 / Math.pow(i, 1.1) + 100_000;
      String name = i == 3 ? "Smith & Sons, <Ltd>" : "Account number " + i;
      accounts.add(new Account(id, name, List.of("Retail", "Industry", "Public").get(i % 3),
          i % 2 == 0 ? "North" : "South", revenue, 0.3, 20_000, 0.05 + 0.01 * (i % 7), 0.03, 0.2,
          Double.POSITIVE_INFINITY, 1, i <= 4, Map.of("fit", 1.0 + i % 10, "solvency", 1.0 + (7 * i) % 10)));
    }
    Portfolio portfolio = new Portfolio(accounts, List.of("fit", "solvency"));
    KamPolicy kam = new KamPolicy(OptionalInt.of(plan.headcount()), 4, 150_000, 0.15, 3, OptionalInt.of(1));
    OptimiseSpec optimise = new OptimiseSpec(Objective.MEAN_ES, 0.5, 0.95, 1, 4, List.of(), List.of(), 16, 30, 8,
        3, 4_000);
    return new Scenario("report-fixture", null, portfolio, HORIZON, TRIALS, 7, 0.8, FactorModel.DEFAULT,
        Program.DEFAULT, kam, new PlanSpec.KeyIds(plan.key()), plan, TODAY,
        new Scoring(Map.of("fit", 0.5, "solvency", 0.5)), shocks, optimise);
  }

  public static SimulationResult run(Scenario scenario) {
    return new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(scenario);
  }

  /** How a test run was made, with {@link #YAML} saved next to {@code target} as its scenario file. */
  public static RunInfo runInfo(Path target) throws IOException {
    Path yaml = target.resolveSibling(target.getFileName() + "-scenario.yaml");
    Files.writeString(yaml, YAML, StandardCharsets.UTF_8);
    return new RunInfo(2, Instant.parse("2025-01-02T03:04:05Z"), Duration.ofMillis(800),
        List.of("kamsim", "simulate", yaml.toString()), ScenarioFile.of(yaml, java.nio.file.Files.readAllBytes(yaml)));
  }

  /** Simulates {@code scenario} and writes the result, with its report, into {@code target}. */
  public static Path write(Path target, Scenario scenario) throws IOException {
    try {
      ResultWriter.write(run(scenario), runInfo(target), target, ReportOutput.SVG_AND_PNG, TestWorkers.of(2),
          WriteProgress.SILENT);
    } catch (ReportNotDrawnException e) {
      throw new AssertionError("the fixture's report must draw", e);
    }
    return target;
  }

  /** The five largest as the plan, losing the largest in month 6: a result with every simulation section. */
  public static Path write(Path target) throws IOException {
    return write(target, scenario(FIVE_LARGEST, List.of(LOSE_LARGEST)));
  }

  /** Optimises the fixture (with a frontier) and writes everything {@code optimise} writes into {@code target}. */
  public static Path writeOptimised(Path target) throws IOException {
    Scenario scenario = scenario(FIVE_LARGEST, List.of());
    try {
      OptimisationResult result = Optimiser.run(scenario, new Optimiser.Options(null, null, null, null, true),
          TestWorkers.of(2), OptimiseProgress.NONE);
      Scenario chosen = scenario.withPlan(result.optimised().plan()).withSeed(result.validationSeed())
          .withTrials(result.validationTrials());
      OptimiseWriter.write(result, run(chosen), runInfo(target), target, ReportOutput.SVG_AND_PNG,
          TestWorkers.of(2), WriteProgress.SILENT);
    } catch (OptimiseException | ReportNotDrawnException e) {
      throw new AssertionError("the fixture must optimise and draw", e);
    }
    return target;
  }

  /** Copies the directory tree {@code from} to {@code to} (which must not exist). */
  public static Path copy(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
