package org.kamsim.optimise;

import io.jenetics.BitChromosome;
import io.jenetics.BitGene;
import io.jenetics.Genotype;
import io.jenetics.util.Factory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The bit-string form of a plan that the genetic searches evolve: one bit per choosable account and,
 * when the headcount is searched too, a second chromosome holding {@code headcount - min} in binary
 * (taken modulo the range). Decoding goes through {@link PlanDecoder}, so every genotype is a feasible
 * plan.
 */
final class PlanGenotype {
  private final PlanDecoder decoder;
  private final int fixedHeadcount;
  private final int headcountBits;
  private final double density;

  /**
   * @param fixedHeadcount the headcount of every plan, or -1 to search it
   */
  PlanGenotype(PlanDecoder decoder, int fixedHeadcount) {
    this.decoder = decoder;
    this.fixedHeadcount = fixedHeadcount;
    this.headcountBits = fixedHeadcount >= 0 ? 0
        : Math.max(1, 32 - Integer.numberOfLeadingZeros(decoder.headcountRange() - 1));
    // Starting share of chosen bits: about what the largest capacity can carry, so repair has little to do.
    int n = decoder.choosableCount();
    int k = fixedHeadcount >= 0 ? fixedHeadcount : decoder.maxHeadcount;
    this.density = Math.min(0.5, Math.max(1.0 / n, k * decoder.capacityPerKamForDensity() / n));
  }

  /** Random genotypes for the initial population. */
  Factory<Genotype<BitGene>> factory() {
    BitChromosome chosen = BitChromosome.of(decoder.choosableCount(), density);
    return headcountBits == 0 ? Genotype.of(chosen)
        : Genotype.of(chosen, BitChromosome.of(headcountBits, 0.5));
  }

  /** Mutation and swap rate per gene: about two changes per individual. */
  double mutationRate() {
    return Math.min(0.05, Math.max(0.002, 2.0 / decoder.choosableCount()));
  }

  /** The genotypes of the known plans this search can represent, at most {@code max}. */
  List<Genotype<BitGene>> seeds(List<KeyPlan> plans, int max) {
    List<Genotype<BitGene>> seeds = new ArrayList<>();
    for (KeyPlan plan : plans) {
      if (seeds.size() < max && decoder.fits(plan)
          && (fixedHeadcount < 0 || plan.headcount() == fixedHeadcount)) {
        seeds.add(encode(plan));
      }
    }
    return seeds;
  }

  Genotype<BitGene> encode(KeyPlan plan) {
    BitChromosome chosen = BitChromosome.of(decoder.encode(plan), decoder.choosableCount(), density);
    if (headcountBits == 0) {
      return Genotype.of(chosen);
    }
    BitSet k = BitSet.valueOf(new long[] {plan.headcount() - decoder.minHeadcount});
    return Genotype.of(chosen, BitChromosome.of(k, headcountBits, 0.5));
  }

  KeyPlan decode(Genotype<BitGene> genotype) {
    BitSet chosen = ((BitChromosome) genotype.get(0)).toBitSet();
    int headcount = fixedHeadcount >= 0 ? fixedHeadcount
        : decoder.minHeadcount + Math.floorMod(((BitChromosome) genotype.get(1)).intValue(),
            decoder.headcountRange());
    return decoder.decode(chosen, headcount);
  }
}
