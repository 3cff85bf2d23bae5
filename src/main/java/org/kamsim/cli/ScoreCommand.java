package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.model.Scenario;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.ScoreFiles;
import org.kamsim.output.WriteProgress;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.results.Table;
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
    Scenario scenario = options.load(stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    Path target = options.target(scenario, "-score");
    try {
      AnalysisWriter.checkTarget(target);
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("score", stderr, target, e);
    }
    long weighted = scenario.scoring().weights().values().stream().filter(w -> w > 0).count();
    if (weighted < FEWEST_CRITERIA || weighted > MOST_CRITERIA) {
      stderr.println("kamsim score: warning: " + weighted + (weighted == 1 ? " criterion carries" : " criteria carry")
          + " weight; a scoring matrix is advised to weigh " + FEWEST_CRITERIA + " to " + MOST_CRITERIA);
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Table table;
    try {
      table = ScoreFiles.table(scenario);
      RunInfo run = new RunInfo(1, started, Duration.ofNanos(System.nanoTime() - t0), command,
          options.scenarioFile());
      ScoreFiles.write(scenario, table, run, target, WriteProgress.of(phase -> { }, stderr::println));
    } catch (IOException e) {
      return ScenarioOptions.cannotWrite("score", stderr, target, e);
    } catch (NonFiniteFigureException e) {
      return ScenarioOptions.notFinite("score", stderr, e);
    }
    for (String line : ScoreFiles.summary(scenario)) {
      stdout.println(line);
    }
    stdout.println("Results in " + target + " (" + String.join(", ",
        AnalysisWriter.names(List.of(ScoreFiles.files(scenario, table)))) + ")");
    return ExitCode.OK;
  }
}
