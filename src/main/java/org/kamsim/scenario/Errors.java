package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the errors of one file so that all of them are reported at once. Errors are listed in file order
 * (whole-file problems first), whatever order the checks ran in.
 */
final class Errors {

  private record Entry(int line, int column, InputError error) {}

  private final String file;
  private final List<Entry> entries = new ArrayList<>();

  /** @param file the file as the user named it; it starts every location */
  Errors(String file) {
    this.file = file;
  }

  /** An error at a YAML node, about the field at {@code path} ("" for the document itself). */
  void at(Node node, String path, String message) {
    at(node.getStartMark(), path.isEmpty() ? message : path + ": " + message);
  }

  /** An error at a position SnakeYAML reported (0-based there, 1-based here, as editors expect). */
  void at(Mark mark, String message) {
    int line = mark.getLine() + 1;
    int column = mark.getColumn() + 1;
    add(line, column, new InputError(file + ":" + line + ":" + column, message));
  }

  /** An error at a cell of a CSV file; a column of 0 (not known) leaves it an error on the line. */
  void atCell(int line, int column, String message) {
    if (column <= 0) {
      atLine(line, message);
    } else {
      add(line, column, new InputError(file + ":" + line + ":" + column, message));
    }
  }

  /** An error on a line of a CSV file, about the whole row. */
  void atLine(int line, String message) {
    add(line, 0, new InputError(file + ":" + line, message));
  }

  /** An error about the whole file. */
  void atFile(String message) {
    add(0, 0, new InputError(file, message));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The errors in file order; the sort is stable, so errors at one position keep the order they were found. */
  List<InputError> list() {
    return entries.stream()
        .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::column))
        .map(Entry::error)
        .toList();
  }

  InputException exception() {
    return new InputException(list());
  }

  private void add(int line, int column, InputError error) {
    entries.add(new Entry(line, column, error));
  }
}
