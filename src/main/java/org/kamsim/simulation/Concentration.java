package org.kamsim.simulation;

import java.util.Arrays;
import org.kamsim.model.Portfolio;

/**
 * How concentrated today's revenue is: the Herfindahl-Hirschman index as a fraction (sum of squared
 * shares, 1/n for equal accounts up to 1 for one account), the shares of the largest and five largest
 * accounts, and the Gini coefficient (0 equal, towards 1 concentrated).
 */
public record Concentration(double hhi, double top1Share, double top5Share, double gini) {

  public static Concentration of(Portfolio portfolio) {
    int n = portfolio.size();
    double[] revenue = new double[n];
    for (int i = 0; i < n; i++) {
      revenue[i] = portfolio.get(i).revenue();
    }
    Arrays.sort(revenue);
    double total = 0;
    for (double r : revenue) {
      total += r;
    }
    if (!(total > 0)) {
      return new Concentration(0, 0, 0, 0);
    }
    double hhi = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      double share = revenue[i] / total;
      hhi += share * share;
      weighted += (i + 1) * revenue[i];
    }
    double top5 = 0;
    for (int i = n - 1; i >= Math.max(0, n - 5); i--) {
      top5 += revenue[i];
    }
    // Gini from the ascending order statistics: 2 sum(i x_(i)) / (n sum x) - (n + 1) / n.
    double gini = n == 1 ? 0 : 2 * weighted / (n * total) - (n + 1.0) / n;
    return new Concentration(hhi, revenue[n - 1] / total, top5 / total, gini);
  }
}
