package org.kamsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Scenario;
import org.kamsim.model.Shock;

/** {@link ScenarioText}: the loader reads every scenario's text back into an equal scenario. */
class ScenarioTextTest {
  private static final Path RESOURCES = Path.of("src/test/resources/scenario");

  /** The scenario read back from its text, as the file it came from. */
  static Scenario roundTrip(Scenario s) throws InputException {
    return ScenarioText.of(s).read(s.source());
  }

  @Test
  void everyBundledScenarioReadsBackEqual() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    for (Path file : files) {
      Scenario s = ScenarioLoader.load(file);
      assertEquals(s, roundTrip(s), file.toString());
    }
  }

  @Test
  void aScenarioWithEveryFeatureReadsBackEqual() throws Exception {
    Scenario s = ScenarioLoader.load(RESOURCES.resolve("every-feature.yaml"));
    // The file has what it says it has: two phases, shocks of each kind, tiers, a terminal value, ranges.
    assertEquals(2, s.plan().changes().size());
    assertEquals(8, s.shocks().size());
    for (Class<?> kind : List.of(Shock.Lose.class, Shock.ChurnShock.class, Shock.GrowthShock.class,
        Shock.MarginShock.class)) {
      assertTrue(s.shocks().stream().anyMatch(kind::isInstance), kind.getSimpleName());
    }
    assertEquals(3, s.scoring().tiers().size());
    assertTrue(s.finance().orElseThrow().terminalGrowth().isPresent());
    assertEquals(3, s.sensitivity().ranges().size());
    assertEquals(s, roundTrip(s));
  }

  @Test
  void theTestScenariosReadBackEqual() throws Exception {
    for (String name : List.of("full.yaml", "tiers.yaml", "finance.yaml", "finance-rate-only.yaml",
        "minimal.yaml", "no-criteria.yaml", "plan-current.yaml", "plan-top.yaml", "plan-score.yaml",
        "tiers-plan.yaml")) {
      Scenario s = ScenarioLoader.load(RESOURCES.resolve(name));
      assertEquals(s, roundTrip(s), name);
    }
  }

  @Test
  void numbersWithoutAShortDecimalReadBackToTheSameBits() throws Exception {
    Scenario s = ScenarioLoader.load(RESOURCES.resolve("full.yaml"));
    // 1e-7 prints with an exponent, 0.1 + 0.2 with 17 digits, 1/3 never ends: each must come back as it was.
    Scenario odd = s.withProgram(s.program().withGrowthUplift(1e-7).withDiscount(0.1 + 0.2)
        .withOverheadPerAccount(1.0 / 3));
    Scenario back = roundTrip(odd);
    assertEquals(odd, back);
    assertEquals(Double.doubleToRawLongBits(0.1 + 0.2), Double.doubleToRawLongBits(back.program().discount()));
  }

  @Test
  void theTextIsAFileTheLoaderReadsFromDisk() throws IOException, InputException {
    Scenario s = ScenarioLoader.load(RESOURCES.resolve("every-feature.yaml"));
    ScenarioText text = ScenarioText.of(s);
    Path dir = Files.createTempDirectory("scenario-text");
    Path yaml = dir.resolve("every-feature.yaml");
    Files.writeString(yaml, text.yaml());
    Files.writeString(dir.resolve(ScenarioText.PORTFOLIO), text.portfolio());
    Scenario read = ScenarioLoader.load(yaml);
    assertEquals(s, read.withSource(s.source()));
  }
}
