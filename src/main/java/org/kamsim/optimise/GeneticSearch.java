package org.kamsim.optimise;

import io.jenetics.BitGene;
import io.jenetics.EliteSelector;
import io.jenetics.Genotype;
import io.jenetics.Mutator;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.SwapMutator;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.Evaluator;
import io.jenetics.engine.Limits;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.kamsim.simulation.Cancellation;
import org.kamsim.simulation.Seeds;

/**
 * The genetic search over key sets (a bit per choosable account) and, in the joint search, the headcount
 * (a few more bits). Decoding goes through {@link PlanDecoder}, so every individual is a feasible plan.
 *
 * <p>Reproducible by construction: the engine runs on the calling thread ({@code executor(Runnable::run)})
 * under a {@link RandomRegistry} scoped to a generator seeded from the scenario seed, and only the fitness
 * evaluation, a pure function of the plan on a fixed sample, runs in parallel, its results placed by
 * index. Identical plans are scored once (a memo), which matters because a converging population is
 * mostly copies.
 */
final class GeneticSearch {
  /** One generation's figures for {@code convergence.csv}. */
  record Generation(String phase, long generation, double best, double mean, int bestHeadcount) {
    OptimisationResult.GenerationRecord toRecord() {
      return new OptimisationResult.GenerationRecord(phase, generation, best, mean, bestHeadcount);
    }
  }

  /** Told about each generation as it ends. */
  interface Listener {
    void generation(Generation g);
  }

  private final PlanScorer scorer;
  private final PlanDecoder decoder;
  private final long seed;
  private final Executor executor;
  private final Listener listener;
  private final Map<KeyPlan, Double> memo = new LinkedHashMap<>();
  private final TreeMap<Integer, KeyPlan> bestByHeadcount = new TreeMap<>();
  private final List<Generation> convergence = new ArrayList<>();
  private long evaluations;

  GeneticSearch(PlanScorer scorer, PlanDecoder decoder, long seed, Executor executor, Listener listener) {
    this.scorer = scorer;
    this.decoder = decoder;
    this.seed = seed;
    this.executor = executor;
    this.listener = listener;
  }

  /** The value of a plan on the optimisation sample (memoised). */
  double value(KeyPlan plan) {
    Double v = memo.get(plan);
    if (v == null) {
      v = scorer.value(plan);
      memo.put(plan, v);
      evaluations++;
      record(plan, v);
    }
    return v;
  }

  /** Plans scored so far (distinct). */
  long evaluations() {
    return evaluations;
  }

  /** The best plan seen for each headcount, over everything scored so far. */
  Map<Integer, KeyPlan> bestByHeadcount() {
    return new TreeMap<>(bestByHeadcount);
  }

  /** The best {@code count} distinct plans scored so far, best first (ties: first scored first). */
  List<KeyPlan> best(int count) {
    List<KeyPlan> all = new ArrayList<>(memo.keySet());
    all.sort((a, b) -> Double.compare(memo.get(b), memo.get(a)));
    return new ArrayList<>(all.subList(0, Math.min(count, all.size())));
  }

  List<Generation> convergence() {
    return List.copyOf(convergence);
  }

  /**
   * Searches key sets and headcounts together; returns the final population's distinct plans, best first.
   *
   * @param seeds plans to start from (the baselines), besides random ones
   */
  List<KeyPlan> searchJoint(List<KeyPlan> seeds, int population, int generations, int stall) {
    return search("joint", -1, seeds, population, generations, stall, 0x4A4F494E54L);
  }

  /** Searches key sets for one headcount; returns the final population's distinct plans, best first. */
  List<KeyPlan> searchFixed(int headcount, List<KeyPlan> seeds, int population, int generations,
      int stall) {
    return search("headcount " + headcount, headcount, seeds, population, generations, stall,
        0x5354414646L + headcount);
  }

  private List<KeyPlan> search(String phase, int fixedHeadcount, List<KeyPlan> seeds, int population,
      int generations, int stall, long salt) {
    int n = decoder.choosableCount();
    if (n == 0) {
      return enumerateHeadcounts(fixedHeadcount);
    }
    PlanGenotype genotypes = new PlanGenotype(decoder, fixedHeadcount);
    List<Genotype<BitGene>> initial = genotypes.seeds(seeds, population);
    double rate = genotypes.mutationRate();
    Engine<BitGene, Double> engine = new Engine.Builder<>(evaluator(genotypes), genotypes.factory())
        .populationSize(population)
        .optimize(Optimize.MAXIMUM)
        .executor(Runnable::run)
        .offspringSelector(new TournamentSelector<>(3))
        .survivorsSelector(new EliteSelector<BitGene, Double>(2, new TournamentSelector<>(3)))
        .alterers(new UniformCrossover<>(0.3, 0.2), new Mutator<>(rate), new SwapMutator<>(rate))
        .build();
    List<EvolutionResult<BitGene, Double>> last = new ArrayList<>(1);
    RandomRegistry.using(new SplittableRandom(Seeds.mix(seed + salt)), random ->
        engine.stream(initial)
            .limit(Limits.bySteadyFitness(stall))
            .limit(generations)
            .forEach(result -> {
              Genotype<BitGene> best = result.bestPhenotype().genotype();
              double mean = result.population().stream().mapToDouble(Phenotype::fitness).average()
                  .orElse(Double.NaN);
              Generation g = new Generation(phase, result.generation(), result.bestFitness(), mean,
                  genotypes.decode(best).headcount());
              convergence.add(g);
              listener.generation(g);
              last.clear();
              last.add(result);
            }));
    Map<KeyPlan, Double> distinct = new LinkedHashMap<>();
    last.get(0).population().stream()
        .sorted((a, b) -> Double.compare(b.fitness(), a.fitness()))
        .forEach(p -> distinct.putIfAbsent(genotypes.decode(p.genotype()), p.fitness()));
    return new ArrayList<>(distinct.keySet());
  }

  /** With nothing to choose, the plans differ only by headcount: score each. */
  private List<KeyPlan> enumerateHeadcounts(int fixedHeadcount) {
    List<KeyPlan> plans = new ArrayList<>();
    for (int k = decoder.minHeadcount; k <= decoder.maxHeadcount; k++) {
      if (fixedHeadcount < 0 || k == fixedHeadcount) {
        KeyPlan plan = decoder.decode(new BitSet(), k);
        value(plan);
        plans.add(plan);
      }
    }
    plans.sort((a, b) -> Double.compare(value(b), value(a)));
    return plans;
  }

  /** Scores a generation: decode each new individual, score the distinct unknown plans in parallel. */
  private Evaluator<BitGene, Double> evaluator(PlanGenotype genotypes) {
    return population -> {
      int m = population.size();
      KeyPlan[] plans = new KeyPlan[m];
      Map<KeyPlan, Integer> unknown = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        Phenotype<BitGene, Double> p = population.get(i);
        if (!p.isEvaluated()) {
          plans[i] = genotypes.decode(p.genotype());
          if (!memo.containsKey(plans[i])) {
            unknown.putIfAbsent(plans[i], unknown.size());
          }
        }
      }
      List<KeyPlan> todo = new ArrayList<>(unknown.keySet());
      double[] values = new double[todo.size()];
      if (todo.size() < 2) {
        for (int j = 0; j < values.length; j++) {
          values[j] = scorer.value(todo.get(j));
        }
      } else {
        scoreAll(todo, values);
      }
      for (int j = 0; j < values.length; j++) {
        memo.put(todo.get(j), values[j]);
        evaluations++;
        record(todo.get(j), values[j]);
      }
      List<Phenotype<BitGene, Double>> out = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        Phenotype<BitGene, Double> p = population.get(i);
        out.add(p.isEvaluated() ? p : p.withFitness(memo.get(plans[i])));
      }
      return ISeq.of(out);
    };
  }

  private void record(KeyPlan plan, double value) {
    KeyPlan best = bestByHeadcount.get(plan.headcount());
    if (best == null || value > memo.get(best)) {
      bestByHeadcount.put(plan.headcount(), plan);
    }
  }

  /** Scores {@code plans} on the executor, each value placed at its plan's index. */
  private void scoreAll(List<KeyPlan> plans, double[] values) {
    Cancellation.check(); // once per generation: a cancelled search stops before its next one
    List<CompletableFuture<Void>> tasks = new ArrayList<>(plans.size());
    for (int j = 0; j < plans.size(); j++) {
      final int index = j;
      tasks.add(CompletableFuture.runAsync(() -> values[index] = scorer.value(plans.get(index)), executor));
    }
    try {
      CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
