package org.kamsim.optimise;

import io.jenetics.BitChromosome;
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
 * The trade-off frontier: NSGA-II (jenetics.ext) over key sets and headcounts, maximising mean profit
 * while minimising the expected shortfall of profit and the headcount. Runs like {@link GeneticSearch}:
 * on the calling thread with a seeded registry, so it is reproducible.
 */
final class Frontier {
  private static final VecFactory<double[]> OBJECTIVES =
      VecFactory.ofDoubleVec(Optimize.MAXIMUM, Optimize.MINIMUM, Optimize.MINIMUM);

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
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(decoder.headcountRange() - 1));
    Evaluator<BitGene, Vec<double[]>> evaluator = pop -> {
      List<Phenotype<BitGene, Vec<double[]>>> out = new ArrayList<>(pop.size());
      for (Phenotype<BitGene, Vec<double[]>> p : pop) {
        if (p.isEvaluated()) {
          out.add(p);
        } else {
          KeyPlan plan = decode(decoder, p.genotype());
          double[] m = scorer.meanAndEs95(plan);
          out.add(p.withFitness(OBJECTIVES.newVec(new double[] {m[0], m[1], plan.headcount()})));
        }
      }
      return ISeq.of(out);
    };
    double density = Math.min(0.5, Math.max(1.0 / n,
        decoder.maxHeadcount * decoder.capacityPerKamForDensity() / n));
    List<Genotype<BitGene>> initial = new ArrayList<>();
    for (KeyPlan plan : seeds) {
      if (decoder.fits(plan) && initial.size() < population) {
        BitSet k = BitSet.valueOf(new long[] {plan.headcount() - decoder.minHeadcount});
        initial.add(Genotype.of(BitChromosome.of(decoder.encode(plan), n, density),
            BitChromosome.of(k, bits, 0.5)));
      }
    }
    double rate = Math.min(0.05, Math.max(0.002, 2.0 / n));
    Engine<BitGene, Vec<double[]>> engine = new Engine.Builder<>(evaluator,
        Genotype.of(BitChromosome.of(n, density), BitChromosome.of(bits, 0.5)))
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
      plans.add(decode(decoder, p.genotype()));
    }
    return new ArrayList<>(plans);
  }

  private static KeyPlan decode(PlanDecoder decoder, Genotype<BitGene> g) {
    BitSet chosen = ((BitChromosome) g.get(0)).toBitSet();
    int headcount = decoder.minHeadcount
        + Math.floorMod(((BitChromosome) g.get(1)).intValue(), decoder.headcountRange());
    return decoder.decode(chosen, headcount);
  }
}
