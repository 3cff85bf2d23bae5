package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.SimulationRun;
import org.kamsim.output.Preload;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.TextSummary;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.results.Result;
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
    KamsimScenario scenario = options.load(command, stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    Preload.start(options.report());
    Path target = options.target(scenario, "");
    try {
      ResultWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("simulate", stderr, target, e);
    }

    ProgressBar progress = new ProgressBar(stderr, interactive, System::nanoTime);
    Result written;
    ReportNotDrawnException notDrawn = null;
    try {
      SimulationRun run = precision.simulate(scenario.withListener(progress), progress);
      written = run.writeResult(target, options.report(), progress);
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
    }
    TextSummary.print(written, target, stdout);
    if (notDrawn != null) {
      return ScenarioOptions.reportNotDrawn("simulate", stderr, notDrawn);
    }
    options.printReportLocation(stdout, target);
    return ExitCode.OK;
  }
}
