package org.kamsim.report;

import java.nio.file.Path;

/**
 * A file of an earlier run that the report needs is missing or cannot be read: the message names the file
 * (and the line or field where it can), as in {@code out/b/periods.csv:5: revenue_p05: not a number, was
 * 'abc'}. Bad input, not a bug: the command line prints the message alone and exits with its input code.
 */
public final class ReportInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /**
   * @param file the file at fault
   * @param where a position in it such as {@code ":5"} or {@code ":3:7"}, or {@code ""}
   * @param problem what is wrong, for example {@code "revenue_p05: not a number, was 'abc'"}
   */
  ReportInputException(Path file, String where, String problem) {
    super(file + where + ": " + problem);
    this.file = file;
  }

  ReportInputException(Path file, String problem) {
    this(file, "", problem);
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }
}
