package org.kamsim.scenario;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Finance;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Limits;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.model.SensitivitySpec;
import org.kamsim.model.Shock;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Walks a scenario's YAML node tree (MODEL.md, "Scenario file") into a {@link Scenario}, recording every
 * error on the way. Checks that need the portfolio (ids, criteria, segments, capacity) are skipped when it
 * could not be read, so that the scenario's other errors are still reported with the portfolio's.
 */
final class ScenarioReader {

  static final List<String> TOP_FIELDS = List.of("name", "portfolio", "horizon_months", "trials", "seed",
      "survival_threshold", "factor", "program", "kam", "plan", "scoring", "shocks", "optimise",
      "sensitivity", "finance");
  static final List<String> FINANCE_FIELDS = List.of("discount_rate", "terminal_growth");
  static final List<String> FACTOR_FIELDS = List.of("persistence", "churn_correlation", "growth_correlation");
  static final List<String> PROGRAM_FIELDS = List.of("churn_multiplier", "growth_uplift", "ramp_months",
      "discount", "overhead_per_account", "demotion_churn_multiplier");
  static final List<String> SCORING_FIELDS = List.of("weights", "tiers", "min_share");
  static final List<String> TIER_FIELDS = List.of("name", "min_score");
  static final List<String> KAM_FIELDS = List.of("headcount", "capacity_per_kam", "cost_per_kam", "attrition",
      "vacancy_months", "status_quo_headcount");

  private final Path file;
  private final PortfolioSource portfolios;
  private final YamlValues values;
  private final List<InputError> portfolioErrors = new ArrayList<>();

  /** @param file the scenario file as the user named it: the scenario's source and default name */
  ScenarioReader(Path file, Errors errors, PortfolioSource portfolios) {
    this.portfolios = portfolios;
    this.file = file;
    this.values = new YamlValues(errors);
  }

  /** Errors found in the portfolio CSV (they name that file, so they are kept apart from the YAML's). */
  List<InputError> portfolioErrors() {
    return portfolioErrors;
  }

  /** The scenario, or null when an error was recorded (in the YAML's errors or the portfolio's). */
  Scenario read(Node root) {
    Fields top = Fields.of(values, root, "", TOP_FIELDS);
    String name = top.text("name", baseName(file));
    Portfolio portfolio = portfolio(top);
    Integer horizon = top.integer("horizon_months", 36, Range.closed(1, 600));
    Integer trials = top.integer("trials", 10_000, Range.closed(1, 100_000_000));
    Long seed = top.int64("seed", 42);
    Double survival = top.number("survival_threshold", 0.8, Range.atLeast(0));
    FactorModel factor = factor(top.section("factor", FACTOR_FIELDS));
    Program program = program(top.section("program", PROGRAM_FIELDS));
    Fields kamFields = top.section("kam", KAM_FIELDS);
    KamPolicy kam = kam(kamFields);
    Scoring scoring = scoring(top.section("scoring", SCORING_FIELDS), portfolio);

    AccountIds ids = new AccountIds(values, portfolio);
    PlanReader planReader = new PlanReader(values, ids, portfolio, scoring);
    Fields planFields = top.section("plan", PlanReader.FIELDS);
    PlanReader.Choice choice = planReader.read(planFields);
    List<PlanReader.PendingChange> changes = planReader.changes(planFields, choice.key(), horizon);
    Plan plan = null;
    Plan statusQuo = null;
    if (portfolio != null && kam != null) {
      if (choice.key() != null) {
        plan = staff(choice.key(), kam.headcount(), kamFields, "headcount", "the plan's key set", portfolio, kam);
      }
      if (plan != null && changes != null && !changes.isEmpty()) {
        plan = phase(plan, changes, portfolio, kam);
      }
      List<String> today = portfolio.keyToday().stream().map(i -> portfolio.get(i).id()).toList();
      statusQuo = staff(today, kam.statusQuoHeadcount(), kamFields, "status_quo_headcount", "today's key set",
          portfolio, kam);
    }
    SelectorParser selectors = new SelectorParser(values, ids, portfolio, scoring);
    List<Shock> shocks = new ShockReader(values, selectors, portfolio, horizon)
        .read(top.value("shocks"), top.path("shocks"));
    OptimiseSpec optimise = new OptimiseReader(values, ids).read(top.section("optimise", OptimiseReader.FIELDS),
        plan == null ? 1 : plan.headcount(), trials == null ? 10_000 : trials, portfolio, kam);
    SensitivitySpec sensitivity = new SensitivityReader(values)
        .read(top.section("sensitivity", SensitivityReader.FIELDS));
    Optional<Finance> finance =
        top.has("finance") ? finance(top.section("finance", FINANCE_FIELDS)) : Optional.empty();

    if (!values.errors().isEmpty() || !portfolioErrors.isEmpty()) {
      return null;
    }
    // No error recorded means every value above was read, so none is null.
    Plan thePlan = plan;
    Plan theStatusQuo = statusQuo;
    return values.build(root, () -> new Scenario(name, file, portfolio, horizon, trials, seed, survival, factor,
        program, kam, choice.spec(), thePlan, theStatusQuo, scoring, shocks, optimise, sensitivity,
        finance));
  }

  /**
   * The portfolio the {@code portfolio} field names, relative to the folder of the file that wrote it (a
   * parent's path stays right for a child elsewhere), or to the current directory when {@code --set} wrote
   * it; null on error.
   */
  private Portfolio portfolio(Fields top) {
    Node node = top.required("portfolio", "the portfolio CSV file, relative to this file");
    String text = node == null ? null : values.text(node, "portfolio");
    if (text == null) {
      return null;
    }
    Path csv;
    try {
      String source = node.getStartMark().getName();
      Path dir = YamlSource.isOverride(source) ? null : Path.of(source).getParent();
      csv = dir == null ? Path.of(text) : dir.resolve(text);
    } catch (InvalidPathException e) {
      values.errors().at(node, "portfolio", "not a valid file path, was \"" + text + "\"");
      return null;
    }
    // The label is the path the user can open from where they ran the command.
    String label = csv.normalize().toString().isEmpty() ? csv.toString() : csv.normalize().toString();
    String content;
    try {
      content = portfolios.read(csv);
    } catch (IOException e) {
      values.errors().at(node, "portfolio", "cannot read file " + label + ": " + TextFile.reason(e));
      return null;
    }
    try {
      return PortfolioReader.parse(label, content);
    } catch (InputException e) {
      portfolioErrors.addAll(e.errors());
      return null;
    }
  }

  private FactorModel factor(Fields f) {
    FactorModel d = FactorModel.DEFAULT;
    Double persistence = f.number("persistence", d.persistence(), Range.closed(0, 1));
    Double churn = f.number("churn_correlation", d.churnCorrelation(), Range.halfOpen(0, 1));
    Double growth = f.number("growth_correlation", d.growthCorrelation(), Range.closed(0, 1));
    if (persistence == null || churn == null || growth == null) {
      return null;
    }
    return values.build(f.node(), () -> new FactorModel(persistence, churn, growth));
  }

  private Program program(Fields f) {
    Program d = Program.DEFAULT;
    Double churn = f.number("churn_multiplier", d.churnMultiplier(), Range.atLeast(0));
    Double uplift = f.number("growth_uplift", d.growthUplift(),
        Range.closed(Limits.MIN_GROWTH_UPLIFT, Limits.MAX_GROWTH_UPLIFT));
    Integer ramp = f.integer("ramp_months", d.rampMonths(), Range.atLeast(0));
    Double discount = f.number("discount", d.discount(), Range.closed(0, 1));
    Double overhead = f.number("overhead_per_account", d.overheadPerAccount(), Range.closed(0, Limits.MAX_AMOUNT));
    Double demotion = f.number("demotion_churn_multiplier", d.demotionChurnMultiplier(), Range.atLeast(0));
    if (churn == null || uplift == null || ramp == null || discount == null || overhead == null
        || demotion == null) {
      return null;
    }
    return values.build(f.node(), () -> new Program(churn, uplift, ramp, discount, overhead, demotion));
  }

  /**
   * The {@code finance} section, present: a rate alone (default 0, no discounting) or with a terminal growth
   * that must be below it. Null when wrong; the growth's error names the rate it must stay below.
   */
  private Optional<Finance> finance(Fields f) {
    if (!f.present()) {
      return null;
    }
    Double rate = f.number("discount_rate", 0, Range.closed(0, 1));
    if (!f.has("terminal_growth")) {
      return rate == null ? null : Optional.of(Finance.of(rate));
    }
    Double growth = f.number("terminal_growth", 0, Range.closed(-1, 1));
    if (rate == null || growth == null) {
      return null;
    }
    if (!(growth < rate)) {
      String which = f.has("discount_rate") ? "finance.discount_rate (" + Range.show(rate) + ")"
          : "finance.discount_rate, which is absent (0, no discounting)";
      values.errors().at(f.value("terminal_growth"), f.path("terminal_growth"),
          "must be below " + which + ", was " + Range.show(growth));
      return null;
    }
    return values.build(f.node(), () -> Optional.of(Finance.of(rate, growth)));
  }

  private KamPolicy kam(Fields f) {
    KamPolicy d = KamPolicy.DEFAULT;
    OptionalInt headcount = count(f, "headcount");
    Double capacity = f.number("capacity_per_kam", d.capacityPerKam(), Range.above(0));
    Double cost = f.number("cost_per_kam", d.costPerKam(), Range.closed(0, Limits.MAX_AMOUNT));
    Double attrition = f.number("attrition", d.attrition(), Range.halfOpen(0, 1));
    Integer vacancy = f.integer("vacancy_months", d.vacancyMonths(), Range.atLeast(0));
    OptionalInt statusQuo = count(f, "status_quo_headcount");
    if (headcount == null || capacity == null || cost == null || attrition == null || vacancy == null
        || statusQuo == null) {
      return null;
    }
    return values.build(f.node(), () -> new KamPolicy(headcount, capacity, cost, attrition, vacancy, statusQuo));
  }

  /** An optional KAM count: empty when absent (the fewest that cover), null when wrong. */
  private OptionalInt count(Fields f, String key) {
    if (!f.has(key)) {
      return OptionalInt.empty();
    }
    Integer k = values.integer(f.value(key), f.path(key), Range.closed(0, Limits.MAX_HEADCOUNT));
    return k == null ? null : OptionalInt.of(k);
  }

  /**
   * The {@code scoring} section: its weights, then its tiers and share gate. Null when wrong, or when the
   * portfolio (whose criteria the default weights need) is missing.
   */
  private Scoring scoring(Fields s, Portfolio portfolio) {
    Scoring weights = weights(s, portfolio);
    List<Scoring.Tier> tiers = tiers(s, portfolio);
    Double minShare = s.number("min_share", 0, Range.halfOpen(0, 1));
    if (weights == null || tiers == null || minShare == null) {
      return null;
    }
    return values.build(s.node(), () -> weights.withTiers(tiers, minShare));
  }

  /**
   * {@code weights: {criterion: weight}} over the portfolio's criteria columns; default equal weights over
   * all of them. Null when wrong, or when the portfolio (whose criteria the default needs) is missing.
   */
  private Scoring weights(Fields s, Portfolio portfolio) {
    if (!s.has("weights")) {
      return portfolio == null ? null : Scoring.equalWeights(portfolio.criteria());
    }
    Fields w = Fields.of(values, s.value("weights"), s.path("weights"), null);
    if (!w.present()) {
      return null;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    boolean ok = true;
    double sum = 0;
    for (String criterion : w.names()) {
      Double weight = w.number(criterion, 0, Range.atLeast(0));
      if (portfolio != null && !portfolio.criteria().contains(criterion)) {
        String known = portfolio.criteria().isEmpty()
            ? "the portfolio has no criteria columns"
            : "the portfolio's criteria are " + String.join(", ", portfolio.criteria());
        values.errors().at(w.key(criterion), w.path(criterion), "unknown criterion (" + known + ")");
        ok = false;
      }
      if (weight == null) {
        ok = false;
      } else {
        weights.put(criterion, weight);
        sum += weight;
      }
    }
    if (ok && !(sum > 0)) {
      values.errors().at(w.node(), w.path(), "needs at least one weight > 0");
      ok = false;
    }
    return ok ? values.build(w.node(), () -> new Scoring(weights)) : null;
  }

  /**
   * {@code tiers: [{name, min_score}]}, best first: names unique, non-blank and not {@code standard} (the
   * tier of everyone else), {@code min_score} in [1, 10] and strictly descending, so that "the first tier
   * whose min_score <= score" is the highest one the account reaches. Empty when absent; null when wrong.
   */
  private List<Scoring.Tier> tiers(Fields s, Portfolio portfolio) {
    if (!s.has("tiers")) {
      return List.of();
    }
    List<org.yaml.snakeyaml.nodes.Node> items = values.list(s.value("tiers"), s.path("tiers"));
    if (items == null) {
      return null;
    }
    boolean ok = true;
    if (portfolio != null && portfolio.criteria().isEmpty()) {
      values.errors().at(s.value("tiers"), s.path("tiers"),
          "tiers need criteria columns in the portfolio, which has none");
      ok = false;
    }
    List<Scoring.Tier> tiers = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Double above = null;
    for (int t = 0; t < items.size(); t++) {
      Fields tier = Fields.of(values, items.get(t), s.path("tiers") + "[" + t + "]", TIER_FIELDS);
      if (!tier.present()) {
        ok = false;
        continue;
      }
      Node nameNode = tier.required("name", "the tier's name");
      Node scoreNode = tier.required("min_score", "the lowest score of the tier, 1 to 10");
      String name = nameNode == null ? null : tier.text("name", null);
      Double min = scoreNode == null ? null : tier.number("min_score", 0, Range.closed(1, 10));
      if (name != null && name.equals(Scoring.STANDARD)) {
        values.errors().at(nameNode, tier.path("name"),
            "\"standard\" is the tier of accounts in no listed tier; name the tier otherwise");
        name = null;
      } else if (name != null && seen.containsKey(name)) {
        values.errors().at(nameNode, tier.path("name"),
            "repeated tier name \"" + name + "\" (first at " + s.path("tiers") + "[" + seen.get(name) + "])");
        name = null;
      } else if (name != null) {
        seen.put(name, t);
      }
      if (min != null && above != null && !(min < above)) {
        values.errors().at(scoreNode, tier.path("min_score"), "must be below the min_score of the tier above ("
            + Range.show(above) + "; tiers are listed best first), was " + Range.show(min));
        min = null;
      }
      if (min != null) {
        above = min;
      }
      if (name == null || min == null) {
        ok = false;
      } else {
        tiers.add(new Scoring.Tier(name, min));
      }
    }
    return ok ? tiers : null;
  }

  /**
   * The key set staffed with the explicit headcount, which must carry its load, or else with the fewest KAMs
   * that do. Null (an error at the headcount field) when the explicit headcount is too small.
   */
  private Plan staff(List<String> key, OptionalInt explicit, Fields kamFields, String field, String what,
      Portfolio portfolio, KamPolicy kam) {
    double load = 0;
    for (String id : key) {
      load += portfolio.get(portfolio.indexOf(id).getAsInt()).complexity();
    }
    int needed = kam.kamsToCover(load);
    if (explicit.isPresent() && explicit.getAsInt() < needed) {
      int k = explicit.getAsInt();
      values.errors().at(kamFields.value(field), kamFields.path(field),
          kams(k) + " x " + Range.show(kam.capacityPerKam()) + " capacity = "
              + Range.show(k * kam.capacityPerKam()) + " cannot carry " + what + " of load " + Range.show(load)
              + " (needs at least " + needed + ")");
      return null;
    }
    if (explicit.isEmpty() && needed > Limits.MAX_HEADCOUNT) {
      // Only an absurdly small capacity (or huge complexities) gets here; the capacity is where to look.
      Node at = kamFields.has("capacity_per_kam") ? kamFields.value("capacity_per_kam") : kamFields.node();
      values.errors().at(at, kamFields.path("capacity_per_kam"), "at " + Range.show(kam.capacityPerKam())
          + " per KAM, " + what + " of load " + Range.show(load) + " needs more than the "
          + Limits.MAX_HEADCOUNT + " KAMs a plan may have");
      return null;
    }
    return values.build(kamFields.node(), () -> new Plan(key, explicit.orElse(needed)));
  }

  /**
   * The plan with its changes, each phase's key set checked against its headcount (MODEL.md, "Phased
   * plans": capacity holds in every phase); null when a phase cannot carry its key set.
   */
  private Plan phase(Plan month1, List<PlanReader.PendingChange> pending, Portfolio portfolio, KamPolicy kam) {
    List<Plan.Change> changes = new ArrayList<>();
    int headcount = month1.headcount();
    boolean ok = true;
    for (PlanReader.PendingChange p : pending) {
      headcount = p.headcount() == null ? headcount : p.headcount();
      changes.add(new Plan.Change(p.month(), p.promote(), p.demote(), headcount));
    }
    Plan plan = values.build(pending.get(0).node(), () -> new Plan(month1.key(), month1.headcount(), changes));
    if (plan == null) {
      return null;
    }
    for (int c = 0; c < pending.size(); c++) {
      PlanReader.PendingChange p = pending.get(c);
      int k = changes.get(c).headcount();
      double load = Plan.load(portfolio, plan.maskAt(portfolio, p.month()));
      int needed = kam.kamsToCover(load);
      if (k < needed) {
        boolean set = p.headcount() != null;
        values.errors().at(set ? p.headcountNode() : p.node(), p.path() + (set ? ".headcount" : ""),
            "month " + p.month() + ": " + kams(k) + " x " + Range.show(kam.capacityPerKam()) + " capacity = "
            + Range.show(k * kam.capacityPerKam()) + " cannot carry the key set of month " + p.month()
            + " of load " + Range.show(load) + " (needs at least " + needed + ")");
        ok = false;
      }
    }
    return ok ? plan : null;
  }

  /** "1 KAM", "3 KAMs". */
  static String kams(int k) {
    return k + (k == 1 ? " KAM" : " KAMs");
  }

  /** The file name without its extension: the default scenario name. */
  static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
