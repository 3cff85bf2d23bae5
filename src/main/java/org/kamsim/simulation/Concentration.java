package org.kamsim.simulation;

import java.util.Arrays;
import org.kamsim.model.Portfolio;

/**
 * How concentrated today's revenue and the expected profit are, in the measures the key-account articles use
 * beside the usual indices.
 *
 * <p>Of today's revenue: the Herfindahl-Hirschman index as a fraction (sum of squared shares, 1/n for equal
 * accounts up to 1 for one account), the shares of the largest and five largest accounts, the Gini
 * coefficient (0 equal, towards 1 concentrated), the share brought by today's key accounts ({@code key = true}
 * in the portfolio), and how many accounts are above {@link #LARGE_SHARE} and below {@link #SMALL_SHARE} of
 * it. Both boundaries are strict, as the {@code scoring.min_share} gate is ({@code share < min_share}): an
 * account at exactly 10% is not counted above, one at exactly 1% not below.
 *
 * <p>Of the expected horizon profit: {@code profitTop20Share}, the share brought by the top 20% of accounts
 * ranked by their own expected profit (the 80/20 rule). "Top 20%" is {@code ceil(0.2 n)} accounts, so that a
 * small portfolio still has one. Each account's expected profit is before the fixed KAM cost, which belongs
 * to no account, and the share is of the sum over all accounts: when some accounts lose money that sum is
 * smaller than what the profitable ones bring, and the share can exceed 1. NaN when the sum is not positive
 * (a share of a loss says nothing), and when there are no accounts.
 *
 * @param hhi Herfindahl-Hirschman index of today's revenue, as a fraction
 * @param top1Share share of today's revenue from the largest account
 * @param top5Share share from the five largest
 * @param gini Gini coefficient of today's revenue
 * @param keyShareToday share of today's revenue from today's key accounts
 * @param profitTop20Share share of the accounts' summed expected profit from the top 20% of accounts by it
 * @param accountsAbove10Pct accounts with more than 10% of today's revenue
 * @param accountsBelow1Pct accounts with less than 1% of today's revenue
 */
public record Concentration(double hhi, double top1Share, double top5Share, double gini, double keyShareToday,
    double profitTop20Share, int accountsAbove10Pct, int accountsBelow1Pct) {

  /** Above this share of today's revenue an account is large (the articles: one at 18% is key). */
  public static final double LARGE_SHARE = 0.10;
  /** Below this share an account is small (the articles: one at 1% is not key). */
  public static final double SMALL_SHARE = 0.01;

  /**
   * @param portfolio the accounts, with today's revenue and key flag
   * @param expectedProfit each account's expected horizon profit, in portfolio order
   */
  public static Concentration of(Portfolio portfolio, double[] expectedProfit) {
    int n = portfolio.size();
    if (expectedProfit.length != n) {
      throw new IllegalArgumentException("expected profit: " + expectedProfit.length + " figures for " + n
          + " accounts");
    }
    double[] revenue = new double[n];
    double keyRevenue = 0;
    for (int i = 0; i < n; i++) {
      revenue[i] = portfolio.get(i).revenue();
      if (portfolio.get(i).key()) {
        keyRevenue += revenue[i];
      }
    }
    double profitShare = profitTopShare(expectedProfit);
    Arrays.sort(revenue);
    double total = 0;
    for (double r : revenue) {
      total += r;
    }
    if (!(total > 0)) {
      return new Concentration(0, 0, 0, 0, 0, profitShare, 0, 0);
    }
    double hhi = 0;
    double weighted = 0;
    int above = 0;
    int below = 0;
    for (int i = 0; i < n; i++) {
      double share = revenue[i] / total;
      hhi += share * share;
      weighted += (i + 1) * revenue[i];
      if (share > LARGE_SHARE) {
        above++;
      }
      if (share < SMALL_SHARE) {
        below++;
      }
    }
    double top5 = 0;
    for (int i = n - 1; i >= Math.max(0, n - 5); i--) {
      top5 += revenue[i];
    }
    // Gini from the ascending order statistics: 2 sum(i x_(i)) / (n sum x) - (n + 1) / n.
    double gini = n == 1 ? 0 : 2 * weighted / (n * total) - (n + 1.0) / n;
    return new Concentration(hhi, revenue[n - 1] / total, top5 / total, gini, keyRevenue / total, profitShare,
        above, below);
  }

  /** The share of the summed profits from the {@code ceil(0.2 n)} largest; NaN when the sum is not positive. */
  private static double profitTopShare(double[] expectedProfit) {
    int n = expectedProfit.length;
    double[] sorted = expectedProfit.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (double p : sorted) {
      total += p;
    }
    if (!(total > 0)) {
      return Double.NaN;
    }
    int top = (n + 4) / 5; // ceil(0.2 n) in integers, where no rounding of 0.2 n can add an account
    double sum = 0;
    for (int i = n - 1; i >= n - top; i--) {
      sum += sorted[i];
    }
    return sum / total;
  }
}
