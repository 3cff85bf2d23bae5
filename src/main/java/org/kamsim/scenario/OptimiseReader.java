package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamsim.model.Account;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Limits;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Portfolio;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code optimise} section; absent fields take {@link OptimiseSpec#defaults}, the headcount range
 * within what the portfolio can use.
 */
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
   * @param portfolio the accounts, or null when they could not be read
   * @param kam the KAM settings, or null when they were wrong
   * @return the settings, or null when an error was recorded
   */
  OptimiseSpec read(Fields f, int planHeadcount, int trials, Portfolio portfolio, KamPolicy kam) {
    OptimiseSpec d = OptimiseSpec.defaults(planHeadcount, trials);
    Objective objective = objective(f, d.objective());
    Double riskAversion = f.number("risk_aversion", d.riskAversion(), Range.atLeast(0));
    Double alpha = f.number("alpha", d.alpha(), Range.halfOpen(0.5, 1));
    List<String> keep = f.has("keep") ? ids.list(f.value("keep"), f.path("keep")) : d.keep();
    List<String> exclude = f.has("exclude") ? ids.list(f.value("exclude"), f.path("exclude")) : d.exclude();
    Usable usable = portfolio == null || kam == null || exclude == null ? null : usable(portfolio, kam, exclude);
    int[] headcount = f.has("headcount")
        ? headcount(f.value("headcount"), f.path("headcount"), usable)
        : defaultHeadcount(d, usable);
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

  /**
   * The most KAMs the optimiser could use: those that carry every account it may make key.
   *
   * @param kams the fewest KAMs that carry {@code load}
   * @param load the complexity of every account not excluded
   * @param excluding whether some accounts are excluded
   */
  private record Usable(int kams, double load, double capacity, boolean excluding) {

    /** Why {@code headcount} KAMs are too many, naming what they would be for. */
    String tooMany(int headcount) {
      return ScenarioReader.kams(headcount) + " is more than this portfolio can use: " + ScenarioReader.kams(kams)
          + " carry every account" + (excluding ? " not in optimise.exclude" : "") + " (load " + Range.show(load)
          + " at capacity " + Range.show(capacity) + " per KAM)";
    }
  }

  private static Usable usable(Portfolio portfolio, KamPolicy kam, List<String> exclude) {
    Set<String> excluded = new HashSet<>(exclude);
    double load = 0;
    for (Account a : portfolio.accounts()) {
      if (!excluded.contains(a.id())) {
        load += a.complexity();
      }
    }
    return new Usable(kam.kamsToCover(load), load, kam.capacityPerKam(), !excluded.isEmpty());
  }

  /**
   * The default range, which the user did not write, within what can be used: a search over headcounts
   * that carry more than every account costs time and memory and finds nothing.
   */
  private static int[] defaultHeadcount(OptimiseSpec d, Usable usable) {
    int most = Math.min(d.headcountMax(), usable == null ? Limits.MAX_HEADCOUNT : Math.min(usable.kams(),
        Limits.MAX_HEADCOUNT));
    return new int[] {Math.min(d.headcountMin(), most), most};
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

  /**
   * {@code [min, max]}: two integers, 0 <= min <= max, max no more than the portfolio can use (when that
   * is known) nor than {@link Limits#MAX_HEADCOUNT}.
   */
  private int[] headcount(Node node, String path, Usable usable) {
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
    if (usable != null && hi > usable.kams()) {
      values.errors().at(items.get(1), path + "[1]", usable.tooMany(hi));
      return null;
    }
    if (hi > Limits.MAX_HEADCOUNT) {
      values.errors().at(items.get(1), path + "[1]",
          "must be <= " + Limits.MAX_HEADCOUNT + " (the most KAMs a plan may have), was " + hi);
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
