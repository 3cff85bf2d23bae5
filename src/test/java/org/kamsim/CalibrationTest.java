package org.kamsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.scenario.FieldOverride;
import org.kamsim.scenario.InputException;
import org.kamsim.scenario.ScenarioLoader;
import org.kamsim.simulation.NpvFigures;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.TestWorkers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calibration's claims (docs/calibration.md, the README's "What the bundled scenarios show") against
 * what the bundled scenarios give: the targets for the sample portfolio and the baseline, the
 * brackets of the conservative and aggressive programs, and every figure those pages state, so that a
 * change of engine, defaults or data that moves them fails here rather than leaving the pages untrue.
 */
class CalibrationTest {
  private static final Path SCENARIOS = Path.of("scenarios");

  private static SimulationResult baseline;
  private static SimulationResult conservative;
  private static SimulationResult aggressive;
  private static Page readme;
  private static Page calibration;

  @BeforeAll
  static void run() throws Exception {
    baseline = simulate("baseline.yaml");
    conservative = simulate("conservative-program.yaml");
    aggressive = simulate("aggressive-program.yaml");
    readme = new Page(Path.of("README.md"));
    calibration = new Page(Path.of("docs/calibration.md"));
  }

  @Test
  void samplePortfolio_looksLikeAMidSizeB2bBook() {
    Portfolio p = baseline.scenario().portfolio();
    assertThat(p.criteria()).as("the practitioners ask for 5 to 7 criteria").hasSizeBetween(5, 7);
    assertThat(baseline.concentration().keyShareToday()).isBetween(0.25, 0.40);
    assertThat(baseline.concentration().top1Share()).isBetween(0.10, 0.18);
    for (Account a : p.accounts()) {
      if (a.key()) {
        assertThat(a.churn()).as(a.id() + " (key today)").isBetween(0.03, 0.08);
      } else {
        assertThat(a.churn()).as(a.id()).isBetween(0.08, 0.20);
      }
    }
    calibration.states("| largest account | " + percent(baseline.concentration().top1Share()))
        .states("bringing " + percent(baseline.concentration().keyShareToday()));
    readme.states("brings " + percent(baseline.concentration().top1Share()) + " of")
        .states("today's key accounts " + percent(baseline.concentration().keyShareToday()));
  }

  @Test
  void oneYearRevenueChange_hasAStandardDeviationOfTenToFifteenPercent() throws InputException {
    Scenario oneYear = ScenarioLoader.loadFile(SCENARIOS.resolve("baseline.yaml"),
        List.of(new FieldOverride("horizon_months", "12"))).scenario();
    SimulationResult r = run(oneYear);
    double today = oneYear.portfolio().accounts().stream().mapToDouble(Account::revenue).sum();
    double sd = r.revenue().stderr() * Math.sqrt(r.trials()) / today;

    assertThat(sd).isBetween(0.10, 0.15);
    calibration.states("**" + percent(sd) + "**");
  }

  @Test
  void baseline_paysBackWithinThreeYearsWithAPositiveNpvAtTenPercent() {
    NpvFigures npv = baseline.npv().orElseThrow();
    assertThat(npv.discountRate()).isEqualTo(0.10);
    assertThat(baseline.plan().paybackMonth()).isPresent();
    assertThat(baseline.plan().paybackMonth().getAsInt()).isBetween(12, 36);
    assertThat(npv.discountedPaybackMonth()).isPresent();
    assertThat(npv.discountedPaybackMonth().getAsInt()).isBetween(12, 36);
    assertThat(npv.incrementalCi95Low()).as("the whole 95% interval of the extra NPV").isPositive();

    int payback = baseline.plan().paybackMonth().getAsInt();
    int discounted = npv.discountedPaybackMonth().getAsInt();
    readme.states("pays back in month " + payback + "** (discounted, month " + discounted + ")")
        .states("**" + millions(npv.incrementalMean()) + " of NPV**")
        .states("(95% interval " + twoDecimals(npv.incrementalCi95Low()) + " to "
            + twoDecimals(npv.incrementalCi95High()) + " million)");
    calibration.states("| `baseline.yaml` | the defaults | " + payback + " ✓ | " + discounted
        + " ✓ | " + millions(npv.incrementalMean()) + " ✓ (95% interval " + twoDecimals(npv.incrementalCi95Low())
        + " to " + millions(npv.incrementalCi95High()) + ") |");
  }

  @Test
  void conservativeAndAggressivePrograms_bracketTheBaseline() {
    double base = baseline.npv().orElseThrow().incrementalMean();
    double low = conservative.npv().orElseThrow().incrementalMean();
    double high = aggressive.npv().orElseThrow().incrementalMean();
    assertThat(low).isLessThan(base);
    assertThat(high).isGreaterThan(base);
    int basePayback = baseline.plan().paybackMonth().getAsInt();
    OptionalInt lowPayback = conservative.plan().paybackMonth();
    assertThat(lowPayback.isEmpty() || lowPayback.getAsInt() > basePayback).isTrue();
    assertThat(aggressive.plan().paybackMonth()).isPresent();
    assertThat(aggressive.plan().paybackMonth().getAsInt()).isLessThan(basePayback);

    assertThat(lowPayback).as("the pages say the conservative program never pays back").isEmpty();
    assertThat(conservative.npv().orElseThrow().discountedPaybackMonth()).isEmpty();
    readme.states("never pays back within 36 months** (NPV " + millions(low) + " against")
        .states("pays back in month " + aggressive.plan().paybackMonth().getAsInt() + " (NPV "
            + millions(high) + ")");
    int aggressiveDiscounted = aggressive.npv().orElseThrow().discountedPaybackMonth().getAsInt();
    calibration
        .states("| none within 36 months ✓ | none ✓ | " + millions(low) + " ✓ |")
        .states("| " + aggressive.plan().paybackMonth().getAsInt() + " ✓ | " + aggressiveDiscounted + " ✓ | "
            + millions(high) + " ✓ |");
  }

  private static SimulationResult simulate(String file) throws InputException {
    return run(ScenarioLoader.load(SCENARIOS.resolve(file)));
  }

  private static SimulationResult run(Scenario scenario) {
    return new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(scenario);
  }

  /** "11.2%": how the pages write a share. */
  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  /** "0.54 million", "−0.44 million" (a true minus sign, as the pages write it). */
  private static String millions(double value) {
    return twoDecimals(value) + " million";
  }

  private static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value / 1e6).replace('-', '−');
  }

  /** A page of the documentation, read with every run of white space as one space (re-wrapping is harmless). */
  private record Page(Path file, String words) {
    Page(Path file) throws IOException {
      this(file, Files.readString(file).replaceAll("\\s+", " "));
    }

    Page states(String phrase) {
      assertThat(words.contains(phrase)).as("%s states \"%s\"", file, phrase).isTrue();
      return this;
    }
  }
}
