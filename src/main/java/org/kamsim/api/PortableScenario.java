package org.kamsim.api;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kamsim.model.Scenario;
import org.kamsim.scenario.InputError;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;
import org.kamsim.scenario.ScenarioText;

/**
 * A scenario as text, for a machine that has no copy of its files (a Spark executor): the scenario file as
 * the run saves it ({@code scenario.yaml}: the file, or the resolved scenario after {@code extends} and
 * {@code --set}), the text of the portfolio it names, and the run's trials and seed. {@link #model()} reads
 * them into the very model the driver runs, through the same loader. Serializable, and small: a broadcast
 * sends it once to each executor, whose copy parses it once.
 *
 * <p>A scenario built or changed in code (the variants that {@code compare}, {@code stress} and
 * {@code sensitivity} run) has no file: {@link #of(Scenario)} sends its text form ({@link ScenarioText}).
 */
public final class PortableScenario implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String file;
  /** Whether the scenario has no source file ({@link Scenario#source} null): {@link #file} only names it. */
  private final boolean noSource;
  private final byte[] text;
  private final String portfolio;
  private final int trials;
  private final long seed;
  /** The model, parsed once per copy (per JVM, for a broadcast value). */
  private transient volatile Scenario model;

  private PortableScenario(String file, boolean noSource, byte[] text, String portfolio, int trials, long seed,
      Scenario model) {
    this.file = file;
    this.noSource = noSource;
    this.text = text;
    this.portfolio = portfolio;
    this.trials = trials;
    this.seed = seed;
    this.model = model;
  }

  /**
   * {@code scenario}'s saved text with its portfolio read again from disk.
   *
   * @throws IllegalStateException if the portfolio read now is not the one the scenario was loaded with (it
   *     was edited since)
   */
  static PortableScenario of(Path file, byte[] saved, Scenario scenario) {
    String[] read = new String[1];
    Scenario again = load(file, saved, csv -> read[0] = org.kamsim.scenario.PortfolioSource.FILES.read(csv));
    if (!again.portfolio().equals(scenario.portfolio())) {
      throw new IllegalStateException("portfolio: the file changed after the scenario was loaded; run again");
    }
    return new PortableScenario(file.toString(), false, saved, read[0], scenario.trials(), scenario.seed(),
        again.withTrials(scenario.trials()).withSeed(scenario.seed()));
  }

  /**
   * Any scenario, as its text form ({@link ScenarioText}), read back here once to make sure it is the same
   * scenario.
   *
   * @throws IllegalArgumentException naming the fields that differ, if the text does not read back into an
   *     equal scenario (a plan set in code that its {@code planSpec} and {@code kam} do not give)
   */
  public static PortableScenario of(Scenario scenario) {
    ScenarioText text = ScenarioText.of(scenario);
    boolean noSource = scenario.source() == null;
    Path file = noSource ? Path.of(scenario.name() + ".yaml") : scenario.source();
    byte[] yaml = text.yamlBytes();
    Scenario again = load(file, yaml, csv -> text.portfolio(), noSource);
    if (!again.equals(scenario)) {
      List<String> differ = new ArrayList<>();
      for (RecordComponent c : Scenario.class.getRecordComponents()) {
        try {
          if (!Objects.equals(c.getAccessor().invoke(scenario), c.getAccessor().invoke(again))) {
            differ.add(c.getName());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalArgumentException("scenario " + scenario.name() + ": its text form reads back with other "
          + String.join(", ", differ) + "; it cannot be sent as text");
    }
    return new PortableScenario(file.toString(), noSource, yaml, text.portfolio(), scenario.trials(),
        scenario.seed(), again);
  }

  /** The scenario, as the driver loaded it, with its trials and seed. */
  public Scenario model() {
    Scenario m = model;
    if (m == null) {
      m = load(Path.of(file), text, csv -> portfolio, noSource).withTrials(trials).withSeed(seed);
      model = m; // a race parses twice, the same text: harmless
    }
    return m;
  }

  private static Scenario load(Path file, byte[] text, org.kamsim.scenario.PortfolioSource portfolios) {
    return load(file, text, portfolios, false);
  }

  /** The scenario the text holds; with {@code noSource}, as one built in code, with no source file. */
  private static Scenario load(Path file, byte[] text, org.kamsim.scenario.PortfolioSource portfolios,
      boolean noSource) {
    try {
      Scenario s = ScenarioLoader.loadText(file, text, List.of(), portfolios).scenario();
      return noSource ? s.withSource(null) : s;
    } catch (InputException e) {
      // The text loaded on the driver; it can fail here only if the two loaders differ (versions of kamsim).
      throw new ScenarioException(e.errors().stream().map(InputError::toString).toList());
    }
  }
}
