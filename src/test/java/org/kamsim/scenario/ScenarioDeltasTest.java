package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;

/**
 * Scenario deltas: {@code extends} (a child file over its parents) and {@code --set} (a field over the
 * merged file). The portfolio is the six-account fixture that {@link ScenarioLoaderTest} describes: today's
 * key set A001, A002, A006; by revenue A003, A005, A001, ...
 */
class ScenarioDeltasTest {

  @TempDir
  Path dir;

  @BeforeEach
  void portfolio() throws IOException {
    Files.copy(Path.of("src/test/resources/scenario/portfolio.csv"), dir.resolve("portfolio.csv"));
  }

  private Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static Scenario load(Path file, String... overrides) throws InputException {
    return ScenarioLoader.loadFile(file, List.of(overrides).stream().map(FieldOverride::parse).toList())
        .scenario();
  }

  private static void assertRejected(Path file, List<String> overrides, String message) {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> load(file, overrides.toArray(String[]::new)))
        .withMessage(message);
  }

  private static final String PARENT = """
      name: parent
      portfolio: portfolio.csv
      trials: 500
      seed: 7
      program: {churn_multiplier: 0.6, discount: 0.03}
      kam: {capacity_per_kam: 3}
      plan: {key: [A001, A002]}
      shocks:
        - {lose: "top:1", month: 6}
        - {churn_shock: 2.0, from: 1, to: 12}
      """;

  @Test
  void extends_mapsMergedFieldByField_listsAndScalarsReplaced_nameFromTheChild() throws InputException,
      IOException {
    write("parent.yaml", PARENT);
    Path child = write("child.yaml", """
        extends: parent.yaml
        seed: 8
        program: {discount: 0.05}
        shocks:
          - {lose: "top:2", month: 3}
        """);

    Scenario s = load(child);

    assertThat(s.name()).isEqualTo("child");
    assertThat(s.source()).isEqualTo(child);
    assertThat(s.trials()).isEqualTo(500);
    assertThat(s.seed()).isEqualTo(8);
    Program d = Program.DEFAULT;
    assertThat(s.program()).isEqualTo(new Program(0.6, d.growthUplift(), d.rampMonths(), 0.05,
        d.overheadPerAccount(), d.demotionChurnMultiplier()));
    assertThat(s.kam().capacityPerKam()).isEqualTo(3);
    assertThat(s.plan().key()).containsExactly("A001", "A002");
    assertThat(s.shocks()).containsExactly(new Shock.Lose(new Selector.Top(2), 3));
  }

  @Test
  void extends_childWritesName_keepsIt() throws InputException, IOException {
    write("parent.yaml", PARENT);
    assertThat(load(write("child.yaml", "extends: parent.yaml\nname: mine\n")).name()).isEqualTo("mine");
  }

  @Test
  void extends_childSelectsThePlan_replacesTheParentsKeyList() throws InputException, IOException {
    write("parent.yaml", PARENT);
    Scenario s = load(write("child.yaml", "extends: parent.yaml\nplan: {select: \"top:2\"}\n"));
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.TopRevenue(2));
    assertThat(s.plan().key()).containsExactly("A003", "A005");
  }

  @Test
  void extends_childWritesOnlyPlanChanges_phasesTheParentsKeySet_andSetDoesTheSame()
      throws InputException, IOException {
    write("parent.yaml", PARENT);
    String changes = "[{month: 7, promote: [A004], headcount: 2}]";
    Path child = write("child.yaml", "extends: parent.yaml\nplan: {changes: " + changes + "}\n");
    Plan.Change change = new Plan.Change(7, List.of("A004"), List.of(), 2);
    assertThat(load(child).plan().key()).containsExactly("A001", "A002");
    assertThat(load(child).plan().changes()).containsExactly(change);
    Scenario set = load(write("plain.yaml", PARENT), "plan.changes=" + changes);
    assertThat(set.plan().key()).containsExactly("A001", "A002");
    assertThat(set.plan().changes()).containsExactly(change);
    // changes: [] drops a parent's phases; select still replaces key and keeps the changes.
    Path grandchild = write("grandchild.yaml", "extends: child.yaml\nplan: {select: current}\n");
    assertThat(load(grandchild).plan().changes()).containsExactly(change);
    assertThat(load(write("none.yaml", "extends: child.yaml\nplan: {changes: []}\n")).plan().changes()).isEmpty();
  }

  @Test
  void extends_chainOfThree_eachOverridesTheOneItExtends() throws InputException, IOException {
    write("c.yaml", "portfolio: portfolio.csv\ntrials: 100\nseed: 1\nhorizon_months: 12\n");
    write("b.yaml", "extends: c.yaml\ntrials: 200\nseed: 2\n");
    Scenario s = load(write("a.yaml", "extends: b.yaml\nseed: 3\n"));
    assertThat(s.name()).isEqualTo("a");
    assertThat(s.horizonMonths()).isEqualTo(12);
    assertThat(s.trials()).isEqualTo(200);
    assertThat(s.seed()).isEqualTo(3);
  }

  @Test
  void extends_cycle_isAnErrorNamingTheFilesInTheCycle() throws IOException {
    Path a = write("a.yaml", "extends: b.yaml\nportfolio: portfolio.csv\n");
    Path b = write("b.yaml", "extends: a.yaml\n");
    assertRejected(a, List.of(), b + ":1:10: extends: the files extend each other in a cycle: " + a
        + " extends " + b + " extends " + a);
  }

  @Test
  void extends_itself_isACycle() throws IOException {
    Path a = write("a.yaml", "portfolio: portfolio.csv\nextends: ./a.yaml\n");
    assertRejected(a, List.of(), a + ":2:10: extends: the files extend each other in a cycle: " + a
        + " extends " + a);
  }

  @Test
  void extends_missingParent_namesTheExtendsValueAndTheParentPath() throws IOException {
    Path child = write("sub/child.yaml", "trials: 10\nextends: ../nowhere.yaml\n");
    assertRejected(child, List.of(), child + ":2:10: extends: cannot read file " + dir.resolve("nowhere.yaml")
        + ": no such file");
  }

  @Test
  void extends_notText_isAWrongType() throws IOException {
    Path child = write("child.yaml", "extends: [a.yaml]\n");
    assertRejected(child, List.of(), child + ":1:10: extends: expected a string, was a list");
  }

  @Test
  void badValueInTheParent_namesTheParentsFileLineAndColumn() throws IOException {
    Path parent = write("parent.yaml", "portfolio: portfolio.csv\nkam:\n  capacity_per_kam: -2\n");
    Path child = write("child.yaml", "extends: parent.yaml\ntrials: 100\n");
    assertRejected(child, List.of(), parent + ":3:21: kam.capacity_per_kam: must be > 0, was -2");
  }

  @Test
  void badValueInTheChild_namesTheChildsFileLineAndColumn_evenOverAParentsGoodValue() throws IOException {
    write("parent.yaml", PARENT);
    Path child = write("child.yaml", "extends: parent.yaml\nprogram:\n  discount: 1.5\nplan: {key: [A001, Z9]}\n");
    assertRejected(child, List.of(), child + ":3:13: program.discount: must be in [0, 1], was 1.5\n"
        + child + ":4:20: plan.key[1]: unknown account id \"Z9\"");
  }

  @Test
  void errorsOfParentAndChild_areReportedTogether_childFirst() throws IOException {
    Path parent = write("parent.yaml", "portfolio: portfolio.csv\nhorizon: 12\n");
    Path child = write("child.yaml", "extends: parent.yaml\ntrials: -1\n");
    assertRejected(child, List.of(), child + ":2:9: trials: must be in [1, 100000000], was -1\n"
        + parent + ":2:1: horizon: unknown field (expected one of name, portfolio, horizon_months, trials, seed,"
        + " survival_threshold, factor, program, kam, plan, scoring, shocks, optimise, sensitivity, finance)");
  }

  @Test
  void portfolioPath_isRelativeToTheFileThatWroteIt() throws InputException, IOException {
    write("base/baseline.yaml", "portfolio: ../portfolio.csv\ntrials: 100\n");
    Scenario inherited = load(write("stress/lose.yaml", "extends: ../base/baseline.yaml\n"));
    assertThat(inherited.portfolio().size()).isEqualTo(6);

    Files.copy(dir.resolve("portfolio.csv"), dir.resolve("stress/local.csv"));
    Files.writeString(dir.resolve("stress/local.csv"), "A007,Eta,Retail,North,1,0.3,0,0.1,0,0.1,,1,no,1,1,1\n",
        StandardOpenOption.APPEND);
    Scenario own = load(write("stress/own.yaml", "extends: ../base/baseline.yaml\nportfolio: local.csv\n"));
    assertThat(own.portfolio().size()).isEqualTo(7);
  }

  @Test
  void set_equalsEditingTheFile() throws InputException, IOException {
    Path file = write("s.yaml", PARENT);
    Scenario viaSet = load(file, "program.discount=0.1", "kam.headcount=3", "plan.key=[A003,A004]",
        "shocks=[{lose: \"top:1\", month: 2}]", "factor.persistence=0.5", "trials=300");

    write("s.yaml", """
        name: parent
        portfolio: portfolio.csv
        trials: 300
        seed: 7
        factor: {persistence: 0.5}
        program: {churn_multiplier: 0.6, discount: 0.1}
        kam: {capacity_per_kam: 3, headcount: 3}
        plan: {key: [A003, A004]}
        shocks:
          - {lose: "top:1", month: 2}
        """);
    Scenario edited = load(file);

    assertThat(viaSet).isEqualTo(edited);
    assertThat(viaSet.plan()).isEqualTo(new Plan(List.of("A003", "A004"), 3));
    assertThat(viaSet.kam().headcount()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void set_laterOverridesWin_andApplyOverTheWholeChain() throws InputException, IOException {
    write("parent.yaml", PARENT);
    Path child = write("child.yaml", "extends: parent.yaml\nseed: 8\n");
    Scenario s = load(child, "seed=9", "seed=10", "plan.select=top:1");
    assertThat(s.seed()).isEqualTo(10);
    assertThat(s.plan().key()).containsExactly("A003");
  }

  @Test
  void set_badValues_nameTheOptionTheFieldAndTheValue() throws IOException {
    Path file = write("s.yaml", PARENT);
    assertRejected(file, List.of("program.discount=1.5"), "--set program.discount: must be in [0, 1], was 1.5");
    assertRejected(file, List.of("trials=many"), "--set trials: expected an integer, was \"many\"");
    assertRejected(file, List.of("plan.key=[A001, Z9]"), "--set plan.key[1]: unknown account id \"Z9\"");
    assertRejected(file, List.of("shocks=[{lose: \"top:1\", month: 99}]"),
        "--set shocks[0].month: must be in [1, 36], was 99");
    assertRejected(file, List.of("kam=3"), "--set kam: expected a mapping (fields: headcount, capacity_per_kam,"
        + " cost_per_kam, attrition, vacancy_months, status_quo_headcount), was 3");
  }

  @Test
  void set_unknownField_isAnErrorNamingIt() throws IOException {
    Path file = write("s.yaml", PARENT);
    assertRejected(file, List.of("program.discont=0.1"), "--set program.discont: unknown field (expected one of"
        + " churn_multiplier, growth_uplift, ramp_months, discount, overhead_per_account,"
        + " demotion_churn_multiplier)");
    assertRejected(file, List.of("colour=red"), "--set colour: unknown field (expected one of name, portfolio,"
        + " horizon_months, trials, seed, survival_threshold, factor, program, kam, plan, scoring, shocks,"
        + " optimise, sensitivity, finance)");
  }

  @Test
  void set_errorsAndFileErrors_areReportedTogether_fileFirst() throws IOException {
    Path file = write("s.yaml", "portfolio: portfolio.csv\ntrials: 0\n");
    assertRejected(file, List.of("seed=x", "program.discount=-1"), file
        + ":2:9: trials: must be in [1, 100000000], was 0\n"
        + "--set seed: expected an integer, was \"x\"\n"
        + "--set program.discount: must be in [0, 1], was -1");
  }

  @Test
  void set_yamlSyntaxError_namesTheOption() throws IOException {
    Path file = write("s.yaml", PARENT);
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> load(file, "plan.key=[A001"))
        .withMessageStartingWith("--set plan.key: YAML syntax error: ");
  }

  @Test
  void set_notFieldEqualsValue_isRefusedWhenParsed() {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldOverride.parse("program.discount"))
        .withMessage("expected FIELD=VALUE, such as program.discount=0.05, was \"program.discount\"");
    assertThatIllegalArgumentException().isThrownBy(() -> FieldOverride.parse("program..discount=1"))
        .withMessage("expected FIELD=VALUE with FIELD a dotted path such as program.discount, was"
            + " \"program..discount=1\"");
    assertThat(FieldOverride.parse("name=a=b")).isEqualTo(new FieldOverride("name", "a=b"));
  }

  @Test
  void savedText_ofAPlainFile_isItsBytes() throws InputException, IOException {
    Path file = write("s.yaml", "# a comment kept\n" + PARENT);
    assertThat(ScenarioLoader.loadFile(file, List.of()).bytes()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void savedText_withExtendsAndSet_isTheResolvedScenario_thatLoadsToTheSameScenario() throws InputException,
      IOException {
    write("base/parent.yaml", PARENT.replace("portfolio.csv", "../portfolio.csv"));
    Path child = write("stress/child.yaml", "extends: ../base/parent.yaml\nseed: 8\n");
    List<FieldOverride> overrides = List.of(FieldOverride.parse("program.discount=0.07"));
    ScenarioLoader.Loaded loaded = ScenarioLoader.loadFile(child, overrides);
    String text = new String(loaded.bytes(), StandardCharsets.UTF_8);

    assertThat(text).startsWith("# Resolved by kamsim from:\n#   " + child + "\n#   which extends "
        + dir.resolve("base/parent.yaml") + "\n#   then --set program.discount=0.07\n")
        .contains("\nname: child\n").contains("\nportfolio: ../portfolio.csv\n").doesNotContain("extends:");
    // Put where the child is, the resolved text is the same scenario.
    Files.write(child, loaded.bytes());
    assertThat(load(child)).isEqualTo(loaded.scenario());
  }
}
