package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.OptimisationRun;
import org.kamsim.api.ScenarioException;
import org.kamsim.model.Scenario;
import org.kamsim.optimise.Assessment;
import org.kamsim.optimise.Comparison;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.Optimiser;
import org.kamsim.output.Preload;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.ResultFiles;
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
            + "convergence.csv, frontier.csv (with --frontier) and run.json into the output directory (default "
            + "out/<scenario name>-optimise). The chosen plan is then "
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
      description = "Also search the trade-off of mean profit, ES95 of profit and headcount (NSGA-II); "
          + "of NPV in place of profit when the scenario sets finance.")
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
    KamsimScenario loaded = options.load(command, stderr);
    if (loaded == null) {
      return ExitCode.INPUT;
    }
    if (loaded.model().plan().phased()) {
      // The search is over one key set and headcount for the whole horizon; phases are priced by simulate.
      stderr.println("kamsim optimise: warning: plan.changes are ignored (the optimiser searches one key set and "
          + "headcount for the whole horizon; the scenario's plan is compared as its month-1 set); run simulate "
          + "to price the phased plan");
    }
    Preload.start(options.report());
    Path target = options.target(loaded, "-optimise");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("optimise", stderr, target, e);
    }

    OptimiseProgressLine progress = new OptimiseProgressLine(stderr, interactive, System::nanoTime);
    OptimisationResult result = null;
    ReportNotDrawnException notDrawn = null;
    try {
      OptimisationRun run = loaded.optimise(new Optimiser.Options(population, generations, stall,
          validationTrials, frontier), progress);
      result = run.optimisation();
      run.write(target, options.report(), WriteProgress.of(progress::phase, progress::phase));
    } catch (ScenarioException e) {
      progress.finish();
      for (String line : e.lines()) {
        stderr.println(line);
      }
      return ExitCode.INPUT;
    } catch (IOException e) {
      progress.finish();
      return ScenarioOptions.cannotWrite("optimise", stderr, target, e);
    } catch (ReportNotDrawnException e) {
      notDrawn = e;
    } catch (NonFiniteFigureException e) {
      progress.finish();
      return ScenarioOptions.notFinite("optimise", stderr, e);
    } finally {
      // Also before an OutOfMemoryError reaches Main: its message must start on a line of its own.
      progress.finish();
    }
    print(result, target, stdout);
    if (notDrawn != null) {
      return ScenarioOptions.reportNotDrawn("optimise", stderr, notDrawn);
    }
    options.printReportLocation(stdout, target);
    return ExitCode.OK;
  }

  /** The chosen plan and how it compares, every figure labelled with what it is. */
  private static void print(OptimisationResult r, Path target, PrintWriter out) {
    Assessment best = r.optimised();
    ObjectiveText objective = new ObjectiveText(r.scenario().optimise().objective(),
        r.scenario().optimise().riskAversion(),
        r.scenario().finance().map(f -> new PlanSearch.Npv(f.discountRate(), f.terminalGrowth())));
    List<String> files = new ArrayList<>(ResultFiles.SEARCH);
    if (r.frontier().isEmpty()) {
      files.remove(FrontierFile.NAME);
    }
    out.println("Results in " + target + " (" + String.join(", ", files)
        + ", and the files of simulate for the chosen plan)");
    out.println();
    out.println(r.scenario().name() + ": maximises " + objective.what() + " (" + objective.name() + ")"
        + (objective.npv().isPresent() ? objective.basis() : ""));
    out.println("  search: " + Amounts.count(r.searchTrials()) + " trials, seed " + r.scenario().seed() + ", "
        + Amounts.count(r.evaluations()) + " plans scored; every figure below: " + Amounts.count(r.validationTrials())
        + " fresh trials, seed " + r.validationSeed());
    out.println("optimised plan: " + Lists.count(best.plan().key().size(), "key account", "key accounts") + ", "
        + Lists.count(best.plan().headcount(), "KAM", "KAMs"));
    line(out, "objective", objective.value(best.objective()), "s.e. " + objective.difference(best.objectiveStderr()));
    line(out, "mean " + objective.profit(), Amounts.money(best.meanProfit()),
        "s.e. " + Amounts.money(best.profitStderr()));
    line(out, objective.profit() + ", worst 5% of futures", Amounts.money(best.tailMeanProfit()),
        "mean of the worst 5%");
    out.println("against the baselines (optimised minus baseline, paired on the fresh trials, 95% interval):");
    for (Comparison c : r.baselines()) {
      String who = String.format(Locale.ROOT, "  %-12s %3d key, %2d KAMs", c.baseline().name(),
          c.baseline().plan().key().size(), c.baseline().plan().headcount());
      if (c.sameAsOptimised()) {
        out.println(who + "   the same plan as the optimised one");
        continue;
      }
      String text = who + "   mean " + objective.profit() + " "
          + signed(Amounts.money(c.profitAdvantage().value())) + " ["
          + Amounts.money(c.profitAdvantage().low()) + ", " + Amounts.money(c.profitAdvantage().high()) + "]";
      if (objective.objective() != org.kamsim.model.Objective.MEAN) {
        text += "   objective " + signed(objective.difference(c.advantage().value())) + " ["
            + objective.difference(c.advantage().low()) + ", " + objective.difference(c.advantage().high()) + "]";
      }
      out.println(text);
    }
  }

  private static void line(PrintWriter out, String label, String value, String note) {
    out.println(String.format(Locale.ROOT, "  %-30s %16s   (%s)", label, value, note));
  }

  private static String signed(String text) {
    return text.startsWith(String.valueOf(Amounts.MINUS)) ? text : "+" + text;
  }
}
