package org.kamsim.cli;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.SimulationRun;
import org.kamsim.model.Scenario;
import org.kamsim.report.text.Amounts;
import org.kamsim.simulation.Precision;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --precision P [--max-trials N]} (a picocli mixin of {@code simulate} and {@code compare}): run as
 * many trials as bring the standard errors of mean revenue and mean profit within P percent of the means,
 * found by the simulation's first stage ({@link Simulator#trialsForPrecision}).
 */
final class PrecisionOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** {@code --precision}: the target in percent, or null for a run of a fixed number of trials. */
  private Double precision;
  /** {@code --max-trials}, or null. */
  private Integer maxTrials;

  @Option(names = "--precision", paramLabel = "P",
      description = "Add blocks of trials until the standard errors of mean revenue and mean profit are both "
          + "at most P percent of the means (checked from 1,000 trials on), then write what a run of that "
          + "many trials writes. Not with --trials.")
  void setPrecision(double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new ParameterException(spec.commandLine(), "--precision: must be a finite number > 0, was "
          + value);
    }
    precision = value;
  }

  @Option(names = "--max-trials", paramLabel = "N",
      description = "With --precision: stop at N trials if the target is not reached by then, 1,000.. (default: "
          + "1,000,000, and at most what the engine holds for the horizon).")
  void setMaxTrials(int value) {
    // The target is checked from Precision.MIN_TRIALS on: a lower bound would stop every run unchecked.
    maxTrials = ScenarioOptions.inRange(spec, "--max-trials", value, Precision.MIN_TRIALS, Scenario.MAX_TRIALS);
  }

  /** Usage errors (exit 2) for options that do not go together; call before anything is read. */
  void check(ScenarioOptions options) {
    if (precision != null && options.trialsGiven()) {
      throw new ParameterException(spec.commandLine(), "--precision and --trials: give one or the other "
          + "(--precision chooses the trials; --max-trials bounds them)");
    }
    if (maxTrials != null && precision == null) {
      throw new ParameterException(spec.commandLine(), "--max-trials: only with --precision");
    }
  }

  boolean given() {
    return precision != null;
  }

  /**
   * {@code scenario} simulated: to the precision asked for, with the progress bar told when the first stage
   * ends; or with its own trials without {@code --precision}.
   */
  SimulationRun simulate(KamsimScenario scenario, ProgressBar progress) {
    if (precision == null) {
      return scenario.simulate();
    }
    progress.openEnded();
    return scenario.simulateToPrecision(precision, maxTrials == null ? Precision.DEFAULT_MAX_TRIALS : maxTrials,
        found -> progress.nextStage((found.targetMet() ? "standard errors within " + Amounts.plain(precision) + "%"
            : "target " + Amounts.plain(precision) + "%" + " not reached") + " at "
            + Amounts.count(found.trials()) + " trials; simulating them in full"));
  }

  /**
   * Scenarios set to common trials for {@code --precision}, and what the run should say about it.
   *
   * @param note a sentence on the trials chosen and whether each scenario reached the target; empty
   *     without {@code --precision}
   */
  record Common(List<KamsimScenario> scenarios, String note) {}

  /**
   * For an analysis of several scenarios: each scenario's trials for the target, and all of them set to the
   * largest, so that runs that were paired stay paired (the same trials); unchanged without
   * {@code --precision}.
   */
  Common atCommonTrials(List<KamsimScenario> scenarios, ProgressBar progress) {
    if (precision == null) {
      return new Common(scenarios, "");
    }
    int most = 0;
    String needs = "";
    List<String> unmet = new ArrayList<>();
    progress.openEnded();
    for (KamsimScenario s : scenarios) {
      Precision p = s.trialsForPrecision(precision,
          maxTrials == null ? Precision.DEFAULT_MAX_TRIALS : maxTrials);
      if (!p.targetMet()) {
        unmet.add(s.name());
      }
      if (p.trials() > most) {
        most = p.trials();
        needs = s.name();
      }
    }
    String target = "standard errors of mean revenue and mean profit within " + Amounts.plain(precision) + "%";
    String note = unmet.isEmpty()
        ? "--precision " + Amounts.plain(precision) + ": every scenario runs " + Amounts.count(most) + " trials, the "
            + "most any of them needs for " + target + " (" + needs + ")."
        : "--precision " + Amounts.plain(precision) + ": every scenario runs " + Amounts.count(most) + " trials, the "
            + "trial limit; " + String.join(", ", unmet) + " did not reach " + target + " by then.";
    progress.nextStage(note);
    List<KamsimScenario> common = new ArrayList<>(scenarios.size());
    for (KamsimScenario s : scenarios) {
      common.add(s.withTrials(most));
    }
    return new Common(common, note);
  }
}
