package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FastExp#exp} and its series within 1 ulp of the exact value, which is computed here independently
 * to 40 digits ({@code e^x = 2^k e^r} with {@code r = x - k ln2} in BigDecimal and a Taylor series for
 * {@code e^r}).
 */
class FastExpTest {
  private static final MathContext DIGITS = new MathContext(40);
  private static final BigDecimal LN2 =
      new BigDecimal("0.6931471805599453094172321214581765680755001343602552541206800094933936");

  private static BigDecimal exactExp(double x) {
    long k = Math.round(x / Math.log(2));
    BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k)), DIGITS);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (int n = 1; n < 40; n++) {
      term = term.multiply(r, DIGITS).divide(BigDecimal.valueOf(n), DIGITS);
      sum = sum.add(term, DIGITS);
    }
    return sum.multiply(new BigDecimal(Math.scalb(1.0, (int) k)), DIGITS);
  }

  /** Error of {@code value} against the exact {@code e^x}, in ulps of the correctly rounded result. */
  private static double errorInUlps(double x, double value) {
    BigDecimal exact = exactExp(x);
    double rounded = exact.doubleValue();
    return new BigDecimal(value).subtract(exact).abs().doubleValue() / Math.ulp(rounded);
  }

  @Test
  void withinOneUlp_forMonthlyLogReturnsAndAcrossTheWholeRange() {
    SplittableRandom random = new SplittableRandom(11);
    double worst = 0;
    for (int i = 0; i < 20_000; i++) {
      double x = i % 2 == 0 ? random.nextDouble(-1, 1) : random.nextDouble(-699.9, 699.9);
      double error = errorInUlps(x, FastExp.exp(x));
      assertThat(error).as("exp(%s)", x).isLessThan(1.0);
      worst = Math.max(worst, error);
    }
    // Math.exp promises the same 1 ulp; both should be well inside it in practice.
    assertThat(worst).isLessThan(0.75);
  }

  @Test
  void series_withinOneUlp_acrossItsRange() {
    SplittableRandom random = new SplittableRandom(12);
    double limit = FastExp.SERIES_LIMIT;
    double worst = 0;
    for (int i = 0; i < 40_000; i++) {
      // Half uniform over the range, half within 1e-3 of its ends, where the truncation is largest.
      double x = i % 2 == 0 ? random.nextDouble(-limit, limit)
          : Math.copySign(limit - random.nextDouble(0, 1e-3), random.nextDouble(-1, 1));
      double error = errorInUlps(x, FastExp.series(x));
      assertThat(error).as("series(%s)", x).isLessThan(1.0);
      worst = Math.max(worst, error);
    }
    for (double x : new double[] {limit, -limit, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 1e-9}) {
      assertThat(errorInUlps(x, FastExp.series(x))).as("series(%s)", x).isLessThan(1.0);
    }
    assertThat(FastExp.series(0)).isEqualTo(1.0);
    assertThat(FastExp.series(-0.0)).isEqualTo(1.0);
    // The truncation is below 0.02 ulp, so the error is rounding's: 0.5 ulp for the final 1 + y, at most
    // 0.25 for y = x + x^2 q (|y| < 0.5, whose ulp is at most half the result's), and under 0.1 for x^2 q
    // (below 0.07): under 0.85 in all.
    assertThat(worst).isLessThan(0.85);
  }

  @Test
  void expInPlace_isTheSeriesWhenTheCallerSaysSo_elseExp_valueByValue() {
    // Enough calls for C2 to compile the loops as vector code: every value must still come out as the
    // scalar function gives it, whatever its position and the count (pre-, main and post-loop lanes).
    SplittableRandom random = new SplittableRandom(13);
    for (int call = 0; call < 30_000; call++) {
      int count = random.nextInt(41);
      boolean small = call % 4 != 0;
      double[] values = small
          ? random.doubles(42, -FastExp.SERIES_LIMIT, FastExp.SERIES_LIMIT).toArray()
          : random.doubles(42, -5, 5).toArray();
      double[] out = values.clone();
      FastExp.expInPlace(out, count, small);
      for (int i = 0; i < values.length; i++) {
        double expected = i >= count ? values[i]
            : small ? FastExp.series(values[i]) : FastExp.exp(values[i]);
        if (Double.doubleToRawLongBits(out[i]) != Double.doubleToRawLongBits(expected)) {
          assertThat(out[i]).as("call %d, count %d, index %d, x = %s", call, count, i, values[i])
              .isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void exactAtZero_andTotalBeyondTheTableRange() {
    assertThat(FastExp.exp(0)).isEqualTo(1.0);
    assertThat(FastExp.exp(-0.0)).isEqualTo(1.0);
    for (double x : new double[] {700, -700, 709.7, 710, -745, -746, 1e300, -1e300}) {
      assertThat(FastExp.exp(x)).as("exp(%s)", x).isEqualTo(Math.exp(x));
    }
    assertThat(FastExp.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(FastExp.exp(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
    assertThat(FastExp.exp(Double.NaN)).isNaN();
  }

  @Test
  void monotoneAcrossTableBoundaries() {
    // Where j wraps from N-1 to 0 and k steps, neighbouring arguments must not step backwards.
    for (int k = -20; k <= 20; k++) {
      double edge = (k + 0.5 / 128) * Math.log(2);
      double x = edge - 1e-12;
      double previous = FastExp.exp(x);
      for (int i = 0; i < 2000; i++) {
        x = Math.nextUp(x);
        double value = FastExp.exp(x);
        assertThat(value).as("exp(%s)", x).isGreaterThanOrEqualTo(previous);
        previous = value;
      }
    }
  }
}
