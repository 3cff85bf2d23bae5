package org.kamsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;

/**
 * {@code run.json}: provenance of a run, everything needed to make it again and to tell whether two
 * results can be compared: engine version, scenario file and its SHA-256, seed, trials, threads, when it
 * ran and for how long, the Java runtime and the command line. Unlike {@code summary.json}, it differs from
 * run to run.
 *
 * <p>The portfolio's hash is not written: the scenario model does not keep the portfolio's path.
 */
public final class RunJson {
  public static final String FILE = "run.json";

  private RunJson() {}

  /**
   * @param scenarioFile the scenario file as the user named it; null for a scenario built in code
   */
  public static void write(SimulationResult result, Path scenarioFile, RunInfo run, Path file)
      throws IOException {
    write(result.scenario(), result.trials(), scenarioFile, run, file);
  }

  /** The same for a run that is not one simulation ({@code optimise}): trials are the search's. */
  public static void write(Scenario scenario, int trials, Path scenarioFile, RunInfo run, Path file)
      throws IOException {
    ObjectNode root = Json.object();
    root.put("engine_version", EngineVersion.get());
    root.put("scenario", scenario.name());
    root.put("scenario_file", scenarioFile == null ? null : scenarioFile.toString());
    root.put("scenario_sha256", scenarioFile == null ? null : sha256(scenarioFile));
    root.put("seed", scenario.seed());
    root.put("trials", trials);
    root.put("block_size", Simulator.BLOCK_SIZE);
    root.put("threads", run.threads());
    root.put("started_at", run.started().truncatedTo(ChronoUnit.MILLIS).toString());
    root.put("duration_seconds", run.duration().toNanos() / 1e9);
    root.put("java_version", Runtime.version().toString());
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    root.set("command", Json.strings(run.command()));
    Json.write(root, file);
  }

  /** Lower-case hex SHA-256 of the file's bytes. */
  static String sha256(Path file) throws IOException {
    return sha256(Files.readAllBytes(file));
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
