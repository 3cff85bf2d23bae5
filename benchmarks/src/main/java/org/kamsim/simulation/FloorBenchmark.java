package org.kamsim.simulation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What is the least any exact kernel of this model can spend per account-month when volatility is not
 * zero? Every such month needs one standard normal (the idiosyncratic revenue shock) and one {@code exp}
 * (log revenue to revenue); this does exactly that with the kernel's generator ({@link StreamRng}, whose
 * {@code nextGaussian} is a 256-layer ziggurat) and the kernel's {@link FastExp}, the way the kernel
 * calls them: an account's 36 log-returns into an array, then {@link FastExp#expInPlace} over it (vector
 * code, these being small log-returns), and nothing else. Reported per account-month.
 *
 * <p>The sum is returned, so neither the draws nor the {@code exp} can be dropped; the generator is
 * reseeded per account, as the kernel reseeds it per account and trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class FloorBenchmark {
  static final int ACCOUNTS = 1_000;
  static final int MONTHS = 36;
  /** Account-months per invocation: 1,000 accounts x 36 months, as in one kernel trial at 1,000 accounts. */
  static final int ACCOUNT_MONTHS = ACCOUNTS * MONTHS;

  private final StreamRng rng = new StreamRng();
  /** Monthly idiosyncratic volatility and drift of a 20%-volatility account. */
  private double sigma;
  private double drift;
  private final double[] months = new double[MONTHS];
  private long account;

  @Setup
  public void setUp() {
    sigma = 0.2 / Math.sqrt(12);
    drift = Math.log1p(0.03) / 12 - 0.5 * sigma * sigma;
  }

  @Benchmark
  @OperationsPerInvocation(ACCOUNT_MONTHS)
  public double normalAndExp() {
    final StreamRng r = rng;
    final double[] growth = months;
    final double s = sigma;
    final double mu = drift;
    double sum = 0;
    for (int a = 0; a < ACCOUNTS; a++) {
      r.reseed(account++);
      boolean smallReturns = true;
      for (int t = 0; t < MONTHS; t++) {
        double logGrowth = mu + s * r.nextGaussian();
        growth[t] = logGrowth;
        smallReturns &= Math.abs(logGrowth) <= FastExp.SERIES_LIMIT;
      }
      FastExp.expInPlace(growth, MONTHS, smallReturns);
      for (int t = 0; t < MONTHS; t++) {
        sum += growth[t];
      }
    }
    return sum;
  }
}
