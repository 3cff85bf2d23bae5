package org.kamsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Scenario;

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
 *
 * <p>A scenario may {@code extends} another file and a command line may {@code --set} fields
 * ({@link ScenarioTree}); each error then names the source that wrote the offending value: the child, the
 * parent, or {@code --set program.discount}.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Reads, validates and resolves the scenario in {@code yamlFile}. Error locations name the file as given
   * here, and the portfolio as that file's folder joined with the path the scenario gives.
   */
  public static Scenario load(Path yamlFile) throws InputException {
    return loadFile(yamlFile, List.of()).scenario();
  }

  /**
   * A scenario and the text to save with its results as {@code scenario.yaml}, read once: what that copy and
   * its hash in {@code run.json} must be, even if a file is edited while the run goes on. For a scenario file
   * on its own, the file's bytes as they were read; with {@code extends} or {@code --set}, the resolved
   * scenario ({@link ResolvedText}), since no one file then says what was run.
   */
  public record Loaded(Scenario scenario, byte[] bytes) {}

  /** As {@link #loadFile(Path, List)} without overrides. */
  public static Loaded loadFile(Path yamlFile) throws InputException {
    return loadFile(yamlFile, List.of());
  }

  /**
   * As {@link #load}, with the {@code overrides} applied (in order, each over the file and the ones before it)
   * and the text to save with the results. An override is validated as if it were written in the file; its
   * errors are located at {@code --set FIELD}.
   */
  public static Loaded loadFile(Path yamlFile, List<FieldOverride> overrides) throws InputException {
    return loadText(yamlFile, null, overrides);
  }

  /**
   * As {@link #loadFile(Path, List)}, for a scenario whose text is {@code text} rather than what
   * {@code yamlFile} holds (a scenario built in code: the file need not exist); {@code yamlFile} names it in
   * errors and is where its relative paths ({@code portfolio}, {@code extends}) start. Null reads the file.
   */
  public static Loaded loadText(Path yamlFile, byte[] text, List<FieldOverride> overrides) throws InputException {
    return loadText(yamlFile, text, overrides, PortfolioSource.FILES);
  }

  /** As {@link #loadText(Path, byte[], List)}, reading the portfolio from {@code portfolios}. */
  public static Loaded loadText(Path yamlFile, byte[] text, List<FieldOverride> overrides,
      PortfolioSource portfolios) throws InputException {
    Errors errors = new Errors(yamlFile.toString());
    ScenarioTree tree = ScenarioTree.read(yamlFile, text, overrides, errors);
    if (tree.root() == null) {
      throw errors.exception();
    }
    ScenarioReader reader = new ScenarioReader(yamlFile, errors, portfolios);
    Scenario scenario = reader.read(tree.root());
    if (scenario == null) {
      List<InputError> all = new ArrayList<>(errors.list());
      all.addAll(reader.portfolioErrors());
      throw new InputException(all);
    }
    byte[] bytes = tree.plain(overrides) ? tree.bytes() : ResolvedText.of(yamlFile, tree, overrides);
    return new Loaded(scenario, bytes);
  }
}
