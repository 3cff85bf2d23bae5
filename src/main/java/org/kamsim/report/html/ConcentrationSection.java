package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.ConcentrationCharts;
import org.kamsim.report.chart.TailDriversChart;
import org.kamsim.report.chart.Labels;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.Summary;

/** "Where the risk sits": the Lorenz curve, the largest accounts and the drivers of the worst futures. */
final class ConcentrationSection {
  private ConcentrationSection() {}

  static void render(Page page, View v) {
    Summary.Concentration c = v.summary.concentration();
    page.append("<section id=\"concentration\">\n<h2>Where the risk sits</h2>\n");
    page.chart(v.chart(Charts.LORENZ), "Accounts are lined up from the smallest to the largest; the curve "
        + "shows what share of today's revenue the first x% of them bring. The largest account alone brings "
        + Amounts.percent(c.top1Share(), 1) + Lists.andTopFive(c.top5Share(), v.accounts.rowCount())
        + ". The Herfindahl-Hirschman index (HHI, the sum of squared shares) is " + Amounts.decimal(c.hhi(), 3)
        + "; the Gini coefficient " + Amounts.decimal(c.gini(), 2) + " (0: all accounts equal, 1: one account "
        + "has everything).");
    page.append("<p>").text(articles(c, v.accounts.rowCount(),
        v.accounts.flags(AccountsFile.KEY_TODAY).countTrue())).append("</p>\n");
    page.chart(v.chart(Charts.TOP_ACCOUNTS), topAccounts(v));
    page.chart(v.chart(Charts.TAIL), tailDrivers(v));
    page.append("</section>\n");
  }

  /**
   * The concentration figures the key-account articles use, each beside the articles' reference point: what
   * today's key accounts bring, how many accounts are above 10% and below 1% of revenue (strictly), and what
   * the top fifth of accounts by expected profit bring of the accounts' summed expected profit.
   *
   * @param accounts the number of accounts
   * @param keyToday the number of key accounts today
   */
  static String articles(Summary.Concentration c, int accounts, long keyToday) {
    String key = keyToday == 0
        ? "No account is key today (the articles: key accounts often bring about a third of revenue). "
        : "Today's " + Lists.count(keyToday, "key account brings", "key accounts bring") + " "
            + Amounts.percent(c.keyShareToday(), 1) + " of revenue (the articles: key accounts often bring about "
            + "a third). ";
    int above = c.accountsAbove10Pct();
    int below = c.accountsBelow1Pct();
    String sizes = (above == 0 ? "No account is" : Lists.count(above, "account is", "accounts are"))
        + " above 10% of revenue (one buying 18% of volume is key, the articles say) and "
        + (below == 0 ? "none" : Amounts.count(below)) + " below 1% (one at 1% is not). ";
    int top = (accounts + 4) / 5; // ceil(0.2 n), as summary.json's profit_top20_share counts them
    double share = c.profitTop20Share();
    String profit = Double.isNaN(share)
        ? "The accounts' expected profits (before KAM salaries) add up to no profit, so the share of it the top "
            + "20% of accounts bring is not measured (the 80/20 rule says about 80%)."
        : "The top 20% of accounts by expected profit (" + Amounts.count(top) + " of " + Amounts.count(accounts)
            + ") bring " + Amounts.percent(share, 0) + " of the accounts' expected profit before KAM salaries "
            + "(the 80/20 rule says about 80%)"
            + (share > 1 ? "; more than all of it, because the other accounts lose money on balance." : ".");
    return key + sizes + profit;
  }

  /** The colours the chart of the largest accounts uses. */
  private static String topAccounts(View v) {
    int shown = Math.min(ConcentrationCharts.TOP, v.accounts.rowCount());
    List<String> meanings = new ArrayList<>();
    for (ConcentrationCharts.Status status : ConcentrationCharts.statusesShown(v.accounts)) {
      meanings.add(status.meaning());
    }
    return "Each bar is " + (shown == 1 ? "the largest account" : "one of the " + shown + " largest accounts")
        + ", its length its share of today's annual revenue; in brackets, what the largest accounts bring "
        + "together. " + Lists.capitalised(Lists.and(meanings)) + ".";
  }

  private static String tailDrivers(View v) {
    int[] top = v.drivers.top(TailDriversChart.ACCOUNTS);
    if (top.length == 0) {
      return "";
    }
    DoubleColumn share = v.accounts.doubles(AccountsFile.SHARE_TODAY);
    int heavier = 0;
    for (int i : top) {
      // At least a tenth more than its revenue share: closer than that is within the parts' noise.
      if (v.drivers.share(i) >= 1.1 * share.get(i)) {
        heavier++;
      }
    }
    int first = top[0];
    String base = v.drivers.withShocks()
        ? "Each bar is an account's part of the revenue shortfall in the worst 5% of futures, measured from the "
            + "same futures without the scenario's " + v.events("events", "event") + ": dark red what "
            + v.events("the events cost", "the event costs") + " it on average, red its further "
            + "shortfall in the worst futures (its part of ES 95%). The parts add up to "
            + v.events("the events' mean cost", "the event's mean cost") + " plus ES 95%. "
        : "Each bar is an account's part of the revenue shortfall in the worst 5% of futures (its contribution to "
            + "ES 95% of revenue: its mean revenue minus its mean revenue in those futures); the parts add up to "
            + "ES 95%. ";
    return base + "The largest part, " + Labels.account(v.accounts, first) + ", makes "
        + Amounts.percent(v.drivers.share(first), 1) + " of the shortfall. " + (heavier == 0 ? "None" : heavier)
        + " of the " + top.length + " accounts shown " + (heavier == 1 ? "takes" : "take") + " a share of the "
        + "shortfall at least a tenth larger than " + (heavier == 1 ? "its" : "their") + " share of today's "
        + "revenue" + (heavier == 0 ? "." : ": " + (heavier == 1 ? "its" : "their") + " revenue falls further "
        + "than the portfolio's in the worst futures"
        + (v.drivers.withShocks() ? ", or " + v.events("the events take", "the event takes") + " it" : "")
        + ".");
  }
}
