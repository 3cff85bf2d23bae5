package org.kamsim.spark;

import java.io.Serializable;
import org.kamsim.api.PortableScenario;
import org.kamsim.simulation.BlockWorker;

/**
 * What the scenario's broadcast holds: its text, and, once an executor has read it, that JVM's
 * {@link BlockWorker}. An executor deserialises a broadcast value once and hands every task the same copy,
 * so the scenario is parsed and its kernels built once per executor JVM, and shared by the tasks that run
 * there (a worker is thread-safe; each thread keeps its own workspaces).
 */
final class SentScenario implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PortableScenario scenario;
  private transient volatile BlockWorker worker;

  SentScenario(PortableScenario scenario) {
    this.scenario = scenario;
  }

  BlockWorker worker() {
    BlockWorker w = worker;
    if (w == null) {
      synchronized (this) {
        w = worker;
        if (w == null) {
          w = new BlockWorker(scenario.model());
          worker = w;
        }
      }
    }
    return w;
  }
}
