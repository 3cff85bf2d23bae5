package org.kamsim.scenario;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the scenario loader reads the portfolio CSV that a scenario names: the file system, or, on a machine
 * that has only the scenario's text and the portfolio's (a Spark executor), the text the driver read.
 */
@FunctionalInterface
public interface PortfolioSource {
  /** The files themselves, read as UTF-8 text with the loader's size limit. */
  PortfolioSource FILES = csv -> TextFile.read(csv, TextFile.Kind.PORTFOLIO);

  /**
   * The text of the portfolio at {@code csv} (the path the scenario gives, resolved against its file's folder).
   *
   * @throws IOException if it cannot be read; the loader reports it at the {@code portfolio} field
   */
  String read(Path csv) throws IOException;
}
