package org.kamsim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.BlockExecutor;
import org.kamsim.simulation.CoverageSample;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Seeds;

/**
 * Chooses the key set and the headcount for a scenario's {@code optimise} section.
 *
 * <ol>
 *   <li>Draw the optimisation sample (the scenario's trials and seed): every plan is scored on these
 *       same trials, so the search optimises a deterministic sample average.
 *   <li>Build the baselines (top-N by revenue, top-N by score, greedy by value per capacity unit, each
 *       at its best headcount) and search with a genetic algorithm seeded with them: first over key set
 *       and headcount together, then for each headcount on its own (the staffing curve).
 *   <li>Re-score the best few distinct plans on fresh, independent trials (another seed, more trials),
 *       pick the winner there, and compare it with the status quo and each baseline on those trials.
 * </ol>
 */
public final class Optimiser {
  /** Salt of the validation seed: fresh trials are {@code Seeds.mix(seed ^ salt)}, independent of the search's. */
  static final long VALIDATION_SALT = 0x76616C6964617465L;

  /**
   * Run settings; null means the scenario's value.
   *
   * @param population GA population
   * @param generations most generations of the joint search
   * @param stallGenerations stop after this many generations without improvement
   * @param validationTrials fresh trials for the finalists and baselines
   * @param frontier also search the profit / risk / headcount frontier
   */
  public record Options(Integer population, Integer generations, Integer stallGenerations,
      Integer validationTrials, boolean frontier) {
    public static Options defaults() {
      return new Options(null, null, null, null, false);
    }
  }

  private Optimiser() {}

  /**
   * @param executor runs the sampling and the scoring of each generation (see
   *     {@link org.kamsim.simulation.Workers}); results do not depend on it
   */
  public static OptimisationResult run(Scenario scenario, Options options, Executor executor,
      OptimiseProgress progress) throws OptimiseException {
    return run(scenario, options, executor, null, progress);
  }

  /**
   * As {@link #run(Scenario, Options, Executor, OptimiseProgress)}, with the fresh trials' blocks computed by
   * the executor {@code freshBlocks} makes for the validation scenario (a Spark cluster's, say; one that is
   * {@link AutoCloseable} is closed once the sample is drawn): the same result, bit for bit. The search stays
   * on {@code executor}: each generation scores a few dozen plans in milliseconds, too little to send away.
   *
   * @param freshBlocks the executor of the fresh trials' blocks; null for {@code executor}
   */
  public static OptimisationResult run(Scenario scenario, Options options, Executor executor,
      Function<Scenario, BlockExecutor> freshBlocks, OptimiseProgress progress) throws OptimiseException {
    OptimiseSpec spec = scenario.optimise();
    Portfolio portfolio = scenario.portfolio();
    KamPolicy kam = scenario.kam();
    int n = portfolio.size();
    int population = options.population() != null ? options.population() : spec.population();
    int generations = options.generations() != null ? options.generations() : spec.generations();
    int stall = options.stallGenerations() != null ? options.stallGenerations() : spec.stallGenerations();
    int validationTrials = options.validationTrials() != null
        ? options.validationTrials() : spec.validationTrials();

    int[] kept = indexes(portfolio, spec.keep());
    boolean[] excluded = new boolean[n];
    for (int i : indexes(portfolio, spec.exclude())) {
      excluded[i] = true;
    }
    // Accounts under scoring.min_share are never key by rule (MODEL.md, "Scoring matrix and tiers"): the
    // search treats them as excluded; optimise.keep still pins one, since keep wins over exclusion below.
    boolean[] gated = scenario.scoring().gated(portfolio);
    for (int i = 0; i < n; i++) {
      excluded[i] |= gated[i];
    }
    boolean[] isKept = new boolean[n];
    double keptLoad = 0;
    for (int i : kept) {
      isKept[i] = true;
      keptLoad += portfolio.get(i).complexity();
    }
    int[] choosable = IntStream.range(0, n).filter(i -> !isKept[i] && !excluded[i]).toArray();
    int minHeadcount = Math.max(spec.headcountMin(), kam.kamsToCover(keptLoad));
    if (minHeadcount > spec.headcountMax()) {
      throw new OptimiseException("optimise.keep: the pinned accounts need " + kam.kamsToCover(keptLoad)
          + " KAMs (load " + keptLoad + " at capacity " + kam.capacityPerKam()
          + " per KAM), more than optimise.headcount allows (at most " + spec.headcountMax() + ")");
    }
    checkMemory(n, scenario.trials(), validationTrials);

    double survivalRevenue = scenario.survivalThreshold() * portfolio.totalRevenue()
        * scenario.horizonMonths() / 12.0;
    ObjectiveFunction objective = new ObjectiveFunction(spec.objective(), spec.riskAversion(),
        spec.alpha(), survivalRevenue);

    progress.phase("sampling " + scenario.trials() + " search trials");
    CoverageSample searchSample = CoverageSample.draw(scenario, executor,
        (done, total) -> progress.trials("search trials", done, total));
    // Horizon profit, or with finance the NPV (MODEL.md, "Finance"), KAM cost included either way.
    double kamCostOverHorizon = searchSample.costPerKam(kam.costPerKam());
    PlanScorer scorer = new PlanScorer(searchSample, objective, kamCostOverHorizon);

    double[] value = marginalValues(scorer, searchSample, spec.objective(), kept, choosable,
        minHeadcount, n);
    PlanDecoder decoder = new PlanDecoder(portfolio, kam.capacityPerKam(), choosable, kept,
        minHeadcount, spec.headcountMax(), value);

    Map<String, int[]> rules = new LinkedHashMap<>();
    rules.put("top-revenue", portfolio.byRevenueDescending());
    if (!portfolio.criteria().isEmpty() && !scenario.scoring().weights().isEmpty()) {
      rules.put("top-score", scenario.scoring().rank(portfolio));
    }
    rules.put("greedy", IntStream.range(0, n).boxed()
        .filter(i -> value[i] > 0)
        .sorted(Comparator.comparingDouble((Integer i) -> -value[i] / portfolio.get(i).complexity())
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray());

    KeyPlan statusQuo = statusQuo(scenario);
    Map<String, KeyPlan> baselines = new LinkedHashMap<>();
    List<KeyPlan> seeds = new ArrayList<>();
    GeneticSearch search = new GeneticSearch(scorer, decoder, scenario.seed(), executor,
        g -> progress.generation(g.toRecord()));
    for (Map.Entry<String, int[]> rule : rules.entrySet()) {
      KeyPlan best = null;
      for (int k = minHeadcount; k <= spec.headcountMax(); k++) {
        KeyPlan plan = decoder.fill(rule.getValue(), k);
        seeds.add(plan);
        if (best == null || search.value(plan) > search.value(best)) {
          best = plan;
        }
      }
      baselines.put(rule.getKey(), best);
    }
    if (decoder.fits(statusQuo)) {
      seeds.add(statusQuo);
    }

    progress.phase("searching key sets and headcount");
    search.searchJoint(seeds, population, generations, stall);
    int staffingPopulation = Math.max(16, population / 2);
    int staffingGenerations = Math.max(20, generations / 4);
    int staffingStall = Math.max(8, stall / 2);
    for (int k = minHeadcount; k <= spec.headcountMax(); k++) {
      progress.phase("staffing curve: " + k + " KAMs");
      List<KeyPlan> seedsForK = new ArrayList<>();
      KeyPlan known = search.bestByHeadcount().get(k);
      if (known != null) {
        seedsForK.add(known);
      }
      for (KeyPlan plan : seeds) {
        if (plan.headcount() == k) {
          seedsForK.add(plan);
        }
      }
      search.searchFixed(k, seedsForK, staffingPopulation, staffingGenerations, staffingStall);
    }
    Map<Integer, KeyPlan> bestByHeadcount = search.bestByHeadcount();
    List<KeyPlan> finalists = search.best(spec.finalists());

    List<KeyPlan> frontierPlans = List.of();
    if (options.frontier()) {
      progress.phase("searching the profit / risk / headcount frontier");
      frontierPlans = Frontier.search(scorer, decoder, seeds, scenario.seed(), Math.max(40, population),
          generations);
    }

    long validationSeed = Seeds.mix(scenario.seed() ^ VALIDATION_SALT);
    progress.phase("sampling " + validationTrials + " fresh trials");
    Scenario validation = scenario.withSeed(validationSeed).withTrials(validationTrials);
    ProgressListener freshProgress = (done, total) -> progress.trials("fresh trials", done, total);
    CoverageSample fresh;
    if (freshBlocks == null) {
      fresh = CoverageSample.draw(validation, executor, freshProgress);
    } else {
      BlockExecutor blocks = freshBlocks.apply(validation);
      try {
        fresh = CoverageSample.draw(validation, blocks, freshProgress);
      } finally {
        BlockExecutor.close(blocks);
      }
    }
    Assessor assessor = new Assessor(new PlanScorer(fresh, objective, fresh.costPerKam(kam.costPerKam())),
        portfolio, survivalRevenue, kam.capacityPerKam());

    Assessor.Assessed winner = null;
    KeyPlan chosen = null;
    for (KeyPlan plan : finalists) {
      Assessor.Assessed a = assessor.assess("optimised", plan);
      if (winner == null || a.score().value() > winner.score().value()) {
        winner = a;
        chosen = plan;
      }
    }
    List<Comparison> comparisons = new ArrayList<>();
    Assessor.Assessed sq = assessor.assess("status-quo", statusQuo);
    comparisons.add(comparison(winner, sq, statusQuo.equals(chosen)));
    for (Map.Entry<String, KeyPlan> b : baselines.entrySet()) {
      Assessor.Assessed a = assessor.assess(b.getKey(), b.getValue());
      comparisons.add(comparison(winner, a, b.getValue().equals(chosen)));
    }

    List<StaffingPoint> staffing = new ArrayList<>();
    Assessor.Assessed previous = null;
    for (Map.Entry<Integer, KeyPlan> e : bestByHeadcount.entrySet()) {
      Assessor.Assessed a = assessor.assess("best at " + e.getKey() + " KAMs", e.getValue());
      staffing.add(new StaffingPoint(e.getKey(), search.value(e.getValue()), a.assessment(),
          previous == null ? null : a.score().minus(previous.score()),
          previous == null ? null : a.profit().minus(previous.profit())));
      previous = a;
    }

    List<FrontierPoint> assessed = new ArrayList<>();
    for (KeyPlan plan : frontierPlans) {
      Assessment a = assessor.assess("frontier", plan).assessment();
      assessed.add(new FrontierPoint(a));
    }
    List<FrontierPoint> frontier = new ArrayList<>(FrontierPoint.nonDominated(assessed));
    frontier.sort(Comparator.comparingInt(FrontierPoint::headcount)
        .thenComparingDouble(f -> f.assessment().meanProfit()));

    List<AccountValue> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double score = scenario.scoring().weights().isEmpty() ? Double.NaN
          : scenario.scoring().score(portfolio.get(i));
      accounts.add(new AccountValue(i, score, portfolio.get(i).key(), chosen.contains(i),
          assessor.meanProfitUplift(i)));
    }
    List<OptimisationResult.GenerationRecord> convergence = search.convergence().stream()
        .map(GeneticSearch.Generation::toRecord).toList();
    return new OptimisationResult(scenario, scenario.trials(), validationTrials, validationSeed,
        search.evaluations(), winner.assessment(), comparisons, staffing, convergence, frontier,
        accounts);
  }

  /**
   * Each choosable account's value of being key on the search sample, used to order repairs and the
   * greedy baseline: the objective gained by adding it alone to the pinned accounts (mean and mean-es),
   * or, for survival, whose single-account gain is mostly a step of zero, its mean revenue uplift.
   */
  private static double[] marginalValues(PlanScorer scorer, CoverageSample sample, Objective objective,
      int[] kept, int[] choosable, int headcount, int n) {
    double[] value = new double[n];
    if (objective == Objective.SURVIVAL) {
      for (int i : choosable) {
        value[i] = sample.meanRevenueUplift(i);
      }
      return value;
    }
    double base = scorer.value(new KeyPlan(kept, headcount));
    int[] plusOne = Arrays.copyOf(kept, kept.length + 1);
    for (int i : choosable) {
      plusOne[kept.length] = i;
      value[i] = scorer.value(new KeyPlan(plusOne, headcount)) - base;
    }
    return value;
  }

  private static Comparison comparison(Assessor.Assessed winner, Assessor.Assessed baseline, boolean same) {
    return new Comparison(baseline.assessment(), winner.score().minus(baseline.score()),
        winner.profit().minus(baseline.profit()), same);
  }

  private static KeyPlan statusQuo(Scenario scenario) {
    return new KeyPlan(indexes(scenario.portfolio(), scenario.statusQuo().key()),
        scenario.statusQuo().headcount());
  }

  private static int[] indexes(Portfolio portfolio, List<String> ids) {
    return ids.stream().mapToInt(id -> portfolio.indexOf(id).orElseThrow()).toArray();
  }

  private static void checkMemory(int accounts, int trials, int validationTrials)
      throws OptimiseException {
    long need = CoverageSample.bytesNeeded(accounts, trials)
        + CoverageSample.bytesNeeded(accounts, validationTrials);
    long max = Runtime.getRuntime().maxMemory();
    if (need > 0.7 * max) {
      throw new OptimiseException(String.format(
          "trials: %d search + %d validation trials x %d accounts need %d MB for the plan samples, "
              + "more than this JVM can hold (max heap %d MB): use fewer trials or a larger -Xmx",
          trials, validationTrials, accounts, need >> 20, max >> 20));
    }
  }
}
