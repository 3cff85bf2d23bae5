package org.kamsim.results;

import com.univocity.parsers.common.TextParsingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of a result directory, and how one of them is read safely: only a regular file (a pipe or a
 * device would block or never end), only up to a size no result file reaches.
 */
public final class ResultFiles {
  /** {@code summary.json}. */
  public static final String SUMMARY = "summary.json";
  /** {@code run.json}: provenance; every complete result holds it (see {@link #MARKER}). */
  public static final String RUN = "run.json";
  /** {@code plan.json} of {@code optimise}. */
  public static final String PLAN = "plan.json";
  /** The copy of the scenario file, byte for byte, so that the result stands on its own. */
  public static final String SCENARIO_COPY = "scenario.yaml";
  /** The file whose presence marks a directory as kamsim results that a later run may replace. */
  public static final String MARKER = RUN;
  /** The data files of {@code simulate}, in the order they are written. */
  public static final List<String> SIMULATION = List.of(SUMMARY, PeriodsFile.NAME, AccountsFile.NAME,
      TrialsFile.NAME, RUN);
  /** The files {@code optimise} adds; {@code frontier.csv} only with {@code --frontier}. */
  public static final List<String> SEARCH = List.of(PLAN, PlanAccountsFile.NAME, StaffingFile.NAME,
      ConvergenceFile.NAME, FrontierFile.NAME);

  /** Largest JSON or YAML file of a result read back: they hold figures and a scenario, never megabytes. */
  static final long MAX_TEXT_BYTES = 16L << 20;

  private ResultFiles() {}

  /** Throws unless {@code file} is a regular file (following links); never opens it. */
  static void requireRegularFile(Path file) throws ResultFileException {
    if (!Files.exists(file)) {
      throw new ResultFileException(file, "missing");
    }
    if (!Files.isRegularFile(file)) {
      throw new ResultFileException(file, "not a regular file (a directory, device or pipe)");
    }
  }

  /** The text of a small regular file (JSON, YAML), as strict UTF-8. */
  static String text(Path file) throws ResultFileException {
    return decode(file, read(file));
  }

  /** The bytes of a small regular file that is UTF-8 text. */
  public static byte[] bytes(Path file) throws ResultFileException {
    byte[] bytes = read(file);
    decode(file, bytes);
    return bytes;
  }

  private static String decode(Path file, byte[] bytes) throws ResultFileException {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ResultFileException(file, "not UTF-8 text");
    }
  }

  private static byte[] read(Path file) throws ResultFileException {
    requireRegularFile(file);
    try {
      long size = Files.size(file);
      if (size > MAX_TEXT_BYTES) {
        throw new ResultFileException(file, "is " + (size >> 20) + " MiB; a result's JSON and YAML files are "
            + "never above " + (MAX_TEXT_BYTES >> 20) + " MiB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ResultFileException(file, "missing");
    } catch (IOException e) {
      throw new ResultFileException(file, "cannot read: " + reason(e));
    }
  }

  /** Lower-case hex SHA-256 of {@code bytes}: how {@code run.json} identifies the scenario file. */
  public static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Why reading failed, in a few words. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * {@code failure}, unless univocity's exception wraps running out of memory: that must stay an
   * {@link OutOfMemoryError} (the command line reports it as such), never become a bad file.
   */
  static ResultFileException unlessOutOfMemory(TextParsingException e, ResultFileException failure) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        throw oom;
      }
    }
    return failure;
  }

  /**
   * Whether {@code s} is a decimal number as {@link Decimals} writes it (or with an exponent): an optional
   * sign, digits, an optional fraction, an optional exponent. Not NaN, not an infinity, not a hex float.
   */
  static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponent = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }
}
