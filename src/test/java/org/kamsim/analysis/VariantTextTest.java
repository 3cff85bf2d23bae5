package org.kamsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.api.PortableScenario;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.scenario.ScenarioLoader;
import org.kamsim.simulation.TestScenario;

/**
 * Every scenario that {@code stress} and {@code sensitivity} build in code can be sent as text
 * ({@link PortableScenario#of(Scenario)}) and is read back equal: what running them on Spark needs.
 */
class VariantTextTest {
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");
  private static final Path EVERY_FEATURE = Path.of("src/test/resources/scenario/every-feature.yaml");

  private static void assertSentEqual(Scenario s, String what) {
    assertEquals(s, PortableScenario.of(s).model(), what);
  }

  @Test
  void everyStressVariantOfTheBaselineReadsBackEqual() throws Exception {
    Scenario base = ScenarioLoader.load(BASELINE);
    Portfolio p = base.portfolio();
    List<Scenario> variants = new ArrayList<>();
    for (int month : new int[] {1, base.horizonMonths()}) {
      variants.addAll(StressTest.variants(base, p.size(), month));
      // The reverse stress test's runs: every account lost, and the largest k of them (the first ten k and
      // all of them: the selector's text is the same whatever k).
      variants.add(StressTest.losing(base, new Selector.All(), month));
      int[] order = p.byRevenueDescending();
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < order.length; k++) {
        ids.add(p.get(order[k]).id());
        if (k < 10 || k == order.length - 1) {
          variants.add(StressTest.losing(base, new Selector.Ids(ids), month));
        }
      }
    }
    for (int i = 0; i < variants.size(); i++) {
      assertSentEqual(variants.get(i), "stress variant " + i);
    }
  }

  @Test
  void everySensitivityVariantReadsBackEqual() throws Exception {
    for (Path file : List.of(BASELINE, EVERY_FEATURE)) {
      List<Scenario> variants = Sensitivity.variants(ScenarioLoader.load(file));
      assertTrue(variants.size() > 20, file + ": " + variants.size());
      for (int i = 0; i < variants.size(); i++) {
        assertSentEqual(variants.get(i), file + " variant " + i);
      }
    }
  }

  @Test
  void aScenarioBuiltInCodeWithoutSourceReadsBackWithoutSource() throws Exception {
    Scenario s = ScenarioLoader.load(EVERY_FEATURE).withSource(null);
    Scenario back = PortableScenario.of(s).model();
    assertEquals(s, back);
    assertEquals(null, back.source());
  }

  @Test
  void aScenarioWithNoTextFormIsRefusedNamingWhatDiffers() {
    // Weights over a criterion the portfolio has no column for: no scenario file can say that.
    TestScenario t = new TestScenario();
    t.trials = 100;
    t.add(TestScenario.full("A", "S", "R", 1_000_000, 0.3, 0, 0.1, 0.02, 0.1, Double.POSITIVE_INFINITY, 1, true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PortableScenario.of(t.build()));
    assertTrue(e.getMessage().contains("scoring"), e.getMessage());
  }
}
