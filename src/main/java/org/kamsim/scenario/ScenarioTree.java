package org.kamsim.scenario;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node tree of a scenario as it is to be validated: its file, merged over the chain of files it
 * {@code extends}, with the {@code --set} overrides on top. Every node keeps the mark of the source that
 * wrote it ({@link YamlSource}), so validation names the right file, line and column, or the option.
 *
 * <p>How a child overrides its parent (and an override the file): mappings are merged field by field,
 * recursively; anything else (a list such as {@code shocks} or {@code plan.key}, a scalar) is replaced
 * whole. Two exceptions make the merge mean what a user expects: a parent's {@code name} is dropped (the
 * scenario is named by the file the user ran), and the alternatives of {@code plan} ({@code key} and
 * {@code select}) replace each other, since a child that picks its key set by {@code select} means to drop
 * the parent's {@code key} list.
 */
final class ScenarioTree {

  static final String EXTENDS = "extends";
  /** Fields of a mapping that are alternatives: writing one drops the others the parent wrote. */
  private static final Map<String, Set<String>> ALTERNATIVES = Map.of("plan", Set.copyOf(PlanReader.FIELDS));

  private final Node root;
  private final List<String> files;
  private final byte[] bytes;

  private ScenarioTree(Node root, List<String> files, byte[] bytes) {
    this.root = root;
    this.files = files;
    this.bytes = bytes;
  }

  /** The merged tree; null when it could not be built (the errors are recorded). */
  Node root() {
    return root;
  }

  /** The files read, as errors name them: the scenario first, then each parent in turn. */
  List<String> files() {
    return files;
  }

  /** The scenario file's own bytes as they were read (once: the file may change while a run goes on). */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Reads {@code file} and its parents, merges them and applies {@code overrides}. Returns a tree with a
   * null root after recording why none could be built: a file that cannot be read or parsed, a bad or
   * cyclic {@code extends}.
   */
  static ScenarioTree read(Path file, List<FieldOverride> overrides, Errors errors) {
    return read(file, null, overrides, errors);
  }

  /**
   * As {@link #read(Path, List, Errors)}, with the scenario's own text {@code given} rather than read from
   * {@code file} (null: read it); {@code file} still names it and locates what it refers to.
   */
  static ScenarioTree read(Path file, byte[] given, List<FieldOverride> overrides, Errors errors) {
    Chain chain = new Chain(errors, given);
    Node root = chain.read(file, file.toString(), null);
    if (root instanceof MappingNode) {
      for (FieldOverride override : overrides) {
        root = apply(root, override, errors);
      }
    }
    return new ScenarioTree(root, List.copyOf(chain.labels), chain.bytes);
  }

  /** Whether this is one file as written: no parent and no override, so its bytes are the scenario. */
  boolean plain(List<FieldOverride> overrides) {
    return files.size() == 1 && overrides.isEmpty();
  }

  /** The files of an {@code extends} chain, read child first; what was read so far, to find a cycle. */
  private static final class Chain {
    private final Errors errors;
    private final YamlValues values;
    private final List<String> labels = new ArrayList<>();
    private final List<Path> seen = new ArrayList<>();
    private byte[] bytes;
    /** The scenario's own text when it is not to be read from its file; null to read it. */
    private final byte[] given;

    Chain(Errors errors, byte[] given) {
      this.errors = errors;
      this.given = given;
      this.values = new YamlValues(errors);
    }

    /**
     * The tree of {@code file} merged over its parents, or null after recording why not.
     *
     * @param label the file as errors name it
     * @param link the {@code extends} value that named this file; null for the scenario itself
     */
    Node read(Path file, String label, Node link) {
      String text;
      try {
        byte[] read = link == null && given != null ? given.clone()
            : TextFile.readBytes(file, TextFile.Kind.SCENARIO);
        text = TextFile.decode(read);
        if (link == null) {
          bytes = read;
        }
      } catch (IOException e) {
        if (link == null) {
          errors.atFile("cannot read file: " + TextFile.reason(e));
        } else {
          errors.at(link, EXTENDS, "cannot read file " + label + ": " + TextFile.reason(e));
        }
        return null;
      }
      labels.add(label);
      seen.add(identity(file));
      errors.source(label);
      int before = errors.size();
      Node root = YamlSource.compose(text, label, errors);
      if (root == null) {
        if (errors.size() == before) {
          errors.atFile(label, link == null ? "empty file (a scenario needs at least portfolio: <csv file>)"
              : "empty file (a scenario that others extend needs at least one field)");
        }
        return null;
      }
      if (!(root instanceof MappingNode mapping)) {
        if (link == null) {
          return root; // the reader reports it, as for any scenario
        }
        errors.at(root, "", "expected a mapping of scenario fields, was " + YamlValues.describe(root));
        return null;
      }
      NodeTuple extendsTuple = null;
      List<NodeTuple> own = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!EXTENDS.equals(name(tuple))) {
          own.add(tuple);
        } else if (extendsTuple == null) {
          extendsTuple = tuple;
        } else {
          errors.at(tuple.getKeyNode(), EXTENDS,
              "repeated field (first on line " + (extendsTuple.getKeyNode().getStartMark().getLine() + 1) + ")");
        }
      }
      if (extendsTuple == null) {
        return root;
      }
      MappingNode child = copy(mapping, own);
      Node parent = parent(file, extendsTuple.getValueNode());
      return parent == null ? null : merge(without(parent, "name"), child, "");
    }

    /** The merged tree of the file that {@code link} names, relative to {@code file}'s folder. */
    private Node parent(Path file, Node link) {
      String text = values.text(link, EXTENDS);
      if (text == null) {
        return null;
      }
      Path parent;
      try {
        Path dir = file.getParent();
        parent = dir == null ? Path.of(text) : dir.resolve(text);
      } catch (InvalidPathException e) {
        errors.at(link, EXTENDS, "not a valid file path, was \"" + text + "\"");
        return null;
      }
      // The label is the path the user can open from where they ran the command.
      String label = parent.normalize().toString().isEmpty() ? parent.toString() : parent.normalize().toString();
      int again = seen.indexOf(identity(parent));
      if (again >= 0) {
        List<String> cycle = new ArrayList<>(labels.subList(again, labels.size()));
        cycle.add(label);
        errors.at(link, EXTENDS, "the files extend each other in a cycle: " + String.join(" extends ", cycle));
        return null;
      }
      return read(parent, label, link);
    }
  }

  /**
   * {@code child} over {@code parent}: mappings merged field by field, anything else replaced by the child.
   * The merged mapping keeps the child's position when the child is a file (a field missing from the merged
   * whole is missing from the file the user ran), the parent's when it is an override (which only edits).
   */
  static Node merge(Node parent, Node child, String path) {
    if (!(parent instanceof MappingNode p) || !(child instanceof MappingNode c)) {
      return child;
    }
    Set<String> alternatives = ALTERNATIVES.getOrDefault(path, Set.of());
    List<NodeTuple> tuples = new ArrayList<>();
    List<Boolean> inherited = new ArrayList<>();
    boolean dropAlternatives = c.getValue().stream().anyMatch(t -> alternatives.contains(name(t)));
    for (NodeTuple tuple : p.getValue()) {
      if (!(dropAlternatives && alternatives.contains(name(tuple)))) {
        tuples.add(tuple);
        inherited.add(true);
      }
    }
    for (NodeTuple tuple : c.getValue()) {
      String name = name(tuple);
      int at = -1;
      for (int i = 0; i < tuples.size() && name != null; i++) {
        // Only a parent's field is replaced, so that a field the child repeats is still reported as such.
        if (inherited.get(i) && name.equals(name(tuples.get(i)))) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        tuples.add(tuple);
        inherited.add(false);
      } else {
        String fieldPath = path.isEmpty() ? name : path + "." + name;
        tuples.set(at, new NodeTuple(tuple.getKeyNode(),
            merge(tuples.get(at).getValueNode(), tuple.getValueNode(), fieldPath)));
        inherited.set(at, false);
      }
    }
    MappingNode where = YamlSource.isOverride(c.getStartMark().getName()) ? p : c;
    return new MappingNode(Tag.MAP, true, tuples, where.getStartMark(), where.getEndMark(), p.getFlowStyle());
  }

  /** {@code root} with {@code override} applied: its value, in a mapping for each name of its path. */
  private static Node apply(Node root, FieldOverride override, Errors errors) {
    String label = YamlSource.overrideLabel(override.field());
    errors.source(label);
    int before = errors.size();
    Node patch = YamlSource.compose(override.value(), label, errors);
    if (patch == null) {
      if (errors.size() > before) {
        return root; // a syntax error, recorded
      }
      patch = new ScalarNode(Tag.NULL, "", YamlSource.start(label), YamlSource.start(label),
          DumperOptions.ScalarStyle.PLAIN);
    }
    List<String> names = override.names();
    for (int i = names.size() - 1; i >= 0; i--) {
      ScalarNode key = new ScalarNode(Tag.STR, names.get(i), YamlSource.start(label), YamlSource.start(label),
          DumperOptions.ScalarStyle.PLAIN);
      patch = new MappingNode(Tag.MAP, true, List.of(new NodeTuple(key, patch)), YamlSource.start(label),
          YamlSource.start(label), DumperOptions.FlowStyle.BLOCK);
    }
    return merge(root, patch, "");
  }

  /** A mapping without the field {@code name}, for a parent whose name is not the child's. */
  private static Node without(Node node, String name) {
    if (!(node instanceof MappingNode mapping)) {
      return node;
    }
    return copy(mapping, mapping.getValue().stream().filter(t -> !name.equals(name(t))).toList());
  }

  private static MappingNode copy(MappingNode mapping, List<NodeTuple> tuples) {
    return new MappingNode(mapping.getTag(), true, new ArrayList<>(tuples), mapping.getStartMark(),
        mapping.getEndMark(), mapping.getFlowStyle());
  }

  /** A field's name, or null for a key that is not plain text (reported when the mapping is read). */
  static String name(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : null;
  }

  /** The same file however it is named, so that a cycle is found through "../a.yaml" and "a.yaml" alike. */
  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException | SecurityException e) {
      return file.toAbsolutePath().normalize();
    }
  }
}
