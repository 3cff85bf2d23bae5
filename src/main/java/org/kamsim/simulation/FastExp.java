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
 *
 * <p>{@link #expInPlace} does a whole array, such as the months of one account. When every value is a
 * small log-return, as nearly all are, it uses a Taylor series instead: no table and no bit tricks, only
 * multiplies and adds, which C2 turns into AVX vector code four months at a time. Tang's table lookups
 * cannot be vectorised (the JDK 17 compiler does not gather).
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

  /**
   * The series' range: {@code |x| <= 0.35}, about {@code ln2 / 2}. A monthly log-return beyond it is a
   * move of more than 40%: five standard deviations for an account with 80% annual volatility.
   */
  static final double SERIES_LIMIT = 0.35;
  /**
   * {@code 1/n!} for the series {@code e^x = 1 + x + x^2 (1/2! + x/3! + ... + x^11/13!)}. The first
   * omitted term, {@code 0.35^14 / 14!}, is below {@code 5e-18}: the error is the rounding's, under 0.85 ulp
   * (FastExpTest derives the bound and measures it).
   */
  private static final double F2 = 1.0 / 2;
  private static final double F3 = 1.0 / 6;
  private static final double F4 = 1.0 / 24;
  private static final double F5 = 1.0 / 120;
  private static final double F6 = 1.0 / 720;
  private static final double F7 = 1.0 / 5_040;
  private static final double F8 = 1.0 / 40_320;
  private static final double F9 = 1.0 / 362_880;
  private static final double F10 = 1.0 / 3_628_800;
  private static final double F11 = 1.0 / 39_916_800;
  private static final double F12 = 1.0 / 479_001_600;
  private static final double F13 = 1.0 / 6_227_020_800L;

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

  /**
   * Replaces {@code values[0..count)} by their exps, each within 1 ulp of the correctly rounded result.
   * {@code withinSeriesLimit} is the caller's word that every one of them lies in
   * {@code [-SERIES_LIMIT, SERIES_LIMIT]} (it has just computed them, so it can say so at no cost); then
   * the series does them, else {@link #exp} one by one.
   *
   * <p>Either way each value's result depends on that value alone, not on its position or on
   * {@code count}: the vector code does per lane exactly the operations of the scalar loop (IEEE sums
   * and products, no reassociation), so results are the same bits on every run.
   */
  static void expInPlace(double[] values, int count, boolean withinSeriesLimit) {
    if (withinSeriesLimit) {
      for (int i = 0; i < count; i++) {
        values[i] = series(values[i]);
      }
    } else {
      for (int i = 0; i < count; i++) {
        values[i] = exp(values[i]);
      }
    }
  }

  /** {@code e^x} for {@code |x| <= SERIES_LIMIT}, by Horner's rule; {@code 1 + (x + x^2 q)} keeps 1 last. */
  static double series(double x) {
    double q = F13;
    q = q * x + F12;
    q = q * x + F11;
    q = q * x + F10;
    q = q * x + F9;
    q = q * x + F8;
    q = q * x + F7;
    q = q * x + F6;
    q = q * x + F5;
    q = q * x + F4;
    q = q * x + F3;
    q = q * x + F2;
    return 1 + (x + (x * x) * q);
  }
}
