package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.kamsim.model.Scenario;
import org.kamsim.optimise.Comparison;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.OptimiseException;
import org.kamsim.optimise.Optimiser;
import org.kamsim.report.OptimiseWriter;
import org.kamsim.report.Preload;
import org.kamsim.report.ReportNotDrawnException;
import org.kamsim.report.ResultWriter;
import org.kamsim.report.RunInfo;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.Workers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kamsim optimise}: choose the key accounts and the KAM headcount for a scenario's
 * {@code optimise} section, compare the choice with the status quo and the rules of thumb, simulate the
 * chosen plan, and write the results. Input is read and checked completely before anything touches the
 * output directory.
 */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"Choose which accounts to make key and how many KAMs to staff.", "",
        "Searches key sets and headcounts with a genetic algorithm on common random numbers, re-scores "
            + "the best plans and the baselines (status quo, top-N by revenue, top-N by score, greedy by "
            + "value per capacity unit) on fresh trials, and writes plan.json, plan.csv, staffing.csv, "
            + "convergence.csv, frontier.csv (with --frontier) and run.json. The chosen plan is then "
            + "simulated on the same fresh trials (summary.json, periods.csv, accounts.csv, trials.csv, "
            + "as simulate writes them) and the report drawn, unless --no-report."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class OptimiseCommand implements Callable<Integer> {
  private final List<String> command;
  private final boolean interactive;

  @Mixin
  ScenarioOptions options;

  @Option(names = "--frontier",
      description = "Also search the trade-off of mean profit, ES95 of profit and headcount (NSGA-II).")
  boolean frontier;

  private Integer population;
  private Integer generations;
  private Integer stall;
  private Integer validationTrials;

  OptimiseCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Option(names = "--validation-trials", paramLabel = "N",
      description = "Fresh trials for the finalists and baselines (default: optimise.validation_trials).")
  void setValidationTrials(int value) {
    validationTrials = ScenarioOptions.inRange(options.spec, "--validation-trials", value, 100,
        Scenario.MAX_TRIALS);
  }

  @Option(names = "--population", paramLabel = "N",
      description = "Genetic algorithm population (default: optimise.population).")
  void setPopulation(int value) {
    population = ScenarioOptions.inRange(options.spec, "--population", value, 4, 100_000);
  }

  @Option(names = "--generations", paramLabel = "N",
      description = "Most generations of the search (default: optimise.generations).")
  void setGenerations(int value) {
    generations = ScenarioOptions.inRange(options.spec, "--generations", value, 1, 1_000_000);
  }

  @Option(names = "--stall", paramLabel = "N",
      description = "Stop after N generations without improvement (default: optimise.stall_generations).")
  void setStall(int value) {
    stall = ScenarioOptions.inRange(options.spec, "--stall", value, 1, 1_000_000);
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    Scenario scenario = options.load(stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    Preload.start(!options.noReport);
    Path target = options.target(scenario, "-optimise");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("optimise", stderr, target, e);
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    OptimiseProgressLine progress = new OptimiseProgressLine(stderr, interactive, System::nanoTime);
    OptimisationResult result;
    SimulationResult simulated;
    ExecutorService workers = Workers.pool(options.threads());
    try {
      result = Optimiser.run(scenario, new Optimiser.Options(population, generations, stall,
          validationTrials, frontier), workers, progress);
      // The chosen plan in the same terms as simulate (paths, tail, payback against the status quo), on
      // the fresh trials its figures in plan.json come from.
      progress.phase("simulating the chosen plan on the " + result.validationTrials() + " fresh trials");
      Scenario chosen = scenario.withPlan(result.optimised().plan())
          .withSeed(result.validationSeed()).withTrials(result.validationTrials());
      simulated = new Simulator(workers,
          (done, total) -> progress.trials("chosen plan", done, total)).run(chosen);
    } catch (OptimiseException e) {
      progress.finish();
      stderr.println(options.scenarioFile + ": " + e.getMessage());
      return ExitCode.INPUT;
    } catch (OutOfMemoryError e) {
      progress.finish();
      return ScenarioOptions.outOfMemory("optimise", stderr,
          scenario.trials() + " search trials and the validation trials over " + scenario.horizonMonths()
              + " months", "--trials or --validation-trials");
    } finally {
      progress.finish();
      workers.shutdownNow();
    }
    RunInfo run = new RunInfo(options.threads(), started, Duration.ofNanos(System.nanoTime() - t0),
        command);
    ReportNotDrawnException notDrawn = null;
    try {
      OptimiseWriter.write(result, simulated, options.scenarioFile, run, target, !options.noReport);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("optimise", stderr, target, e);
    } catch (ReportNotDrawnException e) {
      notDrawn = e;
    }
    print(result, target, stdout);
    if (notDrawn != null) {
      return ScenarioOptions.reportNotDrawn("optimise", stderr, notDrawn);
    }
    options.printReportLocation(stdout, target);
    return ExitCode.OK;
  }

  private static void print(OptimisationResult r, Path target, PrintWriter out) {
    var best = r.optimised();
    out.printf(Locale.ROOT, "Results in %s (plan.json, plan.csv, staffing.csv, convergence.csv%s, "
        + "summary.json and the files of simulate for the chosen plan)%n%n",
        target, r.frontier().isEmpty() ? "" : ", frontier.csv");
    out.printf(Locale.ROOT, "%s: objective %s, %,d search trials, %,d fresh trials, %,d plans scored%n",
        r.scenario().name(), r.scenario().optimise().objective().text(), r.searchTrials(),
        r.validationTrials(), r.evaluations());
    out.printf(Locale.ROOT, "optimised plan: %d key accounts, %d KAMs%n", best.plan().key().size(),
        best.plan().headcount());
    out.printf(Locale.ROOT, "  objective %,.0f (s.e. %,.0f), mean profit %,.0f, ES95 of profit %,.0f%n",
        best.objective(), best.objectiveStderr(), best.meanProfit(), best.es95Profit());
    out.println("against the baselines (same fresh trials; optimised minus baseline, 95% interval):");
    for (Comparison c : r.baselines()) {
      out.printf(Locale.ROOT, "  %-12s %3d key, %2d KAMs  objective %,15.0f   advantage %,13.0f  [%,.0f, %,.0f]%n",
          c.baseline().name(), c.baseline().plan().key().size(), c.baseline().plan().headcount(),
          c.baseline().objective(), c.advantage().value(), c.advantage().low(), c.advantage().high());
    }
  }
}
