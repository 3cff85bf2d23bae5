package org.kamsim.scenario;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.Account;
import org.kamsim.model.Finance;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.model.Selector;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.model.SensitivitySpec;
import org.kamsim.model.Shock;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Any {@link Scenario} as the text of a scenario file and of its portfolio CSV, which {@link ScenarioLoader}
 * reads back into an equal scenario: for a scenario built or changed in code (the variants of {@code compare},
 * {@code stress} and {@code sensitivity}) that must reach a machine with none of its files.
 *
 * <p>Every field is written, defaults too, so the text does not depend on this version's defaults. Numbers
 * are written as {@link Double#toString} writes them, which parses back to the same double (an exponent, as
 * in {@code 1.0E-5}, is valid in both the YAML and the CSV). The plan is written as the scenario named it
 * ({@link Scenario#planSpec}: {@code key} or {@code select}) with its changes, each with its headcount, so
 * that it resolves to the same key sets; shocks' selectors as their text, named accounts as a list (an id
 * may hold a comma). What has no text form is a scenario whose resolved plan is not what its
 * {@code planSpec} and {@code kam} give (a plan set in code with another headcount, say): the caller
 * compares the scenario read back with the original ({@code PortableScenario.of} does).
 *
 * @param yaml the scenario file, UTF-8
 * @param portfolio the portfolio CSV the file names as {@link #PORTFOLIO}
 */
public record ScenarioText(String yaml, String portfolio) {
  /** The portfolio's file name in {@link #yaml}; a reader supplies its text ({@link PortfolioSource}). */
  public static final String PORTFOLIO = "portfolio.csv";

  /** The text of {@code scenario}. */
  public static ScenarioText of(Scenario scenario) {
    return new ScenarioText(yaml(scenario), csv(scenario.portfolio()));
  }

  /** The scenario file's bytes, as the loader reads them. */
  public byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The scenario this text holds, read by {@link ScenarioLoader} as if it were the file {@code file} (its
   * {@link Scenario#source} and the name its errors give) with this portfolio text.
   */
  public Scenario read(Path file) throws InputException {
    return ScenarioLoader.loadText(file, yamlBytes(), List.of(), csv -> portfolio).scenario();
  }

  private static String yaml(Scenario s) {
    Map<String, Object> top = new LinkedHashMap<>();
    top.put("name", s.name());
    top.put("portfolio", PORTFOLIO);
    top.put("horizon_months", s.horizonMonths());
    top.put("trials", s.trials());
    top.put("seed", s.seed());
    top.put("survival_threshold", s.survivalThreshold());
    top.put("factor", map("persistence", s.factor().persistence(), "churn_correlation",
        s.factor().churnCorrelation(), "growth_correlation", s.factor().growthCorrelation()));
    Map<String, Object> program = new LinkedHashMap<>();
    program.put("churn_multiplier", s.program().churnMultiplier());
    program.put("growth_uplift", s.program().growthUplift());
    program.put("ramp_months", s.program().rampMonths());
    program.put("discount", s.program().discount());
    program.put("overhead_per_account", s.program().overheadPerAccount());
    program.put("demotion_churn_multiplier", s.program().demotionChurnMultiplier());
    top.put("program", program);
    top.put("kam", kam(s.kam()));
    top.put("plan", plan(s.planSpec(), s.plan()));
    top.put("scoring", scoring(s.scoring()));
    if (!s.shocks().isEmpty()) {
      List<Object> shocks = new ArrayList<>();
      for (Shock shock : s.shocks()) {
        shocks.add(shock(shock));
      }
      top.put("shocks", shocks);
    }
    top.put("optimise", optimise(s.optimise()));
    top.put("sensitivity", sensitivity(s.sensitivity()));
    s.finance().ifPresent(f -> top.put("finance", finance(f)));
    DumperOptions options = new DumperOptions();
    options.setSplitLines(false);
    options.setIndent(2);
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(top);
  }

  private static Map<String, Object> kam(KamPolicy k) {
    Map<String, Object> kam = new LinkedHashMap<>();
    k.headcount().ifPresent(h -> kam.put("headcount", h));
    kam.put("capacity_per_kam", k.capacityPerKam());
    kam.put("cost_per_kam", k.costPerKam());
    kam.put("attrition", k.attrition());
    kam.put("vacancy_months", k.vacancyMonths());
    k.statusQuoHeadcount().ifPresent(h -> kam.put("status_quo_headcount", h));
    return kam;
  }

  private static Map<String, Object> plan(PlanSpec spec, Plan resolved) {
    Map<String, Object> plan = new LinkedHashMap<>();
    if (spec instanceof PlanSpec.KeyIds ids) {
      plan.put("key", new ArrayList<>(ids.ids()));
    } else if (spec instanceof PlanSpec.Current) {
      plan.put("select", "current");
    } else if (spec instanceof PlanSpec.TopRevenue top) {
      plan.put("select", "top:" + top.n());
    } else if (spec instanceof PlanSpec.TopScore top) {
      plan.put("select", "score:" + top.n());
    } else {
      plan.put("select", SelectorParser.TIER_PREFIX + ((PlanSpec.AtLeastTier) spec).tier());
    }
    if (resolved.phased()) {
      List<Object> changes = new ArrayList<>();
      for (Plan.Change c : resolved.changes()) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("month", c.month());
        if (!c.promote().isEmpty()) {
          change.put("promote", new ArrayList<>(c.promote()));
        }
        if (!c.demote().isEmpty()) {
          change.put("demote", new ArrayList<>(c.demote()));
        }
        change.put("headcount", c.headcount());
        changes.add(change);
      }
      plan.put("changes", changes);
    }
    return plan;
  }

  private static Map<String, Object> scoring(Scoring s) {
    Map<String, Object> scoring = new LinkedHashMap<>();
    if (!s.weights().isEmpty()) {
      scoring.put("weights", new LinkedHashMap<>(s.weights()));
    }
    if (!s.tiers().isEmpty()) {
      List<Object> tiers = new ArrayList<>();
      for (Scoring.Tier t : s.tiers()) {
        tiers.add(map("name", t.name(), "min_score", t.minScore()));
      }
      scoring.put("tiers", tiers);
    }
    scoring.put("min_share", s.minShare());
    return scoring;
  }

  private static Map<String, Object> shock(Shock shock) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (shock instanceof Shock.Lose lose) {
      m.put("lose", selector(lose.selector()));
      m.put("month", lose.month());
      return m;
    }
    Selector selector;
    int from;
    int to;
    if (shock instanceof Shock.ChurnShock c) {
      m.put("churn_shock", c.factor());
      selector = c.selector();
      from = c.from();
      to = c.to();
    } else if (shock instanceof Shock.GrowthShock g) {
      m.put("growth_shock", g.add());
      selector = g.selector();
      from = g.from();
      to = g.to();
    } else {
      Shock.MarginShock g = (Shock.MarginShock) shock;
      m.put("margin_shock", g.add());
      selector = g.selector();
      from = g.from();
      to = g.to();
    }
    m.put("select", selector(selector));
    m.put("from", from);
    m.put("to", to);
    return m;
  }

  /** A selector as its text, but named accounts as a list: an id may hold the comma of {@code id=A,B}. */
  private static Object selector(Selector selector) {
    return selector instanceof Selector.Ids ids ? new ArrayList<>(ids.ids()) : selector.text();
  }

  private static Map<String, Object> optimise(OptimiseSpec o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("objective", o.objective().text());
    m.put("risk_aversion", o.riskAversion());
    m.put("alpha", o.alpha());
    m.put("headcount", List.of(o.headcountMin(), o.headcountMax()));
    m.put("keep", new ArrayList<>(o.keep()));
    m.put("exclude", new ArrayList<>(o.exclude()));
    m.put("population", o.population());
    m.put("generations", o.generations());
    m.put("stall_generations", o.stallGenerations());
    m.put("finalists", o.finalists());
    m.put("validation_trials", o.validationTrials());
    return m;
  }

  private static Map<String, Object> sensitivity(SensitivitySpec s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", s.measure().text());
    if (!s.ranges().isEmpty()) {
      Map<String, Object> ranges = new LinkedHashMap<>();
      for (SensitivityParameter p : SensitivityParameter.values()) {
        s.range(p).ifPresent(b -> ranges.put(p.text(), p.integer()
            ? List.of((long) b.low(), (long) b.high()) : List.of(b.low(), b.high())));
      }
      m.put("ranges", ranges);
    }
    return m;
  }

  private static Map<String, Object> finance(Finance f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("discount_rate", f.discountRate());
    f.terminalGrowth().ifPresent(g -> m.put("terminal_growth", g));
    return m;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * The portfolio as CSV: the known columns, then the criteria in the portfolio's order; every cell quoted,
   * so that no text is trimmed or split; no potential as an empty cell.
   */
  private static String csv(Portfolio p) {
    List<String> header = new ArrayList<>(List.of("id", "name", "segment", "region", "revenue", "margin",
        "cost_to_serve", "churn", "growth", "volatility", "potential", "complexity", "key"));
    header.addAll(p.criteria());
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.getFormat().setLineSeparator("\n");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setQuoteAllFields(true);
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, settings);
    csv.writeHeaders(header);
    String[] cells = new String[header.size()];
    for (Account a : p.accounts()) {
      int c = 0;
      cells[c++] = a.id();
      cells[c++] = a.name();
      cells[c++] = a.segment();
      cells[c++] = a.region();
      cells[c++] = Double.toString(a.revenue());
      cells[c++] = Double.toString(a.margin());
      cells[c++] = Double.toString(a.costToServe());
      cells[c++] = Double.toString(a.churn());
      cells[c++] = Double.toString(a.growth());
      cells[c++] = Double.toString(a.volatility());
      cells[c++] = a.hasPotential() ? Double.toString(a.potential()) : "";
      cells[c++] = Double.toString(a.complexity());
      cells[c++] = a.key() ? "true" : "false";
      for (String criterion : p.criteria()) {
        cells[c++] = Double.toString(a.criterion(criterion));
      }
      csv.writeRow((Object[]) cells);
    }
    csv.flush();
    return out.toString();
  }
}
