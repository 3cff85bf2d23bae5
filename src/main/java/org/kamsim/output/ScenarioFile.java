package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kamsim.results.ResultFiles;

/**
 * The scenario file of a run, as the user named it and as its bytes were when the run started: saved with
 * the results as {@code scenario.yaml} and hashed into {@code run.json}, so that both describe the file the
 * run used even if it is edited while the run goes on. A scenario that {@code extends} another or was changed
 * by {@code --set} has no one file that says what was run; its bytes are then the resolved scenario that the
 * loader wrote ({@code ScenarioLoader.Loaded}), and the path still names the file the user ran.
 */
public final class ScenarioFile {
  private final Path path;
  private final byte[] bytes;

  private ScenarioFile(Path path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  /** The file at {@code path} as the loader read or resolved it: {@code bytes}, which this keeps. */
  public static ScenarioFile of(Path path, byte[] bytes) {
    return new ScenarioFile(path, bytes);
  }

  /** The file as the user named it. */
  public Path path() {
    return path;
  }

  /** The bytes (a copy): the file as read, or the resolved scenario. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Writes the bytes to {@code file}. */
  void copyTo(Path file) throws IOException {
    Files.write(file, bytes);
  }

  /** Lower-case hex SHA-256 of the bytes. */
  String sha256() {
    return ResultFiles.sha256(bytes);
  }

  /** The text, as the report shows it (a byte that is not UTF-8 becomes U+FFFD). */
  String text() {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }
}
