package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.PlanPhases;
import org.kamsim.report.html.HtmlTable.Col;
import org.kamsim.report.html.HtmlTable.Format;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Summary;

/** "The KAM plan": who is key, what changes against today, and what the plan is worth month by month. */
final class PlanSection {
  private PlanSection() {}

  static void render(Page page, View v) {
    Summary.PlanValue p = v.summary.plan();
    page.append("<section id=\"plan\">\n<h2>The KAM plan</h2>\n<p>").text(membership(v)).append("</p>\n<p>")
        .text(worth(v)).append("</p>\n");
    PlanPhases phases = PlanPhases.of(p, v.months);
    if (phases.phased()) {
      page.append("<p>").text(phases(v)).append("</p>\n");
      page.append(HtmlTable.render(ReportTables.phases(phases), List.of(
          Col.of(ReportTables.FROM_MONTH, "From month", Format.COUNT),
          Col.of(ReportTables.TO_MONTH, "To month", Format.COUNT),
          Col.of(ReportTables.KEY_ACCOUNTS, "Key accounts", Format.COUNT),
          Col.of(ReportTables.KAMS, "KAMs", Format.COUNT),
          Col.of(ReportTables.PROMOTED, "Promoted", Format.COUNT, "Accounts that join the key set in the "
              + "phase's first month (their ramp starts then)"),
          Col.of(ReportTables.DEMOTED, "Demoted", Format.COUNT, "Accounts that leave the key set in the phase's "
              + "first month (they churn more from then on)")), null, "phases"));
    }
    if (!p.sameAsStatusQuo()) {
      page.chart(v.chart(Charts.PLAN_VALUE), "The bars are the mean extra profit of each month (plan minus status "
          + "quo on the same simulated futures), the line their running total. " + Captions.planValue(
              v.result.periods().doubles(PeriodsFile.INCREMENTAL_PROFIT_MEAN).toArray(),
              v.result.periods().doubles(PeriodsFile.CUMULATIVE_INCREMENTAL_PROFIT_MEAN).toArray(),
              p.paybackMonth()) + Captions.phases(phases));
    }
    page.append("<dl class=\"facts\">\n");
    page.fact("Key accounts in the plan", ids(v, p.keyAccounts()));
    page.fact("Made key by the plan", p.madeKey().isEmpty() ? "none" : ids(v, p.madeKey()));
    page.fact("Key today, dropped by the plan", p.dropped().isEmpty() ? "none" : ids(v, p.dropped()));
    page.fact("KAMs", p.kams() + " in the plan, " + p.statusQuoKams() + " in the status quo");
    page.fact("Program cost, mean", escape(Amounts.money(p.programCostMean()) + " over " + v.months
        + " months (KAM salaries, overhead per key account, discounts given)"));
    page.append("</dl>\n</section>\n");
  }

  /**
   * Who is key in the plan and today, and how many accounts differ; for a phased plan, of month 1, with
   * where its changes take it.
   */
  static String membership(View v) {
    String text = monthOneMembership(v);
    PlanPhases phases = PlanPhases.of(v.summary.plan(), v.months);
    if (!phases.phased()) {
      return text;
    }
    List<PlanPhases.Phase> changes = phases.changes();
    PlanPhases.Phase last = changes.get(changes.size() - 1);
    return text + " After " + (changes.size() == 1 ? "its change in month " : "its last change, in month ")
        + last.from() + ", it covers " + Lists.count(last.keyAccounts(), "key account", "key accounts") + " with "
        + Lists.count(last.kams(), "KAM", "KAMs") + ".";
  }

  private static String monthOneMembership(View v) {
    Summary.PlanValue p = v.summary.plan();
    Summary.StatusQuo q = v.summary.statusQuo();
    String text = (p.changes().isEmpty() ? "The plan covers " : "In month 1 the plan covers ")
        + Lists.count(p.keyAccounts().size(), "key account", "key accounts") + " with "
        + Lists.count(p.kams(), "KAM", "KAMs") + "; today "
        + Lists.count(q.keyAccounts().size(), "account is key", "accounts are key") + ", with "
        + Lists.count(q.kams(), "KAM", "KAMs") + " (the status quo).";
    if (p.sameAsStatusQuo()) {
      return text + " The plan is the status quo: the same accounts and the same headcount.";
    }
    int differ = p.madeKey().size() + p.dropped().size();
    if (differ == 0 && p.kams() == q.kams()) {
      // Only a phased plan can start as the status quo without being it.
      return text + " In month 1 it is today's key accounts and headcount; its changes, below, set it apart.";
    }
    if (differ == 0) {
      return text + " It keeps exactly today's key accounts, with another headcount.";
    }
    int kept = p.keyAccounts().size() - p.madeKey().size();
    return text + " " + Lists.count(differ, "account differs", "accounts differ") + ": the plan keeps " + kept
        + " of today's key accounts, adds "
        + (p.madeKey().isEmpty() ? "none" : Integer.toString(p.madeKey().size())) + " and drops "
        + (p.dropped().isEmpty() ? "none" : Integer.toString(p.dropped().size())) + ".";
  }

  /**
   * The plan's phases, a sentence per change, counted from the month-1 set the figures above describe
   * (MODEL.md, "Phased plans").
   */
  static String phases(View v) {
    Summary.PlanValue p = v.summary.plan();
    List<PlanPhases.Phase> after = PlanPhases.of(p, v.months).changes(); // the phase each change starts
    int kams = p.kams();
    StringBuilder text = new StringBuilder("The plan changes during the horizon (the figures above are those of"
        + " month 1).");
    for (int i = 0; i < p.changes().size(); i++) {
      Summary.PlanChange c = p.changes().get(i);
      List<String> what = new ArrayList<>();
      if (!c.promote().isEmpty()) {
        what.add(Lists.and(c.promote().stream().map(v::label).toList()) + (c.promote().size() == 1
            ? " joins" : " join") + " the key set");
      }
      if (!c.demote().isEmpty()) {
        what.add(Lists.and(c.demote().stream().map(v::label).toList()) + (c.demote().size() == 1
            ? " leaves" : " leave") + " it (demoted: churn x the demotion multiplier from then on)");
      }
      if (c.kams() != kams) {
        what.add("the headcount goes from " + kams + " to " + Lists.count(c.kams(), "KAM", "KAMs"));
      }
      kams = c.kams();
      text.append(" In month ").append(c.month()).append(", ").append(Lists.and(what)).append(": ")
          .append(Lists.count(after.get(i).keyAccounts(), "key account", "key accounts")).append(" and ")
          .append(Lists.count(kams, "KAM", "KAMs")).append(" from then on.");
    }
    return text.toString();
  }

  /** What the plan is worth against the status quo, in words. */
  static String worth(View v) {
    Summary.PlanValue p = v.summary.plan();
    if (p.sameAsStatusQuo()) {
      return "The plan is the status quo, so there is no extra profit to measure and no payback: "
          + "both are not applicable.";
    }
    Unit unit = Unit.of(p.incrementalProfitMean());
    String ci = unit.number(p.incrementalProfitCi95Low()) + " to " + unit.text(p.incrementalProfitCi95High());
    if (p.incrementalProfitCi95Low() > 0) {
      return "Compared with the status quo, the plan adds " + unit.text(p.incrementalProfitMean())
          + " of profit over " + v.months + " months on average (95% interval " + ci + ").";
    }
    if (p.incrementalProfitCi95High() < 0) {
      double revenue = v.summary.revenue().mean();
      double statusQuoRevenue = v.summary.statusQuo().revenue().mean();
      String why = revenue < statusQuoRevenue
          ? "it brings in " + Amounts.money(statusQuoRevenue - revenue) + " less revenue than the status quo ("
              + Amounts.money(revenue) + " against " + Amounts.money(statusQuoRevenue) + ")"
          : revenue == statusQuoRevenue ? "it brings in as much revenue as the status quo, at a higher cost"
          : "it brings in " + Amounts.money(revenue - statusQuoRevenue) + " more revenue than the status quo, "
              + "but its costs and discounts outweigh that";
      return "Compared with the status quo, the plan loses " + unit.text(-p.incrementalProfitMean())
          + " of profit over " + v.months + " months on average (95% interval " + ci + "): " + why + ".";
    }
    return "Compared with the status quo, the plan changes profit over " + v.months + " months by "
        + unit.text(p.incrementalProfitMean()) + " on average, which these trials cannot tell apart from zero "
        + "(95% interval " + ci + ").";
  }

  /** Account ids with their names, wrapping freely. */
  static String ids(View v, List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      String label = v.label(id);
      String name = label.length() > id.length() ? label.substring(id.length() + 1) : "";
      parts.add("<span class=\"account\">" + escape(id) + (name.isEmpty() ? "" : " <span class=\"note\">"
          + escape(name) + "</span>") + "</span>");
    }
    return String.join(", ", parts);
  }
}
