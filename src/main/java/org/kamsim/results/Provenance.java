package org.kamsim.results;

import java.util.List;
import java.util.OptionalLong;

/**
 * {@code run.json}: how a run was made, everything needed to make it again and to tell whether two results
 * can be compared. Unlike {@code summary.json} it differs from run to run (time, threads, duration).
 *
 * @param engineVersion version of the engine that made the results
 * @param scenario the scenario's name
 * @param scenarioFile the scenario file as the user named it; null for a scenario built in code
 * @param scenarioSha256 SHA-256 of the scenario file's bytes as read; null when there was no file
 * @param seed master seed of the run (for {@code optimise}, the search's)
 * @param trials trials of the run (for {@code optimise}, the search's)
 * @param validationSeed for {@code optimise}: seed of the fresh trials every reported figure comes from
 * @param validationTrials for {@code optimise}: how many fresh trials
 * @param blockSize trials per block (results do not depend on it beyond the seed's streams)
 * @param threads worker threads (results do not depend on them)
 * @param startedAt when the run started (ISO-8601, milliseconds)
 * @param durationSeconds how long the computation took
 * @param javaVersion the Java runtime
 * @param os operating system and architecture
 * @param command the command line, program name first
 */
public record Provenance(String engineVersion, String scenario, String scenarioFile, String scenarioSha256,
    long seed, long trials, OptionalLong validationSeed, OptionalLong validationTrials, int blockSize,
    int threads, String startedAt, double durationSeconds, String javaVersion, String os,
    List<String> command) {

  public Provenance {
    command = List.copyOf(command);
  }

  /** Whether this is the provenance of an {@code optimise} run (search and validation trials). */
  public boolean isOptimisation() {
    return validationSeed.isPresent();
  }
}
