package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects the errors of one input so that all of them are reported at once. Errors are listed source by
 * source (the sources in the order they were first named), each in file order (whole-file problems first),
 * whatever order the checks ran in.
 *
 * <p>A YAML error is located by its node's {@link Mark}, whose name is the label of the source the node was
 * written in ({@link YamlSource}): a scenario, a parent it {@code extends}, or a {@code --set} override. So
 * a tree merged from several sources still names, for each value, the file (or the option) that wrote it.
 */
final class Errors {

  private record Entry(int source, int line, int column, InputError error) {}

  private final String file;
  private final List<String> sources = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();

  /** @param file the file as the user named it; it starts every location not given by a YAML mark */
  Errors(String file) {
    this.file = file;
    sources.add(file);
  }

  /** An error at a YAML node, about the field at {@code path} ("" for the document itself). */
  void at(Node node, String path, String message) {
    Mark mark = node.getStartMark();
    if (YamlSource.isOverride(mark.getName())) {
      // A --set value has no line worth naming: the option and the field are its location.
      String where = path.isEmpty() ? mark.getName() : YamlSource.overrideLabel(path);
      add(rank(mark.getName()), 0, 0, new InputError(where, message));
    } else {
      at(mark, path.isEmpty() ? message : path + ": " + message);
    }
  }

  /** An error at a position SnakeYAML reported (0-based there, 1-based here, as editors expect). */
  void at(Mark mark, String message) {
    String source = mark.getName();
    if (YamlSource.isOverride(source)) {
      add(rank(source), 0, 0, new InputError(source, message));
      return;
    }
    int line = mark.getLine() + 1;
    int column = mark.getColumn() + 1;
    add(rank(source), line, column, new InputError(source + ":" + line + ":" + column, message));
  }

  /** An error at a cell of a CSV file; a column of 0 (not known) leaves it an error on the line. */
  void atCell(int line, int column, String message) {
    if (column <= 0) {
      atLine(line, message);
    } else {
      add(0, line, column, new InputError(file + ":" + line + ":" + column, message));
    }
  }

  /** An error on a line of a CSV file, about the whole row. */
  void atLine(int line, String message) {
    add(0, line, 0, new InputError(file + ":" + line, message));
  }

  /** An error about the whole file. */
  void atFile(String message) {
    atFile(file, message);
  }

  /** An error about the whole of another source, such as a parent scenario ({@code extends}). */
  void atFile(String source, String message) {
    add(rank(source), 0, 0, new InputError(source, message));
  }

  /** Names a source before any error of it, so that sources are reported in the order they were read. */
  void source(String label) {
    rank(label);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** How many errors were recorded: a step that records none has succeeded. */
  int size() {
    return entries.size();
  }

  /** The errors in file order; the sort is stable, so errors at one position keep the order they were found. */
  List<InputError> list() {
    return entries.stream()
        .sorted(Comparator.comparingInt(Entry::source).thenComparingInt(Entry::line)
            .thenComparingInt(Entry::column))
        .map(Entry::error)
        .toList();
  }

  InputException exception() {
    return new InputException(list());
  }

  /** The place of {@code source} in the report: the order in which sources were first named. */
  private int rank(String source) {
    int i = sources.indexOf(source);
    if (i < 0) {
      sources.add(source);
      return sources.size() - 1;
    }
    return i;
  }

  private void add(int source, int line, int column, InputError error) {
    entries.add(new Entry(source, line, column, error));
  }
}
