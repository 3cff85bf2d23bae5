package org.kamsim.output;

import java.nio.file.Path;
import org.kamsim.results.Result;

/**
 * The results were written, but their report could not be drawn: typically a machine without fonts, where
 * Java's headless drawing throws a bare {@code Error}. The result directory holds every data file and no
 * report ({@code kamsim report} draws it once the cause is fixed); {@link #getCause()} is what stopped it.
 */
public final class ReportNotDrawnException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;
  private final transient Result result;

  ReportNotDrawnException(Path directory, Result result, Throwable cause) {
    super("the report could not be drawn: " + cause, cause);
    this.directory = directory;
    this.result = result;
  }

  /** The records the written files hold; null for an analysis ({@link AnalysisWriter}). */
  public Result result() {
    return result;
  }

  /** The result directory, complete but for the report. */
  public Path directory() {
    return directory;
  }
}
