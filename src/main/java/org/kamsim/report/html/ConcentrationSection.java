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
import org.kamsim.results.FlagColumn;
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
    page.chart(v.chart(Charts.TOP_ACCOUNTS), topAccounts(v));
    page.chart(v.chart(Charts.TAIL), tailDrivers(v));
    page.append("</section>\n");
  }

  /** The colours the chart of the largest accounts uses, and what the key accounts bring. */
  private static String topAccounts(View v) {
    DoubleColumn revenue = v.accounts.doubles(AccountsFile.REVENUE_TODAY);
    FlagColumn today = v.accounts.flags(AccountsFile.KEY_TODAY);
    int shown = Math.min(ConcentrationCharts.TOP, v.accounts.rowCount());
    List<String> meanings = new ArrayList<>();
    for (ConcentrationCharts.Status status : ConcentrationCharts.statusesShown(v.accounts)) {
      meanings.add(status.meaning());
    }
    double keyShare = 0;
    for (int i = 0; i < revenue.size(); i++) {
      if (today.get(i)) {
        keyShare += revenue.get(i);
      }
    }
    keyShare = v.revenueToday > 0 ? keyShare / v.revenueToday : Double.NaN;
    return "Each bar is " + (shown == 1 ? "the largest account" : "one of the " + shown + " largest accounts")
        + ", its length its share of today's annual revenue; in brackets, what the largest accounts bring "
        + "together. " + Lists.capitalised(Lists.and(meanings)) + ". Today's "
        + Lists.count(today.countTrue(), "key account brings", "key accounts bring") + " "
        + Amounts.percent(keyShare, 1) + " of today's revenue.";
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
