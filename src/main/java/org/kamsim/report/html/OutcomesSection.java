package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.ReportData;
import org.kamsim.report.html.HtmlTable.Col;
import org.kamsim.report.html.HtmlTable.Format;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Summary;
import org.kamsim.results.TrialsFile;

/**
 * "Range of outcomes": the percentiles of horizon revenue and profit as a table, each total as a histogram
 * and as an S-curve (the survival threshold and break-even marked), and the accounts lost.
 */
final class OutcomesSection {
  private OutcomesSection() {}

  static void render(Page page, View v) {
    Summary s = v.summary;
    double[] revenue = v.data.sortedRevenue();
    double[] profit = v.data.sortedProfit();
    page.append("<section id=\"outcomes\">\n<h2>Range of outcomes</h2>\n<p>")
        .text("Totals over the " + v.months + " months, one per simulated future. The percentiles read: in "
            + "5% of futures revenue ends at or below its P5, in half at or below its P50 (the median), and so on.")
        .append("</p>\n");
    List<String> names = new ArrayList<>(List.of("revenue", "profit"));
    List<double[]> series = new ArrayList<>(List.of(revenue, profit));
    List<Col> cols = new ArrayList<>(List.of(Col.of(ReportTables.PERCENTILE, "Percentile", Format.TEXT),
        Col.of("revenue", "Revenue", Format.WHOLE), Col.of("profit", "Profit", Format.WHOLE)));
    if (s.shockImpact().isPresent()) {
      names.addAll(List.of("revenue_without", "profit_without"));
      series.add(v.data.sortedRevenueWithoutShocks());
      series.add(v.data.sortedProfitWithoutShocks());
      cols.add(Col.of("revenue_without", "Revenue without " + v.events("the events", "the event"), Format.WHOLE,
          "The same futures without the scenario's " + v.events("events", "event")));
      cols.add(Col.of("profit_without", "Profit without " + v.events("the events", "the event"), Format.WHOLE));
    }
    page.append("<h3>Percentiles of the totals</h3>\n")
        .append(HtmlTable.render(ReportTables.percentiles(names, series), cols, null, "percentiles"));
    page.chart(v.chart(Charts.REVENUE), "Expected revenue is " + Amounts.money(s.revenue().mean())
        + ". One future in 20 ends below " + Amounts.money(s.revenue().mean() - s.revenueAtRisk().var95())
        + " (VaR 95%: " + Amounts.money(s.revenueAtRisk().var95()) + " below the mean); those worst futures "
        + "average " + Amounts.money(s.revenue().mean() - s.revenueAtRisk().es95()) + " (ES 95%: "
        + Amounts.money(s.revenueAtRisk().es95()) + " below the mean). One in 100 ends below "
        + Amounts.money(s.revenue().p01()) + ".");
    double below = s.survival().probabilityBelow();
    page.chart(v.chart(Charts.REVENUE_S_CURVE), Amounts.probability(below) + " of the futures end below the "
        + "survival threshold of " + Amounts.money(s.survival().revenueThreshold()) + " ("
        + Amounts.percent(s.survival().threshold(), 0) + " of today's run-rate over " + v.months + " months); the "
        + "median future brings " + Amounts.money(s.revenue().p50()) + "."
        + s.shockImpact().map(impact -> " The grey dashed curve is the same futures without the scenario's "
            + v.events("events", "event") + ": at each share of futures, the horizontal gap between the curves "
            + "is how much " + v.events("the events lower", "the event lowers") + " that percentile of revenue.")
            .orElse(""));
    page.chart(v.chart(Charts.PROFIT), "Expected profit is " + Amounts.money(s.profit().mean())
        + ". One future in 20 ends below " + Amounts.money(s.profit().mean() - s.profitAtRisk().var95())
        + " (VaR 95%: " + Amounts.money(s.profitAtRisk().var95()) + " below the mean); those worst futures "
        + "average " + Amounts.money(s.profit().mean() - s.profitAtRisk().es95()) + ".");
    page.chart(v.chart(Charts.PROFIT_S_CURVE), profitCurve(profit, s));
    double mean = s.accountsLost().mean();
    double p95 = s.accountsLost().p95();
    page.chart(v.chart(Charts.LOST), "How many accounts the portfolio loses (churned, or lost by a scenario "
        + "event) within the horizon: " + Amounts.decimal(mean, 1) + " on average, " + Amounts.decimal(p95, 0)
        + " or more in 1 future in 20." + lostTogether(v));
    page.append("<h3>How precise the means are</h3>\n");
    page.chart(v.chart(Charts.PRECISION), Captions.precision(v.data.runningRevenue(), v.data.runningProfit(),
        s.precision()));
    page.append("</section>\n");
  }

  /**
   * Whether accounts are lost together: the spread of the count of accounts lost against the spread that
   * independent losses with the same probabilities would give (the square root of the sum of p(1 - p) over
   * the accounts, p each one's probability of being lost). Said only when the spread is at least 1.5 times
   * that: the common economic factor at work.
   */
  static String lostTogether(View v) {
    return lostTogether(v.result.trials().ints(TrialsFile.ACCOUNTS_LOST).toArray(),
        v.accounts.doubles(AccountsFile.PROBABILITY_LOST).toArray());
  }

  /** The sentence for the counts lost per trial, {@code lost}, and the accounts' probabilities {@code p}. */
  static String lostTogether(int[] lost, double[] p) {
    if (lost.length < 2) {
      return "";
    }
    double independentVariance = 0;
    for (double q : p) {
      independentVariance += Double.isNaN(q) ? 0 : q * (1 - q);
    }
    double mean = 0;
    for (int n : lost) {
      mean += n;
    }
    mean /= lost.length;
    double variance = 0;
    for (int n : lost) {
      variance += (n - mean) * (n - mean);
    }
    variance /= lost.length - 1;
    double sd = Math.sqrt(variance);
    double independentSd = Math.sqrt(independentVariance);
    if (independentSd <= 0 || sd < 1.5 * independentSd) {
      return "";
    }
    return " The count varies far more than if accounts left independently: its standard deviation is "
        + Amounts.decimal(sd, 1) + " accounts against " + Amounts.decimal(independentSd, 1) + " for independent "
        + "losses with the same probabilities, because bad economic times raise every account's churn at once.";
  }

  private static String profitCurve(double[] profit, Summary s) {
    double lossShare = ReportData.shareBelow(profit, 0);
    String loss = lossShare == 0 ? "No simulated future makes a loss over the horizon; the lowest profit is "
        + Amounts.money(profit[0]) + "."
        : lossShare == 1 ? "Every simulated future makes a loss over the horizon."
        : Amounts.probability(lossShare) + " of the futures make a loss over the horizon (left of break-even).";
    return loss + " The median future makes " + Amounts.money(s.profit().p50()) + ".";
  }
}
