package org.kamsim.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Scenario;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a scenario: the YAML file (MODEL.md, "Scenario file") and the portfolio CSV it names, validated and
 * resolved into a {@link Scenario} (the plan already a list of account ids with a headcount).
 *
 * <p>Every field but {@code portfolio} has a default. An unknown field, a wrong type, an out-of-range value
 * or an unknown account id is an error that names the file, the position, the field and the value, and all
 * the errors of both files are reported together in one {@link InputException}:
 * <pre>
 * scenarios/retail.yaml:14:9: kam.capacity_per_kam: must be &gt; 0, was -2
 * scenarios/data/portfolio.csv:37:41: churn: must be in [0, 1), was 1.4
 * </pre>
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Reads, validates and resolves the scenario in {@code yamlFile}. Error locations name the file as given
   * here, and the portfolio as that file's folder joined with the path the scenario gives.
   */
  public static Scenario load(Path yamlFile) throws InputException {
    return loadFile(yamlFile).scenario();
  }

  /**
   * A scenario and the bytes of its file, read once: what {@code scenario.yaml} and its hash in
   * {@code run.json} must be, even if the file is edited while the run goes on.
   */
  public record Loaded(Scenario scenario, byte[] bytes) {}

  /** As {@link #load}, with the bytes of the file as they were read. */
  public static Loaded loadFile(Path yamlFile) throws InputException {
    Errors errors = new Errors(yamlFile.toString());
    byte[] bytes;
    String text;
    try {
      bytes = TextFile.readBytes(yamlFile, TextFile.Kind.SCENARIO);
      text = TextFile.decode(bytes);
    } catch (IOException e) {
      errors.atFile("cannot read file: " + TextFile.reason(e));
      throw errors.exception();
    }
    Node root = compose(text, errors);
    if (root == null) {
      if (errors.isEmpty()) {
        errors.atFile("empty file (a scenario needs at least portfolio: <csv file>)");
      }
      throw errors.exception();
    }
    ScenarioReader reader = new ScenarioReader(yamlFile, errors);
    Scenario scenario = reader.read(root);
    if (scenario == null) {
      List<InputError> all = new ArrayList<>(errors.list());
      all.addAll(reader.portfolioErrors());
      throw new InputException(all);
    }
    return new Loaded(scenario, bytes);
  }

  /**
   * The node tree, which keeps every value's line and column (plain loading into maps would lose them);
   * null for an empty document or a syntax error, which is then recorded.
   */
  private static Node compose(String text, Errors errors) {
    try {
      return new Yaml().compose(new StringReader(text));
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
        errors.atFile("YAML syntax error: " + problem);
      } else {
        errors.at(mark, "YAML syntax error: " + problem);
      }
      return null;
    } catch (YAMLException e) {
      errors.atFile("cannot parse as YAML: " + e.getMessage());
      return null;
    }
  }
}
