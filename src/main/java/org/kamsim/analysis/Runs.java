package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Simulator;

/**
 * Runs the scenarios of an analysis one after the other, each on every thread, with one progress count over
 * all of them. Runs are never priced against their own shocks ({@link Simulator#run(Scenario, boolean)}):
 * an analysis compares each run with a base of its own, on the same draws.
 */
public final class Runs {
  private final Executor executor;
  private final ProgressListener progress;

  /**
   * @param executor runs the blocks of trials; results do not depend on it
   * @param progress told how many trials are done out of all the runs'
   */
  public Runs(Executor executor, ProgressListener progress) {
    this.executor = executor;
    this.progress = progress;
  }

  /** The outcome of each scenario, in order. */
  public List<Outcome> run(List<Scenario> scenarios) {
    long total = 0;
    for (Scenario s : scenarios) {
      total += Simulator.workOf(s, false);
    }
    List<Outcome> outcomes = new ArrayList<>(scenarios.size());
    long before = 0;
    for (Scenario s : scenarios) {
      long offset = before;
      long all = total;
      Simulator simulator = new Simulator(executor, (done, ofRun) -> progress.progress(offset + done, all));
      outcomes.add(Outcome.of(simulator.run(s, false)));
      before += Simulator.workOf(s, false);
    }
    return outcomes;
  }
}
