package org.kamsim.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a run was made, for {@code run.json}: what the results alone do not say.
 *
 * @param threads worker threads used (results do not depend on it; timings do)
 * @param started when the simulation started
 * @param duration how long the simulation took
 * @param command the command line, program name first
 */
public record RunInfo(int threads, Instant started, Duration duration, List<String> command) {
  public RunInfo {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
    }
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(duration, "duration");
    command = List.copyOf(command);
  }
}
