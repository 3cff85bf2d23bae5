package org.kamsim.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The engine's version, as Maven wrote it into {@code /org/kamsim/kamsim.properties} when it built the jar;
 * {@code "dev"} when the resource is missing or was not filtered (running from an IDE's own build).
 */
public final class EngineVersion {
  private static final String RESOURCE = "/org/kamsim/kamsim.properties";
  private static final String VERSION = load();

  private EngineVersion() {}

  /** The version, for example {@code 0.1.0} or {@code dev}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = EngineVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      // An unfiltered resource still holds the Maven placeholder.
      return version.isEmpty() || version.contains("${") ? "dev" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
    }
  }
}
