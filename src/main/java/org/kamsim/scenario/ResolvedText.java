package org.kamsim.scenario;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A scenario built from several sources ({@code extends}, {@code --set}) written out as one YAML file, for the
 * copy saved with its results: a result must say what was run without the files it came from, which may
 * change or move. The text opens with a comment naming the chain of files and the overrides.
 *
 * <p>Two things are made explicit so that the text, put where the scenario file is, would run the same: the
 * {@code name} (which defaults to the scenario file's name, not this copy's), and the {@code portfolio} path,
 * rewritten relative to the scenario file's folder when it was written in a parent elsewhere or on the
 * command line. Values are written as they were (scalar styles and flow collections are kept); comments
 * are not.
 */
final class ResolvedText {
  private ResolvedText() {}

  /**
   * The text of the resolved scenario.
   *
   * @param file the scenario file as the user named it
   * @param tree the merged tree of a scenario that was read without error (so its root is a mapping)
   */
  static byte[] of(Path file, ScenarioTree tree, List<FieldOverride> overrides) {
    MappingNode root = (MappingNode) tree.root();
    List<NodeTuple> tuples = new ArrayList<>();
    if (root.getValue().stream().noneMatch(t -> "name".equals(ScenarioTree.name(t)))) {
      tuples.add(new NodeTuple(plain("name", Tag.STR), plain(ScenarioReader.baseName(file), Tag.STR)));
    }
    for (NodeTuple tuple : root.getValue()) {
      if ("portfolio".equals(ScenarioTree.name(tuple)) && tuple.getValueNode() instanceof ScalarNode path
          && !path.getStartMark().getName().equals(tree.files().get(0))) {
        tuples.add(new NodeTuple(tuple.getKeyNode(), new ScalarNode(Tag.STR, rebase(file, path), null, null,
            path.getScalarStyle())));
      } else {
        tuples.add(tuple);
      }
    }
    StringBuilder text = new StringBuilder("# Resolved by kamsim from:\n#   ").append(oneLine(tree.files().get(0)));
    for (String parent : tree.files().subList(1, tree.files().size())) {
      text.append("\n#   which extends ").append(oneLine(parent));
    }
    for (FieldOverride override : overrides) {
      text.append("\n#   then ").append(oneLine(override.toString()));
    }
    text.append("\n# Paths are relative to the folder of ").append(oneLine(tree.files().get(0))).append(".\n");
    DumperOptions options = new DumperOptions();
    options.setSplitLines(false);
    options.setIndent(2);
    StringWriter yaml = new StringWriter();
    new Yaml(options).serialize(new MappingNode(Tag.MAP, true, tuples, null, null, root.getFlowStyle()), yaml);
    return text.append(yaml).toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The portfolio path that {@code node} wrote (relative to its file's folder, or to the current directory
   * for an override), relative to the scenario file's folder instead.
   */
  private static String rebase(Path file, ScalarNode node) {
    String written = node.getValue().strip();
    String label = node.getStartMark().getName();
    Path writer = YamlSource.isOverride(label) ? null : Path.of(label).getParent();
    Path csv = writer == null ? Path.of(written) : writer.resolve(written);
    if (Path.of(written).isAbsolute()) {
      return written;
    }
    Path dir = file.toAbsolutePath().getParent();
    try {
      return dir.normalize().relativize(csv.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException e) {
      return csv.toAbsolutePath().normalize().toString(); // another drive, on Windows: no relative path
    }
  }

  private static ScalarNode plain(String value, Tag tag) {
    return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
  }

  /** A name or value on one comment line: a line break would end the comment. */
  private static String oneLine(String text) {
    return text.replaceAll("\\R", " ");
  }
}
