package org.kamsim.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kamsim.model.Scenario;
import org.kamsim.scenario.FieldOverride;

/**
 * Where the API starts: a scenario from a YAML file, from a portfolio CSV with every other field at its
 * default, or from the model's records. See {@link KamsimScenario} for what to do with one, and
 * {@code docs/api.md} for examples.
 */
public final class Kamsim {
  private Kamsim() {}

  /** As {@link #scenario(Path)}. */
  public static KamsimScenario scenario(String path) {
    return scenario(Path.of(path));
  }

  /**
   * The scenario in the YAML file {@code path}, validated; or, for a file whose name ends in {@code .csv}, a
   * scenario of that portfolio with every other field at its default (as a YAML file holding only
   * {@code portfolio:} would be, taken to be beside the CSV, named after it).
   *
   * @throws ScenarioException (an {@link IllegalArgumentException}) with every error of the scenario and its
   *     portfolio, as the command line prints them ({@code file:line:column: field: message, was value})
   */
  public static KamsimScenario scenario(Path path) {
    String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return ofPortfolio(path, fileName, List.of());
    }
    return yaml(path, List.of());
  }

  /**
   * The scenario in the YAML file {@code path}, whatever its name, with {@code overrides} applied in order as
   * {@code --set} applies them: how the command line loads its scenarios, every error of the file and the
   * overrides reported at once.
   *
   * @throws ScenarioException (an {@link IllegalArgumentException}) with every error, one line each
   */
  public static KamsimScenario yaml(Path path, List<FieldOverride> overrides) {
    return KamsimScenario.load(path, null, overrides);
  }

  private static KamsimScenario ofPortfolio(Path csv, String fileName, List<FieldOverride> overrides) {
    String stem = fileName.substring(0, fileName.length() - ".csv".length());
    Path yaml = csv.resolveSibling(stem + ".yaml");
    String text = "name: " + KamsimScenario.yaml(stem, true) + "\nportfolio: "
        + KamsimScenario.yaml(fileName, true) + "\n";
    return KamsimScenario.load(yaml, text.getBytes(StandardCharsets.UTF_8), overrides);
  }

  /**
   * {@code model}, a scenario built from the model's records (already validated by their constructors), as
   * it is. It has no file: {@code with} does not apply (change the records instead), and its runs' results
   * hold no copy of a scenario file.
   */
  public static KamsimScenario scenario(Scenario model) {
    return KamsimScenario.wrap(model);
  }
}
