package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code optimise} section; absent fields take {@link OptimiseSpec#defaults}. */
final class OptimiseReader {

  static final List<String> FIELDS = List.of("objective", "risk_aversion", "alpha", "headcount", "keep",
      "exclude", "population", "generations", "stall_generations", "finalists", "validation_trials");

  private final YamlValues values;
  private final AccountIds ids;

  OptimiseReader(YamlValues values, AccountIds ids) {
    this.values = values;
    this.ids = ids;
  }

  /**
   * @param planHeadcount KAMs of the scenario's plan (sets the default headcount range)
   * @param trials the scenario's trials (sets the default validation trials)
   * @return the settings, or null when an error was recorded
   */
  OptimiseSpec read(Fields f, int planHeadcount, int trials) {
    OptimiseSpec d = OptimiseSpec.defaults(planHeadcount, trials);
    Objective objective = objective(f, d.objective());
    Double riskAversion = f.number("risk_aversion", d.riskAversion(), Range.atLeast(0));
    Double alpha = f.number("alpha", d.alpha(), Range.halfOpen(0.5, 1));
    int[] headcount = f.has("headcount")
        ? headcount(f.value("headcount"), f.path("headcount"))
        : new int[] {d.headcountMin(), d.headcountMax()};
    List<String> keep = f.has("keep") ? ids.list(f.value("keep"), f.path("keep")) : d.keep();
    List<String> exclude = f.has("exclude") ? ids.list(f.value("exclude"), f.path("exclude")) : d.exclude();
    Integer population = f.integer("population", d.population(), Range.atLeast(4));
    Integer generations = f.integer("generations", d.generations(), Range.atLeast(1));
    Integer stall = f.integer("stall_generations", d.stallGenerations(), Range.atLeast(1));
    Integer finalists = f.integer("finalists", d.finalists(), Range.atLeast(1));
    Integer validation = f.integer("validation_trials", d.validationTrials(), Range.atLeast(100));
    boolean disjoint = keep == null || exclude == null || disjoint(keep, exclude, f);
    if (objective == null || riskAversion == null || alpha == null || headcount == null || keep == null
        || exclude == null || population == null || generations == null || stall == null || finalists == null
        || validation == null || !disjoint) {
      return null;
    }
    return values.build(f.node(), () -> new OptimiseSpec(objective, riskAversion, alpha, headcount[0],
        headcount[1], keep, exclude, population, generations, stall, finalists, validation));
  }

  private Objective objective(Fields f, Objective absent) {
    if (!f.has("objective")) {
      return absent;
    }
    String text = values.text(f.value("objective"), f.path("objective"));
    if (text == null) {
      return null;
    }
    Objective objective = Objective.parse(text);
    if (objective == null) {
      List<String> names = new ArrayList<>();
      for (Objective o : Objective.values()) {
        names.add(o.text());
      }
      values.errors().at(f.value("objective"), f.path("objective"),
          "unknown objective \"" + text + "\" (expected one of " + String.join(", ", names) + ")");
    }
    return objective;
  }

  /** {@code [min, max]}: two integers, 0 <= min <= max. */
  private int[] headcount(Node node, String path) {
    List<Node> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    if (items.size() != 2) {
      values.errors().at(node, path, "expected [min, max], two integers, was a list of " + items.size());
      return null;
    }
    Integer lo = values.integer(items.get(0), path + "[0]", Range.atLeast(0));
    Integer hi = values.integer(items.get(1), path + "[1]", Range.atLeast(0));
    if (lo == null || hi == null) {
      return null;
    }
    if (lo > hi) {
      values.errors().at(node, path, "min " + lo + " is above max " + hi);
      return null;
    }
    return new int[] {lo, hi};
  }

  private boolean disjoint(List<String> keep, List<String> exclude, Fields f) {
    if (keep.isEmpty() || exclude.isEmpty()) {
      return true; // (so both were written, and their nodes exist below)
    }
    Map<String, Integer> kept = new HashMap<>();
    for (int i = 0; i < keep.size(); i++) {
      kept.put(keep.get(i), i);
    }
    List<Node> items = values.list(f.value("exclude"), f.path("exclude"));
    boolean ok = true;
    for (int i = 0; i < exclude.size(); i++) {
      Integer k = kept.get(exclude.get(i));
      if (k != null) {
        values.errors().at(items.get(i), f.path("exclude") + "[" + i + "]",
            "account \"" + exclude.get(i) + "\" is also in " + f.path("keep") + "[" + k + "]");
        ok = false;
      }
    }
    return ok;
  }
}
