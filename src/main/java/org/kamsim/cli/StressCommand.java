package org.kamsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamsim.analysis.StressTest;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.StressRun;
import org.kamsim.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code kamsim stress}: the concentration ladder of a scenario and its reverse stress test, all on the same
 * random numbers. Input, {@code --depth} and {@code --month} are checked against the loaded scenario before
 * anything touches the output directory.
 */
@Command(name = "stress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Stress a scenario's concentration: lose its largest accounts, each segment and each region.",
        "",
        "Runs the scenario as it is, then also losing its top 1..K accounts by today's revenue in month M, then "
            + "each whole segment and each whole region, all on the same random numbers; and finds the fewest "
            + "accounts whose loss in month M takes expected horizon revenue below the survival threshold "
            + "(and, in the same order, the first set that makes falling below it as likely as not). Writes "
            + "stress.csv, reverse-stress.csv, reverse-stress-accounts.csv, run.json and a copy of the scenario "
            + "into the output directory (default out/<scenario name>-stress, with -month<M> and -depth<K> "
            + "when given: out/baseline-stress-month6), with the report unless --no-report."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class StressCommand implements Callable<Integer> {
  private final List<String> command;
  private final boolean interactive;

  @Mixin
  ScenarioOptions options;

  private Integer depth;
  private int month = 1;

  /**
   * @param command the whole command line, for {@code run.json}
   * @param interactive whether stderr is a terminal that can redraw a progress bar
   */
  StressCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Option(names = "--depth", paramLabel = "K",
      description = "Top-account rungs: lose the top 1..K accounts, 1..the portfolio's accounts (default: 10, "
          + "or all accounts if fewer).")
  void setDepth(int value) {
    depth = atLeastOne("--depth", value, "the portfolio's accounts");
  }

  @Option(names = "--month", paramLabel = "M",
      description = "The month the accounts are lost, 1..horizon_months (default: 1).")
  void setMonth(int value) {
    month = atLeastOne("--month", value, "horizon_months");
  }

  /**
   * A usage error (exit 2) for a value below 1; the upper bound, {@code most}, is the loaded scenario's and
   * is checked after loading.
   */
  private int atLeastOne(String option, int value, String most) {
    if (value < 1) {
      throw new ParameterException(options.spec.commandLine(),
          option + ": must be in [1, " + most + "], was " + value);
    }
    return value;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    KamsimScenario loaded = options.load(command, stderr);
    if (loaded == null) {
      return ExitCode.INPUT;
    }
    Scenario scenario = loaded.model();
    int accounts = scenario.portfolio().size();
    if (depth != null && depth > accounts) {
      stderr.println("kamsim stress: --depth: must be in [1, " + accounts + "] (the portfolio's accounts), was "
          + depth);
      return ExitCode.INPUT;
    }
    if (month > scenario.horizonMonths()) {
      stderr.println("kamsim stress: --month: must be in [1, " + scenario.horizonMonths()
          + "] (the scenario's horizon_months), was " + month);
      return ExitCode.INPUT;
    }
    int k = depth != null ? depth : Math.min(StressTest.DEFAULT_DEPTH, accounts);
    // Another month or depth is another test: it gets its own default folder rather than replacing this one.
    Path target = options.target(loaded, "-stress" + (month != 1 ? "-month" + month : "")
        + (depth != null ? "-depth" + depth : ""));
    return AnalysisRun.run("stress", options, interactive, target, progress -> {
      StressRun test = loaded.withListener(progress).stress(k, month);
      return new AnalysisRun.Computed(test, test.summaryLines(), test.files());
    });
  }
}
