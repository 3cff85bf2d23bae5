package org.kamsim.simulation;

import java.util.random.RandomGenerator;

/**
 * xoroshiro128++ (Blackman and Vigna, 2019): 128 bits of state, period 2^128 - 1, and a few
 * nanoseconds per draw. It is mutable and re-seedable so the kernel can point one instance at stream
 * after stream without allocating.
 *
 * <p>{@link #nextGaussian()} is a 256-layer ziggurat ({@link Ziggurat}): exact, one {@code nextLong} per
 * normal almost always, and small enough to inline into the kernel's month loop.
 */
public final class StreamRng implements RandomGenerator {
  private long s0;
  private long s1;

  public StreamRng() {
    reseed(0);
  }

  /**
   * Points the generator at the stream named by {@code key}. Both state words are derived by SplitMix64
   * finalisers, which never yields the forbidden all-zero state in practice and decorrelates nearby keys.
   */
  public void reseed(long key) {
    s0 = Seeds.mix(key);
    s1 = Seeds.mix(key + Seeds.GOLDEN);
    if ((s0 | s1) == 0) {
      s1 = Seeds.GOLDEN;
    }
  }

  /** The current state, word 0 (with {@link #state1()} enough to {@link #restore} it). */
  public long state0() {
    return s0;
  }

  public long state1() {
    return s1;
  }

  /** Rewinds to a state saved with {@link #state0()} and {@link #state1()}: replays the same draws. */
  public void restore(long state0, long state1) {
    s0 = state0;
    s1 = state1;
  }

  @Override
  public long nextLong() {
    final long a = s0;
    long b = s1;
    final long result = Long.rotateLeft(a + b, 17) + a;
    b ^= a;
    s0 = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
    s1 = Long.rotateLeft(b, 28);
    return result;
  }

  /** A standard normal: the ziggurat's fast path here (inlined by callers), the rest in {@link Ziggurat}. */
  @Override
  public double nextGaussian() {
    final long bits = nextLong();
    final int layer = (int) bits & Ziggurat.INDEX_MASK;
    final double u = Ziggurat.signedUniform(bits);
    if (Math.abs(u) < Ziggurat.INNER[layer]) {
      return u * Ziggurat.X[layer];
    }
    return Ziggurat.slowPath(this, layer, u);
  }

  /** A uniform double in (0, 1]: never 0, so {@code log} of it is finite. */
  public double nextOpenClosed() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }
}
