package org.kamsim.output;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.kamsim.model.Scenario;
import org.kamsim.results.EngineVersion;
import org.kamsim.results.Provenance;
import org.kamsim.simulation.Simulator;

/**
 * How a run was made, for {@code run.json}: what the results alone do not say.
 *
 * @param threads worker threads used (results do not depend on it; timings do)
 * @param started when the simulation started
 * @param duration how long the simulation took
 * @param command the command line, program name first
 * @param scenarioFile the scenario file as it was read; null for a scenario built in code
 */
public record RunInfo(int threads, Instant started, Duration duration, List<String> command,
    ScenarioFile scenarioFile) {
  public RunInfo {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
    }
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(duration, "duration");
    command = List.copyOf(command);
  }

  /**
   * {@code run.json} of a run of {@code scenario} with {@code trials} trials; for {@code optimise}, with the
   * seed and trials of the fresh validation sample.
   */
  Provenance provenance(Scenario scenario, long trials, OptionalLong validationSeed,
      OptionalLong validationTrials) {
    return new Provenance(EngineVersion.get(), scenario.name(),
        scenarioFile == null ? null : scenarioFile.path().toString(),
        scenarioFile == null ? null : scenarioFile.sha256(), scenario.seed(), trials, validationSeed,
        validationTrials, Simulator.BLOCK_SIZE, threads, started.truncatedTo(ChronoUnit.MILLIS).toString(),
        duration.toNanos() / 1e9, Runtime.version().toString(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), command);
  }
}
