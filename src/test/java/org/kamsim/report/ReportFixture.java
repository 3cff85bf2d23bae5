package org.kamsim.report;

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
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.simulation.TestWorkers;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;

/**
 * A small but realistic result directory for the report's tests, written through {@link ResultWriter}
 * (so with its report): 30 accounts in three segments and two regions, revenue from 0.1 to 6 million,
 * scores from two criteria, four key accounts today, a plan of the five largest with two KAMs, 2000 trials
 * over 24 months. Built from model records: the report package's tests do not use the scenario reader.
 */
public final class ReportFixture {
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
      factor: {persistence: 0.9, churn_correlation: 0.2, growth_correlation: 0.2}
      kam: {headcount: 2, capacity_per_kam: 4}
      plan: {key: [A001, A002, A003, A004, A005]}
      shocks:
        - {lose: "top:1", month: 6}
      """;

  private ReportFixture() {}

  static Scenario scenario() {
    List<Account> accounts = new ArrayList<>();
    List<String> statusQuo = new ArrayList<>();
    for (int i = 1; i <= ACCOUNTS; i++) {
      String id = String.format("A%03d", i);
      double revenue = 6_000_000 / Math.pow(i, 1.1) + 100_000;
      boolean key = i <= 4;
      if (key) {
        statusQuo.add(id);
      }
      String name = i == 3 ? "Smith & Sons, <Ltd>" : "Account number " + i;
      accounts.add(new Account(id, name, List.of("Retail", "Industry", "Public").get(i % 3),
          i % 2 == 0 ? "North" : "South", revenue, 0.3, 20_000, 0.05 + 0.01 * (i % 7), 0.03, 0.2,
          Double.POSITIVE_INFINITY, 1, key,
          Map.of("fit", 1.0 + i % 10, "solvency", 1.0 + (7 * i) % 10)));
    }
    Portfolio portfolio = new Portfolio(accounts, List.of("fit", "solvency"));
    KamPolicy kam = new KamPolicy(OptionalInt.of(2), 4, 150_000, 0.15, 3, OptionalInt.empty());
    Plan plan = new Plan(List.of("A001", "A002", "A003", "A004", "A005"), 2);
    Plan today = new Plan(statusQuo, 1);
    return new Scenario("report-fixture", null, portfolio, HORIZON, TRIALS, 7, 0.8, FactorModel.DEFAULT,
        Program.DEFAULT, kam, new PlanSpec.KeyIds(plan.key()), plan, today,
        new Scoring(Map.of("fit", 0.5, "solvency", 0.5)), List.of(), OptimiseSpec.defaults(2, TRIALS));
  }

  static SimulationResult run() {
    return new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(scenario());
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

  /** Simulates and writes the result, with its report, into {@code target}. */
  public static Path write(Path target) throws IOException {
    Path yaml = target.resolveSibling(target.getFileName() + "-scenario.yaml");
    Files.writeString(yaml, YAML, StandardCharsets.UTF_8);
    RunInfo run = new RunInfo(2, Instant.parse("2025-01-02T03:04:05Z"), Duration.ofMillis(800),
        List.of("kamsim", "simulate", yaml.toString()));
    try {
      ResultWriter.write(run(), yaml, run, target, true);
    } catch (ReportNotDrawnException e) {
      throw new AssertionError("the fixture's report must draw", e);
    }
    return target;
  }
}
