package org.kamsim.cli;

/** The exit codes of {@code kamsim}, also listed in every command's {@code --help}. */
final class ExitCode {
  /** Results written. */
  static final int OK = 0;
  /**
   * An unexpected failure, a bug, reported with its stack trace; or the simulation ran out of memory; or
   * the results were written but their report could not be drawn (no fonts, say).
   */
  static final int INTERNAL = 1;
  /** Bad input: errors in the scenario or portfolio, or in the command line itself. Nothing was written. */
  static final int INPUT = 2;
  /** The results could not be written; an earlier result at the same place is left as it was. */
  static final int OUTPUT = 3;

  // For the exitCodeList of every command's --help ("code:description"); annotations need constants.
  static final String OK_HELP = "0:success";
  static final String INTERNAL_HELP = "1:internal error (a bug: the stack trace is printed), out of memory, "
      + "or the report could not be drawn (the results are written)";
  static final String INPUT_HELP =
      "2:bad input: scenario or portfolio errors, or a bad command line; nothing is written";
  static final String OUTPUT_HELP =
      "3:the results could not be written; an earlier result there is left untouched";

  private ExitCode() {}
}
