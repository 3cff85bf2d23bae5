package org.kamsim.simulation;

/**
 * The ziggurat of Marsaglia and Tsang (2000) for the standard normal, with 256 layers and Doornik's
 * (2005) correction: the layer index and the uniform come from disjoint bits of one 64-bit draw, so they
 * are independent. It is exact (rejection sampling; the base layer falls back to Marsaglia's exact tail
 * method), and about 98.8% of draws take the fast path: one {@code nextLong}, one table comparison, one
 * multiplication.
 *
 * <p>Why not the JDK's ziggurat behind {@code RandomGenerator.nextGaussian()}: it is as exact, but it is
 * one large method that the JIT will not inline, so every normal in the kernel's month loop paid a call
 * and its spills. Here the fast path ({@link StreamRng#nextGaussian()}) is a few instructions that inline
 * into the loop and only the rare slow path ({@link #slowPath}) is a call.
 */
final class Ziggurat {
  /** Layers; the index is the draw's low 8 bits. */
  static final int LAYERS = 256;
  static final int INDEX_MASK = LAYERS - 1;
  /**
   * Right edge of the base layer, where the tail starts: the root for 256 layers (Marsaglia and Tsang
   * 2000), to double precision.
   */
  static final double R = 3.6541528853610088;
  /**
   * Area of every layer under the unnormalised density {@code f(x) = exp(-x^2/2)}: the base layer's
   * rectangle {@code R f(R)} plus its tail {@code sqrt(2 pi) Phi(-R)}. Computed rather than taken from
   * the paper, whose 12 digits would leave the base layer 1e-9 too small.
   */
  static final double V = R * Math.exp(-0.5 * R * R) + Math.sqrt(2 * Math.PI) * Normal.cdf(-R);

  /**
   * {@code X[i]}: half-width of layer i ({@code X[0] = V / f(R)} is the base layer's equivalent width,
   * {@code X[1] = R}, {@code X[256] = 0}), decreasing upwards.
   */
  static final double[] X = new double[LAYERS + 1];
  /** {@code X[i + 1] / X[i]}: a draw of layer i with {@code |u|} below it lies under the curve. */
  static final double[] INNER = new double[LAYERS];

  static {
    double f = Math.exp(-0.5 * R * R);
    X[0] = V / f;
    X[1] = R;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
      f = Math.exp(-0.5 * X[i] * X[i]);
    }
    X[LAYERS] = 0;
    for (int i = 0; i < LAYERS; i++) {
      INNER[i] = X[i + 1] / X[i];
    }
  }

  private Ziggurat() {}

  /** {@code u} in [-1, 1) from the top 53 bits of a draw (the low 8 bits are the layer index). */
  static double signedUniform(long bits) {
    return (bits >> 11) * 0x1.0p-52;
  }

  /**
   * The rest of a draw whose fast test failed: layer {@code layer}, signed uniform {@code u}. Loops with
   * fresh draws from {@code rng} until one is accepted.
   */
  static double slowPath(StreamRng rng, int layer, double u) {
    while (true) {
      if (layer == 0) {
        return tail(rng, u < 0);
      }
      double x = u * X[layer];
      // Wedge between the layer's rectangle and the curve: accept with the ratio of densities.
      double f0 = Math.exp(-0.5 * (X[layer] * X[layer] - x * x));
      double f1 = Math.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
      if (f1 + rng.nextOpenClosed() * (f0 - f1) < 1.0) {
        return x;
      }
      long bits = rng.nextLong();
      layer = (int) bits & INDEX_MASK;
      u = signedUniform(bits);
      if (Math.abs(u) < INNER[layer]) {
        return u * X[layer];
      }
    }
  }

  /** Marsaglia (1964): a normal conditioned on {@code |x| > R}, exactly. */
  private static double tail(StreamRng rng, boolean negative) {
    double x;
    double y;
    do {
      x = Math.log(rng.nextOpenClosed()) / R;
      y = Math.log(rng.nextOpenClosed());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  }
}
