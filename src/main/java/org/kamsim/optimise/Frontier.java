package org.kamsim.optimise;

import io.jenetics.BitGene;
import io.jenetics.Genotype;
import io.jenetics.Mutator;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.SwapMutator;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluator;
import io.jenetics.ext.moea.MOEA;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.ext.moea.VecFactory;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.kamsim.simulation.Seeds;

/**
 * The trade-off frontier: NSGA-II (jenetics.ext) over key sets and headcounts, maximising mean profit and
 * the profit of the worst 5% of futures (the tail mean) while minimising the headcount. The tail is the
 * tail mean itself, not the expected shortfall down from each plan's mean: a plan whose whole distribution
 * is lower would have a smaller shortfall and look safer, though its bad futures are worse. Runs like
 * {@link GeneticSearch}: on the calling thread with a seeded registry, so it is reproducible.
 */
final class Frontier {
  private static final VecFactory<double[]> OBJECTIVES =
      VecFactory.ofDoubleVec(Optimize.MAXIMUM, Optimize.MAXIMUM, Optimize.MINIMUM);

  private Frontier() {}

  /** The distinct plans of the Pareto set found, scored on the optimisation sample. */
  static List<KeyPlan> search(PlanScorer scorer, PlanDecoder decoder, List<KeyPlan> seeds, long seed,
      int population, int generations) {
    int n = decoder.choosableCount();
    if (n == 0) {
      List<KeyPlan> plans = new ArrayList<>();
      for (int k = decoder.minHeadcount; k <= decoder.maxHeadcount; k++) {
        plans.add(decoder.decode(new BitSet(), k));
      }
      return plans;
    }
    PlanGenotype genotypes = new PlanGenotype(decoder, -1);
    Evaluator<BitGene, Vec<double[]>> evaluator = pop -> {
      List<Phenotype<BitGene, Vec<double[]>>> out = new ArrayList<>(pop.size());
      for (Phenotype<BitGene, Vec<double[]>> p : pop) {
        if (p.isEvaluated()) {
          out.add(p);
        } else {
          KeyPlan plan = genotypes.decode(p.genotype());
          double[] m = scorer.meanAndTailMean(plan);
          out.add(p.withFitness(OBJECTIVES.newVec(new double[] {m[0], m[1], plan.headcount()})));
        }
      }
      return ISeq.of(out);
    };
    List<Genotype<BitGene>> initial = genotypes.seeds(seeds, population);
    double rate = genotypes.mutationRate();
    Engine<BitGene, Vec<double[]>> engine = new Engine.Builder<>(evaluator, genotypes.factory())
        .populationSize(population)
        .optimize(Optimize.MAXIMUM)
        .executor(Runnable::run)
        .offspringSelector(NSGA2Selector.ofVec())
        .survivorsSelector(NSGA2Selector.ofVec())
        .alterers(new UniformCrossover<>(0.3, 0.2), new Mutator<>(rate), new SwapMutator<>(rate))
        .build();
    List<ISeq<Phenotype<BitGene, Vec<double[]>>>> pareto = new ArrayList<>(1);
    RandomRegistry.using(new SplittableRandom(Seeds.mix(seed + 0x46524F4E54L)), random ->
        pareto.add(engine.stream(initial).limit(generations)
            .collect(MOEA.toParetoSet(IntRange.of(Math.max(2, population / 3), population)))));
    Set<KeyPlan> plans = new LinkedHashSet<>();
    for (Phenotype<BitGene, Vec<double[]>> p : pareto.get(0)) {
      plans.add(genotypes.decode(p.genotype()));
    }
    return new ArrayList<>(plans);
  }
}
