package org.kamsim.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code run.json} says about how a run was made, read back for the report's provenance section.
 * Only the engine version, the seed and the trials are required; the rest is shown when present.
 *
 * @param engineVersion version of the engine that made the results
 * @param scenario the scenario's name; empty when not recorded
 * @param scenarioFile the scenario file as the user named it; null for a scenario built in code
 * @param scenarioSha256 SHA-256 of the scenario file's bytes; null when there was no file
 * @param seed master seed
 * @param trials Monte Carlo trials
 * @param threads worker threads (results do not depend on them); 0 when not recorded
 * @param startedAt when the run started (ISO-8601); null when not recorded
 * @param durationSeconds how long the simulation took; NaN when not recorded
 * @param javaVersion Java runtime; null when not recorded
 * @param command the command line; empty when not recorded
 */
record Provenance(String engineVersion, String scenario, String scenarioFile, String scenarioSha256,
    long seed, long trials, int threads, String startedAt, double durationSeconds, String javaVersion,
    List<String> command) {

  Provenance {
    command = List.copyOf(command);
  }

  static Provenance read(Path file) throws ReportInputException {
    JsonInput json = JsonInput.read(file);
    return new Provenance(
        json.text("engine_version"),
        json.has("scenario") ? json.text("scenario") : "",
        json.textOrNull("scenario_file"),
        json.textOrNull("scenario_sha256"),
        json.integer("seed"),
        json.integer("trials"),
        json.has("threads") ? json.smallInteger("threads") : 0,
        json.textOrNull("started_at"),
        json.numberOrNaN("duration_seconds"),
        json.textOrNull("java_version"),
        json.has("command") ? json.strings("command") : List.of());
  }
}
