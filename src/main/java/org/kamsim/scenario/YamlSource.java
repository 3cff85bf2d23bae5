package org.kamsim.scenario;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into a node tree whose every {@link Mark} is named after the text's source: the file as
 * the user can open it ({@code scenarios/baseline.yaml}), or {@code --set FIELD} for a command-line
 * override. Once trees from several sources are merged ({@code extends}, {@code --set}), each node still
 * says where it was written, which is what an error must name; SnakeYAML's own marks are all named
 * {@code 'reader'}, so the name is set here, by the reader that makes them.
 */
final class YamlSource {
  /**
   * How the label of an override starts. No scenario path starts so: picocli would take it as an option
   * before it could become a file name.
   */
  private static final String OVERRIDE = "--set ";

  private YamlSource() {}

  /** Whether a mark's name is that of a {@code --set} override rather than a file. */
  static boolean isOverride(String label) {
    return label != null && label.startsWith(OVERRIDE);
  }

  /** The label of the override of {@code field}: {@code --set program.discount}. */
  static String overrideLabel(String field) {
    return OVERRIDE + field;
  }

  /** A mark at the start of {@code label}'s text, for nodes a source implies but does not write. */
  static Mark start(String label) {
    return new Mark(label, 0, 0, 0, new int[0], 0);
  }

  /**
   * The node tree of {@code text}, which keeps every value's line and column (plain loading into maps would
   * lose them) and its source's {@code label}; null for an empty document or a syntax error, which is then
   * recorded.
   */
  static Node compose(String text, String label, Errors errors) {
    LoaderOptions options = new LoaderOptions();
    try {
      return new Composer(new ParserImpl(new LabelledReader(text, label), options), new Resolver(), options)
          .getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      Mark context = e.getContextMark();
      if (e.getProblem() != null && e.getContext() != null && context != null) {
        // Where the unfinished construct began, which is often where the mistake is (an unclosed brace).
        // SnakeYAML phrases some problems as the second half of a sentence ("but found ...").
        problem = problem.replaceFirst("^but ", "") + " (" + e.getContext() + " at line "
            + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) + ")";
      }
      if (mark == null) {
        errors.atFile(label, "YAML syntax error: " + problem);
      } else {
        errors.at(mark, "YAML syntax error: " + problem);
      }
      return null;
    } catch (YAMLException e) {
      errors.atFile(label, "cannot parse as YAML: " + e.getMessage());
      return null;
    }
  }

  /** SnakeYAML's reader, with marks that carry the label instead of {@code 'reader'}. */
  private static final class LabelledReader extends StreamReader {
    private final String label;

    LabelledReader(String text, String label) {
      super(new StringReader(text));
      this.label = label;
    }

    @Override
    public Mark getMark() {
      Mark m = super.getMark();
      return new Mark(label, m.getIndex(), m.getLine(), m.getColumn(), m.getBuffer(), m.getPointer());
    }
  }
}
