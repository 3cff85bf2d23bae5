package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.kamsim.model.Scenario;
import org.kamsim.output.Preload;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScenarioFile;
import org.kamsim.output.TextSummary;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.results.Result;
import org.kamsim.simulation.Precision;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.Workers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kamsim simulate}: load a scenario, simulate it, write the results and print the headline figures.
 * Input is read and checked completely before anything touches the output directory.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Simulate a scenario and write its results.", "",
        "Writes summary.json, periods.csv, accounts.csv, trials.csv, run.json and a copy of the scenario "
            + "(scenario.yaml) into the output directory (default out/<scenario name>), with the report "
            + "(report.html and charts/) unless --no-report. An earlier result there is replaced only once the "
            + "new one is complete, and "
            + "is left untouched if the run fails. A scenario with shocks is also run without them on the "
            + "same random numbers, to price the shocks (shock_impact in summary.json)."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class SimulateCommand implements Callable<Integer> {
  private final List<String> command;
  private final boolean interactive;

  @Mixin
  ScenarioOptions options;

  @Mixin
  PrecisionOptions precision;

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
    precision.check(options);
    Scenario scenario = options.load(stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    ScenarioFile file = options.scenarioFile();
    Preload.start(options.report());
    Path target = options.target(scenario, "");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("simulate", stderr, target, e);
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    ExecutorService workers = Workers.pool(options.threads());
    Result written;
    ReportNotDrawnException notDrawn = null;
    try {
      Simulator simulator = new Simulator(workers, progress);
      Optional<Precision> reached = precision.find(simulator, scenario, progress);
      if (reached.isPresent()) {
        scenario = scenario.withTrials(reached.get().trials());
      }
      SimulationResult result = simulator.run(scenario);
      RunInfo run = new RunInfo(options.threads(), started, Duration.ofNanos(System.nanoTime() - t0), command,
          file);
      written = ResultWriter.write(result, reached, run, target, options.report(), workers, progress);
    } catch (IOException e) {
      progress.finish();
      return ScenarioOptions.cannotWrite("simulate", stderr, target, e);
    } catch (ReportNotDrawnException e) {
      notDrawn = e;
      written = e.result();
    } catch (NonFiniteFigureException e) {
      progress.finish();
      return ScenarioOptions.notFinite("simulate", stderr, e);
    } finally {
      // Also before an OutOfMemoryError reaches Main: its message must start on a line of its own.
      progress.finish();
      workers.shutdownNow();
    }
    TextSummary.print(written, target, stdout);
    if (notDrawn != null) {
      return ScenarioOptions.reportNotDrawn("simulate", stderr, notDrawn);
    }
    options.printReportLocation(stdout, target);
    return ExitCode.OK;
  }
}
