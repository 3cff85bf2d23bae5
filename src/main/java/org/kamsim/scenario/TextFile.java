package org.kamsim.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file as UTF-8 text and says in a few words why it could not be read. */
final class TextFile {
  private TextFile() {}

  /** The file's text, without a leading byte-order mark (spreadsheets write one; it would stick to "id"). */
  static String read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("is a directory");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Why reading failed, for a message such as {@code cannot read file: no such file}. */
  static String reason(IOException e) {
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
}
