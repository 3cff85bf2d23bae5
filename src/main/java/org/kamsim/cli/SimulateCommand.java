package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.model.Scenario;
import org.kamsim.report.Preload;
import org.kamsim.report.Report;
import org.kamsim.report.ResultWriter;
import org.kamsim.report.RunInfo;
import org.kamsim.report.TextSummary;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kamsim simulate}: load a scenario, simulate it, write the results and print the headline figures.
 * Input is read and checked completely before anything touches the output directory.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Simulate a scenario and write its results.", "",
        "Writes summary.json, periods.csv, accounts.csv, trials.csv, run.json and a copy of the scenario "
            + "(scenario.yaml) into the output directory, with the report (report.html and charts/) unless "
            + "--no-report. An earlier result there is replaced only once the new one is complete, and "
            + "is left untouched if the run fails."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class SimulateCommand implements Callable<Integer> {
  private final List<String> command;
  private final boolean interactive;

  @Mixin
  ScenarioOptions options;

  @Option(names = "--no-report",
      description = "Write the data files only: no report.html and no charts/ (kamsim report draws them later).")
  boolean noReport;

  /**
   * @param command the whole command line, for {@code run.json}
   * @param interactive whether stderr is a terminal that can redraw a progress bar
   */
  SimulateCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    Scenario scenario = options.load(stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    Preload.start(!noReport);
    Path target = options.target(scenario, "");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("simulate", stderr, target, e);
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    SimulationResult result;
    try {
      result = new Simulator(options.threads(), progress).run(scenario);
    } catch (OutOfMemoryError e) {
      // Not a bug but a limit: the engine keeps every trial's monthly figures. The arrays are garbage once
      // unwound here, so there is memory again to say so.
      progress.finish();
      stderr.println("kamsim simulate: out of memory for " + scenario.trials() + " trials over "
          + scenario.horizonMonths() + " months; use fewer --trials or give Java more memory (java -Xmx...)");
      return ExitCode.INTERNAL;
    } finally {
      progress.finish();
    }
    RunInfo run = new RunInfo(options.threads(), started, Duration.ofNanos(System.nanoTime() - t0),
        command);

    try {
      ResultWriter.write(result, options.scenarioFile, run, target, !noReport);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("simulate", stderr, target, e);
    }
    TextSummary.print(result, target, stdout);
    if (!noReport) {
      stdout.println();
      stdout.println("Report: " + target.resolve(Report.FILE) + " (charts in " + target.resolve(Report.CHARTS) + ")");
    }
    return ExitCode.OK;
  }
}
