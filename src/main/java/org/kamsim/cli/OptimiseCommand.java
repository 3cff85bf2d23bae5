package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamsim.model.Scenario;
import org.kamsim.optimise.Comparison;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.OptimiseException;
import org.kamsim.optimise.Optimiser;
import org.kamsim.report.OptimiseWriter;
import org.kamsim.report.ResultWriter;
import org.kamsim.report.RunInfo;
import org.kamsim.scenario.InputError;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kamsim optimise}: choose the key accounts and the KAM headcount for a scenario's
 * {@code optimise} section, compare the choice with the status quo and the rules of thumb, and write
 * the results. Input is read and checked completely before anything touches the output directory.
 */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"Choose which accounts to make key and how many KAMs to staff.", "",
        "Searches key sets and headcounts with a genetic algorithm on common random numbers, re-scores "
            + "the best plans and the baselines (status quo, top-N by revenue, top-N by score, greedy by "
            + "value per capacity unit) on fresh trials, and writes plan.json, plan.csv, staffing.csv, "
            + "convergence.csv, frontier.csv (with --frontier) and run.json."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class OptimiseCommand implements Callable<Integer> {
  private final List<String> command;
  private final boolean interactive;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Output directory (default: out/<scenario name>-optimise).")
  Path out;

  @Option(names = "--frontier",
      description = "Also search the trade-off of mean profit, ES95 of profit and headcount (NSGA-II).")
  boolean frontier;

  private Integer trials;
  private Long seed;
  private int threads = Runtime.getRuntime().availableProcessors();
  private Integer population;
  private Integer generations;
  private Integer stall;
  private Integer validationTrials;

  OptimiseCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Option(names = "--trials", paramLabel = "N",
      description = "Trials every candidate is scored on (default: the scenario's).")
  void setTrials(int value) {
    trials = inRange("--trials", value, 1, Scenario.MAX_TRIALS);
  }

  @Option(names = "--validation-trials", paramLabel = "N",
      description = "Fresh trials for the finalists and baselines (default: optimise.validation_trials).")
  void setValidationTrials(int value) {
    validationTrials = inRange("--validation-trials", value, 100, Scenario.MAX_TRIALS);
  }

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
  void setSeed(long value) {
    seed = value;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1..1024 (default: the number of processors). Results do not depend on it.")
  void setThreads(int value) {
    threads = inRange("--threads", value, 1, SimulateCommand.MAX_THREADS);
  }

  @Option(names = "--population", paramLabel = "N",
      description = "Genetic algorithm population (default: optimise.population).")
  void setPopulation(int value) {
    population = inRange("--population", value, 4, 100_000);
  }

  @Option(names = "--generations", paramLabel = "N",
      description = "Most generations of the search (default: optimise.generations).")
  void setGenerations(int value) {
    generations = inRange("--generations", value, 1, 1_000_000);
  }

  @Option(names = "--stall", paramLabel = "N",
      description = "Stop after N generations without improvement (default: optimise.stall_generations).")
  void setStall(int value) {
    stall = inRange("--stall", value, 1, 1_000_000);
  }

  private int inRange(String option, int value, int lo, int hi) {
    if (value < lo || value > hi) {
      throw new ParameterException(spec.commandLine(),
          option + ": must be in [" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(scenarioFile);
    } catch (InputException e) {
      for (InputError error : e.errors()) {
        stderr.println(error);
      }
      return ExitCode.INPUT;
    }
    if (trials != null) {
      scenario = scenario.withTrials(trials);
    }
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    Path target = out != null ? out
        : SimulateCommand.defaultOutput(scenario.name() + "-optimise");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      stderr.println("kamsim optimise: cannot write results to " + target + ": "
          + SimulateCommand.describe(e));
      return ExitCode.OUTPUT;
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    OptimiseProgressLine progress = new OptimiseProgressLine(stderr, interactive, System::nanoTime);
    OptimisationResult result;
    try {
      result = Optimiser.run(scenario, new Optimiser.Options(threads, population, generations, stall,
          validationTrials, frontier), progress);
    } catch (OptimiseException e) {
      progress.finish();
      stderr.println(display(scenarioFile) + ": " + e.getMessage());
      return ExitCode.INPUT;
    } finally {
      progress.finish();
    }
    RunInfo run = new RunInfo(threads, started, Duration.ofNanos(System.nanoTime() - t0), command);
    try {
      OptimiseWriter.write(result, scenarioFile, run, target, OptimiseWriter.ExtraFiles.NONE);
    } catch (IOException e) {
      stderr.println("kamsim optimise: cannot write results to " + target + ": "
          + SimulateCommand.describe(e));
      return ExitCode.OUTPUT;
    }
    print(result, target, stdout);
    return ExitCode.OK;
  }

  private static String display(Path file) {
    return file.toString();
  }

  private static void print(OptimisationResult r, Path target, PrintWriter out) {
    var best = r.optimised();
    out.printf(Locale.ROOT, "Results in %s (plan.json, plan.csv, staffing.csv, convergence.csv%s, run.json)%n%n",
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
