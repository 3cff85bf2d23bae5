package org.kamsim.results;

import java.nio.file.Path;

/**
 * A file of a result is missing or cannot be read: the message names the file and, where it can, the line
 * and the field, as in {@code out/b/periods.csv:5: revenue_p05 (column 3): not a number, was "abc"}. Bad
 * input, not a bug: the command line prints the message alone and exits with its input code.
 */
public final class ResultFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file at fault
   * @param where a position in it such as {@code ":5"} or {@code ":3:7"}, or {@code ""}
   * @param problem what is wrong
   */
  public ResultFileException(Path file, String where, String problem) {
    super(file + where + ": " + problem);
  }

  public ResultFileException(Path file, String problem) {
    this(file, "", problem);
  }
}
