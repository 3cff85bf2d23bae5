package org.kamsim.results;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * {@code run.json}, written and read: provenance of a run (see {@link Provenance}). For {@code optimise}
 * it names both the search's seed and trials ({@code seed}, {@code trials}) and the fresh validation trials
 * every reported figure comes from ({@code validation_seed}, {@code validation_trials}).
 */
public final class RunJson {
  private RunJson() {}

  public static String text(Provenance p) {
    JsonOut json = JsonOut.start()
        .text("engine_version", p.engineVersion())
        .text("scenario", p.scenario())
        .text("scenario_file", p.scenarioFile())
        .text("scenario_sha256", p.scenarioSha256())
        .integer("seed", p.seed())
        .integer("trials", p.trials());
    p.validationSeed().ifPresent(v -> json.integer("validation_seed", v));
    p.validationTrials().ifPresent(v -> json.integer("validation_trials", v));
    return json.integer("block_size", p.blockSize())
        .integer("threads", p.threads())
        .text("started_at", p.startedAt())
        .number("duration_seconds", p.durationSeconds(), Decimals.Format.SIGNIFICANT)
        .text("java_version", p.javaVersion())
        .text("os", p.os())
        .texts("command", p.command())
        .text();
  }

  public static Provenance read(Path file) throws ResultFileException {
    return read(JsonIn.read(file));
  }

  /** The provenance in {@link #text}'s {@code text}, as written. */
  public static Provenance fromText(String text) {
    try {
      return read(JsonIn.parse(Path.of(ResultFiles.RUN), text));
    } catch (ResultFileException e) {
      throw new IllegalStateException("run.json as written does not read back: " + e.getMessage(), e);
    }
  }

  private static Provenance read(JsonIn json) throws ResultFileException {
    OptionalLong validationSeed = json.optionalLong("validation_seed");
    OptionalLong validationTrials = json.optionalLong("validation_trials");
    return new Provenance(json.text("engine_version"), json.text("scenario"), json.textOrNull("scenario_file"),
        json.textOrNull("scenario_sha256"), json.integer("seed"), json.integer("trials"), validationSeed,
        validationTrials, json.smallInteger("block_size"), json.smallInteger("threads"),
        json.text("started_at"), json.number("duration_seconds"), json.text("java_version"), json.text("os"),
        json.texts("command"));
  }
}
