package org.kamsim.report.chart;

import org.kamsim.simulation.Stats;

/** Equal-width bins over the values' range: Freedman-Diaconis, kept between 15 and 60 bins. */
final class Histogram {
  final double lo;
  final double width;
  final int[] counts;

  private Histogram(double lo, double width, int[] counts) {
    this.lo = lo;
    this.width = width;
    this.counts = counts;
  }

  /** @param sorted the values, sorted */
  static Histogram of(double[] sorted) {
    double lo = sorted[0];
    double hi = sorted[sorted.length - 1];
    if (!(hi > lo)) {
      double w = lo == 0 ? 1 : Math.abs(lo) * 0.01;
      return new Histogram(lo - w / 2, w, new int[] {sorted.length});
    }
    double iqr = Stats.quantile(sorted, 0.75) - Stats.quantile(sorted, 0.25);
    double fd = 2 * iqr / Math.cbrt(sorted.length);
    int n = fd > 0 ? (int) Math.ceil((hi - lo) / fd) : 30;
    n = Math.max(15, Math.min(60, n));
    double width = (hi - lo) / n;
    int[] counts = new int[n];
    for (double v : sorted) {
      counts[Math.min(n - 1, (int) ((v - lo) / width))]++;
    }
    return new Histogram(lo, width, counts);
  }

  double lower(int b) {
    return lo + b * width;
  }

  double upper(int b) {
    return lo + (b + 1) * width;
  }
}
