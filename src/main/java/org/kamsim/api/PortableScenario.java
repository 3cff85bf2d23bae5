package org.kamsim.api;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.model.Scenario;
import org.kamsim.scenario.InputError;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;

/**
 * A scenario as text, for a machine that has no copy of its files (a Spark executor): the scenario file as
 * the run saves it ({@code scenario.yaml}: the file, or the resolved scenario after {@code extends} and
 * {@code --set}), the text of the portfolio it names, and the run's trials and seed. {@link #model()} reads
 * them into the very model the driver runs, through the same loader. Serializable, and small: a broadcast
 * sends it once to each executor, whose copy parses it once.
 */
public final class PortableScenario implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final byte[] text;
  private final String portfolio;
  private final int trials;
  private final long seed;
  /** The model, parsed once per copy (per JVM, for a broadcast value). */
  private transient volatile Scenario model;

  private PortableScenario(String file, byte[] text, String portfolio, int trials, long seed, Scenario model) {
    this.file = file;
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
    return new PortableScenario(file.toString(), saved, read[0], scenario.trials(), scenario.seed(),
        again.withTrials(scenario.trials()).withSeed(scenario.seed()));
  }

  /** The scenario, as the driver loaded it, with its trials and seed. */
  public Scenario model() {
    Scenario m = model;
    if (m == null) {
      m = load(Path.of(file), text, csv -> portfolio).withTrials(trials).withSeed(seed);
      model = m; // a race parses twice, the same text: harmless
    }
    return m;
  }

  private static Scenario load(Path file, byte[] text, org.kamsim.scenario.PortfolioSource portfolios) {
    try {
      return ScenarioLoader.loadText(file, text, List.of(), portfolios).scenario();
    } catch (InputException e) {
      // The text loaded on the driver; it can fail here only if the two loaders differ (versions of kamsim).
      throw new ScenarioException(e.errors().stream().map(InputError::toString).toList());
    }
  }
}
