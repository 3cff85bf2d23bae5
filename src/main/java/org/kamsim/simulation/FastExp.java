package org.kamsim.simulation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code exp} for the kernel's month loop, within 1 ulp of the correctly rounded result (the same
 * guarantee {@link Math#exp} gives) at about half its cost on the machines we measured, where
 * {@code Math.exp} is not inlined.
 *
 * <p>Tang's table method: {@code x = (k N + j) ln2 / N + r} with {@code N = 128}, {@code |r| <= ln2 / 256},
 * so {@code e^x = 2^k * 2^(j/N) * e^r}. {@code 2^(j/N)} comes from a table held as a double plus its
 * rounding error (so the table adds no error), {@code e^r - 1} from a degree-5 Taylor polynomial (the
 * first omitted term is below {@code 2^-60}), and {@code 2^k} is exact. Arguments beyond +-700 (never a
 * month's log-return; included so the function is total) go to {@link Math#exp}.
 */
final class FastExp {
  private static final int BITS = 7;
  private static final int N = 1 << BITS;
  /** {@code 2^(j/N)} rounded to double, and what the rounding lost. */
  private static final double[] TABLE_HI = new double[N];
  private static final double[] TABLE_LO = new double[N];
  private static final double N_OVER_LN2 = N / Math.log(2);
  /** Adding it rounds a double below 2^51 in magnitude to an integer, left in the low mantissa bits. */
  private static final double ROUNDING_SHIFT = 0x1.8p52;
  /**
   * {@code ln2 / N} in two parts (fdlibm's split): the high part has 32 significant bits, so
   * {@code k * LN2_HI} is exact for every |k| < 2^21 that reaches it.
   */
  private static final double LN2_HI = 6.93147180369123816490e-01 / N;
  private static final double LN2_LO = 1.90821492927058770002e-10 / N;
  private static final double LIMIT = 700;

  static {
    MathContext precision = new MathContext(40);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < BITS; i++) {
      root = root.sqrt(precision); // 2^(1/N)
    }
    BigDecimal power = BigDecimal.ONE;
    for (int j = 0; j < N; j++) {
      TABLE_HI[j] = power.doubleValue();
      TABLE_LO[j] = power.subtract(new BigDecimal(TABLE_HI[j])).doubleValue();
      power = power.multiply(root, precision);
    }
  }

  private FastExp() {}

  static double exp(double x) {
    if (!(Math.abs(x) < LIMIT)) {
      return Math.exp(x); // overflow, underflow, subnormal results, infinities and NaN
    }
    double shifted = x * N_OVER_LN2 + ROUNDING_SHIFT;
    long n = Double.doubleToRawLongBits(shifted); // k N + j in the low bits
    double kn = shifted - ROUNDING_SHIFT;
    double r = (x - kn * LN2_HI) - kn * LN2_LO;
    // Estrin's scheme rather than Horner's: the same polynomial with a shorter chain of dependent
    // operations, which is what limits the kernel's month loop (about 6% of a trial, measured).
    double r2 = r * r;
    double expm1R = r + r2 * ((1.0 / 2 + r * (1.0 / 6)) + r2 * (1.0 / 24 + r * (1.0 / 120)));
    int j = (int) n & (N - 1);
    double hi = TABLE_HI[j];
    double mantissa = hi + (hi * expm1R + TABLE_LO[j]);
    // k + 1023 in [13, 2033] for |x| < 700; the shift keeps its low 12 bits, so the exponent bits of n
    // drop out and the sign bit stays 0.
    double twoToK = Double.longBitsToDouble(((n >> BITS) + 1023) << 52);
    return mantissa * twoToK;
  }
}
