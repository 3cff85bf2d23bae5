package org.kamsim.report.chart;

import java.util.Arrays;
import java.util.Comparator;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Result;
import org.kamsim.results.Table;

/**
 * Which accounts the worst futures come from. Without shocks, an account's part of the revenue shortfall in
 * the worst 5% of futures is its contribution to ES 95% (its mean revenue minus its mean revenue in those
 * futures; the parts add up to ES 95%). With shocks, the shortfall is measured from the same futures without the
 * scenario's events, so that an account lost for certain counts with what losing it costs: its part is its
 * revenue lost to the events plus its ES 95% contribution (the parts add up to the events' mean cost plus
 * ES 95%). Ranked largest first; ties in portfolio order.
 */
public final class TailDrivers {
  private final Table accounts;
  private final double[] lost;
  private final double[] tail;
  private final double[] part;
  private final int[] order;
  private final double total;
  private final boolean shocks;

  public TailDrivers(Result result) {
    this.accounts = result.accounts();
    this.tail = accounts.doubles(AccountsFile.ES95_CONTRIBUTION).toArray();
    this.shocks = result.summary().shockImpact().isPresent();
    double[] lostToShocks = accounts.doubles(AccountsFile.REVENUE_LOST_TO_SHOCKS).toArray();
    this.lost = new double[tail.length];
    this.part = new double[tail.length];
    double sum = 0;
    for (int i = 0; i < tail.length; i++) {
      lost[i] = shocks && !Double.isNaN(lostToShocks[i]) ? lostToShocks[i] : 0;
      part[i] = lost[i] + tail[i];
      sum += part[i];
    }
    this.total = sum;
    this.order = largestFirst(part);
  }

  /** Whether the shortfall is measured from the same futures without the scenario's events. */
  public boolean withShocks() {
    return shocks;
  }

  /** Account rows (of {@code accounts.csv}), largest part first. */
  public int[] order() {
    return order.clone();
  }

  /** The account's part of the shortfall. */
  public double part(int row) {
    return part[row];
  }

  /** Its share of the whole shortfall; NaN when the whole is not positive. */
  public double share(int row) {
    return total > 0 ? part[row] / total : Double.NaN;
  }

  /** What the events cost it on average (0 without shocks). */
  public double lostToEvents(int row) {
    return lost[row];
  }

  /** Its contribution to ES 95% of revenue. */
  public double inTheTail(int row) {
    return tail[row];
  }

  /** The largest {@code count} rows with a positive part, largest first. */
  public int[] top(int count) {
    return Arrays.stream(order).filter(i -> part[i] > 0).limit(count).toArray();
  }

  /** Share of the whole shortfall from the {@code count} largest parts. */
  public double shareOfTop(int count) {
    double sum = 0;
    for (int r = 0; r < Math.min(count, order.length); r++) {
      sum += part[order[r]];
    }
    return total > 0 ? sum / total : Double.NaN;
  }

  /** Indexes of {@code values} from the largest to the smallest; ties in index order. */
  public static int[] largestFirst(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
