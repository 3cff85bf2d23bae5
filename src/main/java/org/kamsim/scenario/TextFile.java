package org.kamsim.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Reads an input file as UTF-8 text and says in a few words why it could not be read. */
final class TextFile {
  private TextFile() {}

  /**
   * What a file holds, and the most bytes it may have: far more than any real scenario or portfolio, and a
   * bound on the memory that reading one takes (its text, then what is parsed from it).
   */
  enum Kind {
    /** A scenario YAML: a few kilobytes in practice. */
    SCENARIO("a scenario", 1L << 20),
    /** A portfolio CSV: rows of about 100 bytes, so about 100 MB for a million accounts. */
    PORTFOLIO("a portfolio", 256L << 20);

    private final String what;
    private final long maxBytes;

    Kind(String what, long maxBytes) {
      this.what = what;
      this.maxBytes = maxBytes;
    }

  }

  /** Why a file was refused before it was read; its message is the reason, as {@link #reason} gives it. */
  static final class Refused extends IOException {
    Refused(String reason) {
      super(reason);
    }
  }

  /**
   * The file's text, without a leading byte-order mark (spreadsheets write one; it would stick to "id").
   *
   * <p>Only a regular file (after following symlinks) of at most {@code kind}'s size is opened: opening a
   * pipe blocks until something writes to it, and a device such as /dev/zero never ends. Both are refused
   * from the file's attributes, without opening it.
   */
  static String read(Path file, Kind kind) throws IOException {
    return decode(readBytes(file, kind));
  }

  /** The file's bytes, read as {@link #read} reads them (a regular file of at most {@code kind}'s size). */
  static byte[] readBytes(Path file, Kind kind) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new Refused("is a directory, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new Refused("not a regular file (a device, pipe or socket)");
    }
    if (attributes.size() > kind.maxBytes) {
      throw new Refused("it is " + mebibytes(attributes.size()) + ", more than the " + mebibytes(kind.maxBytes)
          + " " + kind.what + " may have");
    }
    return Files.readAllBytes(file);
  }

  /** The text of a file's {@code bytes}, as {@link #read} gives it: strict UTF-8, no NUL, no byte-order mark. */
  static String decode(byte[] bytes) throws IOException {
    String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    if (text.indexOf('\0') >= 0) {
      // Valid UTF-8, but no text file has NUL characters: UTF-16 text (each ASCII letter then a NUL) does.
      throw new Refused("not UTF-8 text (it has NUL characters, as UTF-16 text has)");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Why reading failed, for a message such as {@code cannot read file: no such file}. */
  static String reason(IOException e) {
    if (e instanceof Refused) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof MalformedInputException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A size in MiB to one decimal, rounded up so that a file just over a limit never reads as the limit. */
  private static String mebibytes(long bytes) {
    double tenths = Math.ceil(bytes / (double) (1L << 20) * 10);
    return (tenths % 10 == 0 ? Long.toString((long) tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10))
        + " MiB";
  }
}
