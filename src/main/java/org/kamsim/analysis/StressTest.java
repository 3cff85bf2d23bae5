package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.kamsim.simulation.ProgressListener;

/**
 * The concentration ladder of a scenario (MODEL.md, "Analyses on common random numbers", {@code stress}):
 * the scenario as it is, then the same scenario also losing its top 1, 2, ... K accounts by today's revenue
 * at month M, then losing each whole segment and each whole region, one rung each; and the reverse stress
 * test ({@link ReverseStress}) on the same draws. Every rung keeps the scenario's own shocks and adds one
 * {@code lose} shock, so rungs are paired with the base trial by trial and their deltas are per-trial
 * differences ({@link Difference#paired}).
 */
public final class StressTest {
  /** Default number of top-account rungs (capped at the portfolio size). */
  public static final int DEFAULT_DEPTH = 10;

  /** What a rung loses. */
  public enum Kind {
    /** The scenario as it is. */
    BASE,
    /** The top N accounts by today's revenue. */
    TOP,
    /** Every account of one segment. */
    SEGMENT,
    /** Every account of one region. */
    REGION;

    /** The word in {@code stress.csv}. */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One rung of the ladder.
   *
   * @param label "base", "top 3", "segment Retail", "region North"
   * @param lost the ids the rung loses at the month, in portfolio order (none for the base)
   * @param lostShareToday their share of today's revenue (0 when the portfolio earns nothing today)
   * @param outcome the run
   * @param revenueChange rung minus base in horizon revenue, per trial (zero for the base)
   * @param profitChange rung minus base in horizon profit, per trial
   */
  public record Rung(String label, Kind kind, List<String> lost, double lostShareToday, Outcome outcome,
      Difference revenueChange, Difference profitChange) {
    public Rung {
      lost = List.copyOf(lost);
    }
  }

  private final Scenario scenario;
  private final int month;
  private final List<Rung> ladder;
  private final ReverseStress reverse;

  private StressTest(Scenario scenario, int month, List<Rung> ladder, ReverseStress reverse) {
    this.scenario = scenario;
    this.month = month;
    this.ladder = List.copyOf(ladder);
    this.reverse = reverse;
  }

  /**
   * Runs the ladder and the reverse stress test.
   *
   * @param depth top-account rungs, 1..portfolio size
   * @param month the month the accounts are lost, 1..horizon
   * @param executor runs the trials; results do not depend on it
   * @param progress told the trials done out of all the runs' (the binary search of the reverse stress
   *     test is counted at its longest, so the count may end short of the total)
   */
  public static StressTest run(Scenario scenario, int depth, int month, Executor executor,
      ProgressListener progress) {
    return run(scenario, depth, month, new Runs(executor, progress));
  }

  /**
   * As {@link #run(Scenario, int, int, Executor, ProgressListener)}, on {@code runs} (whose progress is told
   * the trials done out of all the stress test's runs).
   */
  public static StressTest run(Scenario scenario, int depth, int month, Runs runs) {
    checkArguments(scenario, depth, month);
    List<Step> steps = ladder(scenario, depth);
    int planned = steps.size() + ReverseStress.mostRuns(scenario.portfolio().size());
    SharedProgress shared = new SharedProgress(runs, (long) planned * scenario.trials());
    List<Outcome> outcomes = shared.run(variants(scenario, steps, month));
    Outcome base = outcomes.get(0);
    double today = scenario.portfolio().totalRevenue();
    List<Rung> rungs = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      Outcome o = outcomes.get(i);
      List<String> lost = s.selector == null ? List.of() : ids(scenario.portfolio(), s.selector);
      double share = shareToday(revenueOf(scenario.portfolio(), lost), today);
      rungs.add(new Rung(s.label, s.kind, lost, share, o, base.revenueChange(o), base.profitChange(o)));
    }
    Map<Set<String>, Outcome> known = new HashMap<>();
    for (Rung r : rungs.subList(1, rungs.size())) {
      known.putIfAbsent(Set.copyOf(r.lost()), r.outcome());
    }
    ReverseStress reverse = ReverseStress.run(scenario, month, base, known, shared::run);
    shared.done();
    return new StressTest(scenario, month, rungs, reverse);
  }

  /** The ladder's scenarios, base first: what {@link #run} runs before the reverse stress test. */
  static List<Scenario> variants(Scenario scenario, int depth, int month) {
    return variants(scenario, ladder(scenario, depth), month);
  }

  private static List<Scenario> variants(Scenario scenario, List<Step> steps, int month) {
    List<Scenario> variants = new ArrayList<>(steps.size());
    for (Step s : steps) {
      variants.add(s.selector == null ? scenario : losing(scenario, s.selector, month));
    }
    return variants;
  }

  /** Throws, naming the value, unless depth is in 1..portfolio size and month in 1..horizon. */
  static void checkArguments(Scenario scenario, int depth, int month) {
    int n = scenario.portfolio().size();
    if (depth < 1 || depth > n) {
      throw new IllegalArgumentException("depth: must be in [1, " + n + "], was " + depth);
    }
    if (month < 1 || month > scenario.horizonMonths()) {
      throw new IllegalArgumentException("month: must be in [1, " + scenario.horizonMonths() + "], was " + month);
    }
  }

  /** The scenario with its own shocks plus the loss of {@code selector}'s accounts at {@code month}. */
  static Scenario losing(Scenario scenario, Selector selector, int month) {
    List<Shock> shocks = new ArrayList<>(scenario.shocks());
    shocks.add(new Shock.Lose(selector, month));
    return scenario.withShocks(shocks);
  }

  /** The ids {@code selector} loses, in portfolio order (key status does not matter to a lose selector). */
  static List<String> ids(Portfolio portfolio, Selector selector) {
    boolean[] mask = selector.mask(portfolio, false);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        ids.add(portfolio.get(i).id());
      }
    }
    return ids;
  }

  /**
   * {@code lost} as a share of {@code today}'s total revenue, and 0 when the portfolio earns nothing today:
   * nothing is lost of nothing. The one rule for the ladder's and the reverse stress test's shares.
   */
  static double shareToday(double lost, double today) {
    return today > 0 ? lost / today : 0;
  }

  private static double revenueOf(Portfolio portfolio, List<String> ids) {
    double sum = 0;
    for (String id : ids) {
      sum += portfolio.get(portfolio.indexOf(id).orElseThrow()).revenue();
    }
    return sum;
  }

  /** A rung to run: its label, kind and the selector it loses (null for the base). */
  private record Step(String label, Kind kind, Selector selector) {}

  private static List<Step> ladder(Scenario scenario, int depth) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("base", Kind.BASE, null));
    for (int k = 1; k <= depth; k++) {
      steps.add(new Step("top " + k, Kind.TOP, new Selector.Top(k)));
    }
    Portfolio p = scenario.portfolio();
    for (String segment : labelsByRevenue(p, Account::segment)) {
      steps.add(new Step("segment " + segment, Kind.SEGMENT, new Selector.Segment(segment)));
    }
    for (String region : labelsByRevenue(p, Account::region)) {
      steps.add(new Step("region " + region, Kind.REGION, new Selector.Region(region)));
    }
    return steps;
  }

  /**
   * The non-empty values of a label, largest revenue today first (ties by name), so the ladder reads from
   * the loss that hurts most; an account with an empty label belongs to no such rung.
   */
  static List<String> labelsByRevenue(Portfolio p, Function<Account, String> label) {
    Map<String, Double> revenue = new LinkedHashMap<>();
    for (Account a : p.accounts()) {
      String value = label.apply(a);
      if (!value.isEmpty()) {
        revenue.merge(value, a.revenue(), Double::sum);
      }
    }
    List<String> labels = new ArrayList<>(revenue.keySet());
    labels.sort(Comparator.comparingDouble((String l) -> -revenue.get(l)).thenComparing(Comparator.naturalOrder()));
    return labels;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The month the rungs' and the reverse stress test's accounts are lost. */
  public int month() {
    return month;
  }

  /** The rungs, base first, then top 1..K, then segments, then regions. */
  public List<Rung> ladder() {
    return ladder;
  }

  public Rung base() {
    return ladder.get(0);
  }

  public ReverseStress reverse() {
    return reverse;
  }

  /**
   * One progress count over runs made in several batches ({@link Runs} counts each batch from zero): each
   * batch's count is shifted by the trials of the batches before it.
   */
  private static final class SharedProgress {
    private final Runs runs;
    private final long total;
    private long before;

    SharedProgress(Runs runs, long total) {
      this.runs = runs;
      this.total = total;
    }

    /** Runs one batch, one after the other, counted after the batches before it. */
    List<Outcome> run(List<Scenario> scenarios) {
      long offset = before;
      List<Outcome> outcomes = runs.withProgress(
          (done, batch) -> runs.progress().progress(Math.min(total, offset + done), total)).run(scenarios);
      for (Scenario s : scenarios) {
        before += s.trials();
      }
      return outcomes;
    }

    void done() {
      runs.progress().progress(total, total);
    }
  }
}
