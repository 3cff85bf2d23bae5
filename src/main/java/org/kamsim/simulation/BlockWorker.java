package org.kamsim.simulation;

import java.util.List;
import org.kamsim.model.Scenario;

/**
 * What computes the blocks of one scenario's passes, wherever they run: the scenario's trial kernels (built
 * once, immutable, shared by every thread) and each thread's {@link Workspace}s. A remote executor builds one
 * per scenario (per JVM, or per task: a kernel costs about as much as one trial) and calls
 * {@link #compute} with the blocks it was given.
 */
public final class BlockWorker {
  private final Scenario scenario;
  private final Kernel kernel;
  /** The kernel of the scenario without its shocks (the shocks' counterfactual), built when first needed. */
  private volatile Kernel withoutShocks;
  /** The kernel of the optimiser's {@link CoverageSample} (every account key), built when first needed. */
  private volatile Kernel coverage;
  private final ThreadLocal<Workspace[]> workspaces = new ThreadLocal<>();

  public BlockWorker(Scenario scenario) {
    this.scenario = scenario;
    this.kernel = new Kernel(scenario);
  }

  /** The scenario whose blocks this computes. */
  public Scenario scenario() {
    return scenario;
  }

  /** Block {@code block} of {@code job}. */
  public <T extends java.io.Serializable> T compute(BlockJob<T> job, int block) {
    return job.compute(this, block);
  }

  Kernel kernel() {
    return kernel;
  }

  Kernel withoutShocks() {
    Kernel k = withoutShocks;
    if (k == null) {
      k = new Kernel(scenario.withShocks(List.of()));
      withoutShocks = k; // a race builds it twice, the same kernel: harmless
    }
    return k;
  }

  Kernel coverageKernel() {
    Kernel k = coverage;
    if (k == null) {
      k = CoverageSample.coverageKernel(scenario);
      coverage = k; // a race builds it twice, the same kernel: harmless
    }
    return k;
  }

  /** This thread's {@code count} (at least) workspaces for a horizon of {@code months}, for a pass. */
  Workspace[] workspaces(int months, int count) {
    return workspaces(workspaces, months, count);
  }

  /** {@code slot}'s workspaces, (re)built when missing, too few or for another horizon. */
  static Workspace[] workspaces(ThreadLocal<Workspace[]> slot, int months, int count) {
    Workspace[] w = slot.get();
    if (w == null || w.length < count || w[0].factor.length != months) {
      w = new Workspace[Math.max(count, w == null ? 0 : w.length)];
      for (int i = 0; i < w.length; i++) {
        w[i] = new Workspace(months);
      }
      slot.set(w);
    }
    return w;
  }
}
