package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.ScoreRun;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.NonFiniteFigureException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kamsim score}: the scenario's scoring matrix applied to its portfolio, without simulating: writes
 * {@code scores.csv} and prints the tiers with their account counts and revenue shares.
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Scores, ranks and tiers the accounts of a scenario's portfolio, without simulating.", "",
        "Applies the scenario's scoring section (weights, tiers, min_share) to its portfolio and writes "
            + "scores.csv (id, name, revenue_today, share_today, score, rank, tier, key_today, then each "
            + "criterion), run.json and a copy of the scenario; prints each tier, and standard, with its "
            + "accounts and share of today's revenue. Warns when fewer than 3 or more than 7 criteria carry "
            + "weight. --trials, --seed, --threads, --no-report and --png have no effect here. Default output "
            + "directory: out/<scenario name>-score."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class ScoreCommand implements Callable<Integer> {
  /** Fewest and most weighted criteria the articles advise for a scoring matrix (5 to 7, at least 3). */
  static final int FEWEST_CRITERIA = 3;
  static final int MOST_CRITERIA = 7;

  private final List<String> command;

  @Mixin
  ScenarioOptions options;

  /** @param command the whole command line, for {@code run.json} */
  ScoreCommand(List<String> command) {
    this.command = List.copyOf(command);
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    KamsimScenario scenario = options.load(command, stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    Path target = options.target(scenario, "-score");
    try {
      AnalysisWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("score", stderr, target, e);
    }
    long weighted = scenario.model().scoring().weights().values().stream().filter(w -> w > 0).count();
    if (weighted < FEWEST_CRITERIA || weighted > MOST_CRITERIA) {
      stderr.println("kamsim score: warning: " + weighted + (weighted == 1 ? " criterion carries" : " criteria carry")
          + " weight; a scoring matrix is advised to weigh " + FEWEST_CRITERIA + " to " + MOST_CRITERIA);
    }
    ScoreRun run;
    try {
      run = scenario.withThreads(1).score();
      run.write(target, ReportOutput.NONE, WriteProgress.of(phase -> { }, stderr::println));
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("score", stderr, target, e);
    } catch (NonFiniteFigureException e) {
      return ScenarioOptions.notFinite("score", stderr, e);
    }
    for (String line : run.summaryLines()) {
      stdout.println(line);
    }
    stdout.println("Results in " + target + " (" + String.join(", ", AnalysisWriter.names(List.of(run.file())))
        + ")");
    return ExitCode.OK;
  }
}
