package org.kamsim.report.chart;

import org.kamsim.simulation.Stats;

/**
 * The running mean of one per-trial figure and its standard error as trials are added, in trial order, at
 * up to {@link #POINTS} trial counts spaced evenly on a log scale from {@link #FIRST} trials to all of them:
 * what a run of fewer trials would have said, and how sure it could have been. Sampled rather than kept at
 * every trial because a million points draw no better than two hundred and make the SVG megabytes.
 *
 * <p>One pass (Welford's update, stable where {@code sum(x^2) - n mean^2} cancels), except the last point,
 * which is {@link Stats#mean} and {@link Stats#standardError} of all the values: the very definitions of
 * {@code summary.json}'s mean and stderr, so that the chart ends where the summary says.
 */
public final class RunningMeans {
  /** Standard errors either side of the mean in the precision chart's band: about a 95% interval. */
  public static final double BAND = 2;
  /** Most points sampled. */
  static final int POINTS = 200;
  /**
   * The first trial count sampled (or all trials, if fewer): below about a hundred trials a standard error is
   * itself too rough to draw a band from, and its width would squash the rest of the chart.
   */
  static final int FIRST = 100;

  private final int[] trials;
  private final double[] mean;
  private final double[] stderr;

  /** @param values the per-trial figure, in trial order (not changed) */
  public RunningMeans(double[] values) {
    int n = values.length;
    int[] grid = grid(n);
    trials = grid;
    mean = new double[grid.length];
    stderr = new double[grid.length];
    double m = 0;
    double squares = 0;
    int next = 0;
    for (int i = 0; i < n && next < grid.length - 1; i++) {
      double d = values[i] - m;
      m += d / (i + 1);
      squares += d * (values[i] - m);
      if (i + 1 == grid[next]) {
        mean[next] = m;
        stderr[next] = i == 0 ? 0 : Math.sqrt(squares / i / (i + 1));
        next++;
      }
    }
    mean[grid.length - 1] = Stats.mean(values);
    stderr[grid.length - 1] = Stats.standardError(values);
  }

  /** Trial counts {@code FIRST..n}, evenly spaced on a log scale, ascending, no repeats; {@code {n}} if small. */
  static int[] grid(int n) {
    int first = Math.min(n, FIRST);
    int[] points = new int[POINTS];
    int count = 0;
    double ratio = Math.log((double) n / first);
    for (int k = 0; k < POINTS; k++) {
      int t = k == POINTS - 1 ? n : (int) Math.round(first * Math.exp(ratio * k / (POINTS - 1)));
      if (count == 0 || t > points[count - 1]) {
        points[count++] = t;
      }
    }
    return java.util.Arrays.copyOf(points, count);
  }

  /** How many points were sampled. */
  public int size() {
    return trials.length;
  }

  /** The trial count of point {@code i}. */
  public int trials(int i) {
    return trials[i];
  }

  /** The mean of the first {@code trials(i)} trials. */
  public double mean(int i) {
    return mean[i];
  }

  /** Its standard error (sample standard deviation over the square root of the count; 0 for one trial). */
  public double stderr(int i) {
    return stderr[i];
  }

  /** The last point's mean: that of every trial. */
  public double finalMean() {
    return mean[mean.length - 1];
  }

  /** The last point's standard error: that of every trial. */
  public double finalStderr() {
    return stderr[stderr.length - 1];
  }

  /** {@link #BAND} standard errors of the mean of every trial: the band's half-width at the end. */
  public double finalHalfBand() {
    return BAND * finalStderr();
  }

  /**
   * {@link #finalHalfBand} as a fraction of the mean's absolute value: 0 when every trial is alike, infinite
   * when only the mean is 0.
   */
  public double finalRelativeHalfBand() {
    return finalStderr() == 0 ? 0 : finalHalfBand() / Math.abs(finalMean());
  }
}
