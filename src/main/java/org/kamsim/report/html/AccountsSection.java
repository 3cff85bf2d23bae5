package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.html.HtmlTable.Col;
import org.kamsim.report.html.HtmlTable.Format;
import org.kamsim.report.text.Lists;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Table;

/** "Accounts": the largest accounts one by one, then by segment and by region, with their outcomes. */
final class AccountsSection {
  private AccountsSection() {}

  static void render(Page page, View v) {
    boolean shocks = v.summary.shockImpact().isPresent();
    page.append("<section id=\"accounts\">\n<h2>Accounts</h2>\n<h3>The ")
        .text(Math.min(ReportTables.TOP_ACCOUNTS, v.accounts.rowCount()) + " largest accounts").append("</h3>\n")
        .append("<p class=\"note\">").text("Revenue today is the annual run-rate. P(lost) is the probability that "
            + "the account is lost within " + v.months + " months under the plan; expected revenue is its mean "
            + "total over the horizon; share of ES 95% is its part of the revenue shortfall in the worst 5% of "
            + "futures, measured from this scenario's own mean revenue."
            + (shocks ? " Lost to " + v.events("the events is the mean revenue the scenario's events cost it "
                + "(below zero: revenue they add)", "the event is the mean revenue the scenario's event costs it "
                + "(below zero: revenue it adds)") + ". An account lost "
                + "for certain has almost no share of ES 95% (it is lost in every future, good or bad); the "
                + "chart \"Where the worst outcomes come from\" adds what " + v.events("the events cost", "the event "
                + "costs") + ", measuring the shortfall from the same futures without " + v.events("them.", "it.")
                : "")
            + (tiered(v) ? " Tier is the account's band of the scoring matrix; standard when it reaches none, or "
                + "when its share of today's revenue is below the program's minimum." : ""))
        .append("</p>\n");
    List<Col> cols = new ArrayList<>(List.of(
        Col.of(ReportTables.RANK, "#", Format.COUNT),
        Col.of(ReportTables.ACCOUNT, "Account", Format.TEXT),
        Col.of(AccountsFile.SEGMENT, "Segment", Format.TEXT),
        Col.of(AccountsFile.REGION, "Region", Format.TEXT),
        Col.of(AccountsFile.REVENUE_TODAY, "Revenue today", Format.WHOLE),
        Col.of(AccountsFile.SHARE_TODAY, "Share", Format.PERCENT, "Share of today's total revenue"),
        Col.of(AccountsFile.SCORE, "Score", Format.SCORE, "Weighted score of the scoring matrix (1-10)"),
        Col.of(AccountsFile.KEY_TODAY, "Key today", Format.YES_NO),
        Col.of(AccountsFile.KEY_IN_PLAN, "Key in plan", Format.YES_NO),
        Col.of(AccountsFile.PROBABILITY_LOST, "P(lost)", Format.PROBABILITY,
            "Probability that the account is lost within the horizon"),
        Col.of(AccountsFile.EXPECTED_REVENUE, "Expected revenue", Format.WHOLE, "Mean total revenue over the horizon"),
        Col.of(AccountsFile.ES95_CONTRIBUTION_SHARE, "Share of ES 95%", Format.PERCENT,
            "Part of the revenue shortfall in the worst 5% of futures, from this scenario's mean")));
    boolean tiered = tiered(v);
    if (tiered) {
      cols.add(7, Col.of(AccountsFile.TIER, "Tier", Format.TEXT,
          "Tier of the scoring matrix; standard for none, or under the share of revenue of the program"));
    }
    if (shocks) {
      cols.add(Col.of(AccountsFile.REVENUE_LOST_TO_SHOCKS, "Lost to " + v.events("the events", "the event"),
          Format.WHOLE, "Mean revenue the scenario's " + v.events("events cost", "event costs") + " the account"));
    }
    page.append(HtmlTable.render(ReportTables.topAccounts(v.accounts, ReportTables.TOP_ACCOUNTS), cols, null,
        "accounts"));
    List<String> groupings = new ArrayList<>(List.of(AccountsFile.SEGMENT.name(), AccountsFile.REGION.name()));
    if (tiered) {
      groupings.add(AccountsFile.TIER.name());
    }
    for (String by : groupings) {
      String header = Lists.capitalised(by);
      page.append("<h3>By ").text(by).append("</h3>\n");
      List<Col> groupCols = new ArrayList<>(List.of(
          Col.of(ReportTables.GROUP, header, Format.TEXT),
          Col.of(ReportTables.ACCOUNTS, "Accounts", Format.COUNT),
          Col.of(AccountsFile.REVENUE_TODAY, "Revenue today", Format.WHOLE),
          Col.of(AccountsFile.SHARE_TODAY, "Share", Format.PERCENT),
          Col.of(AccountsFile.KEY_TODAY, "Key today", Format.COUNT),
          Col.of(AccountsFile.KEY_IN_PLAN, "Key in plan", Format.COUNT),
          Col.of(AccountsFile.EXPECTED_REVENUE, "Expected revenue", Format.WHOLE, "Mean total revenue over the horizon"),
          Col.of(ReportTables.PROBABILITY_LOST_WEIGHTED, "P(lost), weighted", Format.PROBABILITY,
              "Probability of loss weighted by revenue today: the share of today's revenue expected to be lost"),
          Col.of(AccountsFile.ES95_CONTRIBUTION, "ES 95% contribution", Format.WHOLE,
              "Part of the revenue shortfall in the worst 5% of futures, from this scenario's mean"),
          Col.of(ReportTables.ES95_SHARE, "Share of ES 95%", Format.PERCENT)));
      if (shocks) {
        groupCols.add(Col.of(AccountsFile.REVENUE_LOST_TO_SHOCKS, "Lost to " + v.events("the events", "the event"),
            Format.WHOLE));
      }
      Table groups = by.equals(AccountsFile.TIER.name()) ? ReportTables.byTier(v.accounts)
          : ReportTables.byGroup(v.accounts, by);
      page.append(HtmlTable.render(groups, groupCols, ReportTables.total(v.accounts),
          null));
    }
    page.append("</section>\n");
  }

  /** Whether the scenario named tiers: {@code accounts.csv} then gives every account one. */
  private static boolean tiered(View v) {
    return v.accounts.texts(AccountsFile.TIER.name()).values().stream().anyMatch(t -> !t.isEmpty());
  }
}
