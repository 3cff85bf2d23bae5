package org.kamsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The fields of one YAML mapping, with the path that names them in errors ({@code kam.headcount},
 * {@code shocks[2].from}). Building one reports unknown and repeated fields; the typed getters return the
 * default when a field is absent and null (an error recorded) when it is present but wrong.
 *
 * <p>An absent section is an empty {@code Fields} whose node is its parent's mapping, so that every getter
 * still has a position to report at and callers need no special case.
 */
final class Fields {

  private final YamlValues values;
  private final String path;
  private final Node node;
  private final boolean present;
  private final Map<String, Node> keys = new LinkedHashMap<>();
  private final Map<String, Node> valueNodes = new LinkedHashMap<>();

  private Fields(YamlValues values, String path, Node node, boolean present) {
    this.values = values;
    this.path = path;
    this.node = node;
    this.present = present;
  }

  /**
   * The fields of {@code node}, which must be a mapping whose keys are among {@code allowed}; a null
   * {@code allowed} accepts any key (a mapping of names chosen by the user, such as scoring weights).
   */
  static Fields of(YamlValues values, Node node, String path, List<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      String fields = allowed == null ? "" : " (fields: " + String.join(", ", allowed) + ")";
      values.errors().at(node, path, "expected a mapping" + fields + ", was " + YamlValues.describe(node));
      return new Fields(values, path, node, false);
    }
    Fields fields = new Fields(values, path, node, true);
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        values.errors().at(key, path, "field names must be plain text, was " + YamlValues.describe(key));
        continue;
      }
      String name = scalar.getValue();
      Node first = fields.keys.get(name);
      if (first != null) {
        String firstFile = first.getStartMark().getName();
        String where = firstFile.equals(key.getStartMark().getName()) ? "" : " of " + firstFile;
        values.errors().at(key, fields.path(name),
            "repeated field (first on line " + (first.getStartMark().getLine() + 1) + where + ")");
      } else if (allowed != null && !allowed.contains(name)) {
        values.errors().at(key, fields.path(name),
            "unknown field (expected one of " + String.join(", ", allowed) + ")");
      } else {
        fields.keys.put(name, key);
        fields.valueNodes.put(name, tuple.getValueNode());
      }
    }
    return fields;
  }

  /** The section {@code key} of this mapping; empty when absent. */
  Fields section(String key, List<String> allowed) {
    Node value = valueNodes.get(key);
    return value == null ? new Fields(values, path(key), node, false) : of(values, value, path(key), allowed);
  }

  /** Whether this mapping was in the file (and was a mapping). */
  boolean present() {
    return present;
  }

  /** The mapping node, or where an absent section would have been. */
  Node node() {
    return node;
  }

  String path() {
    return path;
  }

  /** The path of a field of this mapping. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  boolean has(String key) {
    return valueNodes.containsKey(key);
  }

  /** The field names present, in file order. */
  Set<String> names() {
    return valueNodes.keySet();
  }

  /** The value node of a field, or null when absent. */
  Node value(String key) {
    return valueNodes.get(key);
  }

  /** The key node of a field, or null when absent. */
  Node key(String key) {
    return keys.get(key);
  }

  Double number(String key, double absent, Range range) {
    Node value = valueNodes.get(key);
    return value == null ? Double.valueOf(absent) : values.number(value, path(key), range);
  }

  Integer integer(String key, int absent, Range range) {
    Node value = valueNodes.get(key);
    return value == null ? Integer.valueOf(absent) : values.integer(value, path(key), range);
  }

  Long int64(String key, long absent) {
    Node value = valueNodes.get(key);
    return value == null ? Long.valueOf(absent) : values.int64(value, path(key));
  }

  String text(String key, String absent) {
    Node value = valueNodes.get(key);
    return value == null ? absent : values.text(value, path(key));
  }

  /**
   * A field with no default: its absence is an error at this mapping, unless the mapping itself was wrong
   * (and reported), when a second error would only repeat the first.
   */
  Node required(String key, String what) {
    Node value = valueNodes.get(key);
    if (value == null && present) {
      values.errors().at(node, path(key), "missing (" + what + ")");
    }
    return value;
  }
}
