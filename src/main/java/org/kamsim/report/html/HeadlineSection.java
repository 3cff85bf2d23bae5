package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.NpvText;
import org.kamsim.report.text.ShockText;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.Summary;

/**
 * "At a glance": the scenario's events and what they cost (when it has any), the headline figures as
 * cards, each with a sentence, and four lines on concentration, the tail, accounts lost and the plan.
 */
final class HeadlineSection {
  private HeadlineSection() {}

  static void render(Page page, View v) {
    Summary s = v.summary;
    page.append("<section id=\"headline\">\n<h2>At a glance</h2>\n<p class=\"lead\">")
        .text("What " + Amounts.count(s.trials()) + " simulated futures of the next " + v.months
            + " months say about this portfolio under the KAM plan.").append("</p>\n");
    s.npv().ifPresent(npv -> page.append("<p class=\"callout " + (s.plan().sameAsStatusQuo() ? "plain"
        : verdict(npv).orElse("plain")) + "\">").text(NpvText.headline(npv, s.plan().sameAsStatusQuo(), v.months))
        .append("</p>\n"));
    // The events' lead is a warning when they cost revenue, good news when they add it (impact below zero).
    s.shockImpact().ifPresent(impact -> page.append(impact.revenue().mean() < 0 ? "<p class=\"callout good\">"
        : "<p class=\"callout\">").append(events(v, impact)).append("</p>\n"));
    page.append("<div class=\"cards\">\n");
    s.npv().ifPresent(npv -> npvCard(page, v, npv));
    s.shockImpact().ifPresent(impact -> shockCard(page, v, impact));
    page.card("", "Expected revenue, " + v.months + " months", money("revenue.mean", s.revenue().mean()),
        escape("half of the futures below " + Amounts.money(s.revenue().p50())),
        "Average total revenue over the next " + v.months + " months. At today's run-rate the same period "
            + "would bring " + Amounts.money(v.revenueToday * v.months / 12) + ".");
    page.card("", "Expected profit, " + v.months + " months", money("profit.mean", s.profit().mean()),
        escape("in the worst 5% of futures at most " + Amounts.money(s.profit().p05())),
        "Average total profit after margin, cost to serve, program overhead, discounts and KAM salaries.");
    double rar = s.revenueAtRisk().var95();
    page.card("risk", "Revenue at risk (VaR 95%)", money("revenue_at_risk.var95", rar),
        escape("expected shortfall (ES 95%): " + Amounts.money(s.revenueAtRisk().es95())),
        "In the worst 5% of futures, revenue over " + v.months + " months falls at least " + Amounts.money(rar)
            + " below its expected value, to " + Amounts.money(s.revenue().mean() - rar)
            + " or less; on average across those futures it falls " + Amounts.money(s.revenueAtRisk().es95())
            + " short." + (s.shockImpact().isPresent() ? " Both are measured from this scenario's own mean, which"
            + " already has " + v.events("the events' cost", "the event's cost") + " taken off." : ""));
    double p = s.survival().probabilityBelow();
    page.card(p >= 0.05 ? "bad" : "risk", "Chance of breaching the survival threshold",
        Page.figure(ResultFiles.SUMMARY, "survival.probability_below", plain(p), Amounts.probability(p)),
        escape("threshold " + Amounts.percent(s.survival().threshold(), 0) + " of today's run-rate"),
        "Chance that revenue over " + v.months + " months ends below " + Amounts.percent(s.survival().threshold(), 0)
            + " of today's run-rate, that is below " + Amounts.money(s.survival().revenueThreshold()) + ".");
    planCards(page, v);
    page.append("</div>\n<ul class=\"story\">\n");
    Summary.Concentration c = s.concentration();
    page.append("<li><strong>Concentration.</strong> ").text("The largest account brings "
        + Amounts.percent(c.top1Share(), 1) + " of today's revenue"
        + Lists.andTopFive(c.top5Share(), v.accounts.rowCount()) + " (HHI " + Amounts.decimal(c.hhi(), 3)
        + (c.hhi() > 0 ? ": as concentrated as " + Amounts.decimal(1 / c.hhi(), 0) + " equal accounts" : "")
        + ").").append("</li>\n");
    int[] top = v.drivers.top(3);
    if (top.length > 0) {
      List<String> parts = new ArrayList<>();
      for (int i : top) {
        parts.add(org.kamsim.report.chart.Labels.account(v.accounts, i) + " (" + Amounts.percent(v.drivers.share(i), 1)
            + ")");
      }
      page.append("<li><strong>Where the worst outcomes come from.</strong> ").text("The revenue shortfall in "
          + "the worst 5% of futures" + (v.drivers.withShocks() ? ", measured from the same futures without the "
          + "scenario's events," : "") + " comes most from " + Lists.and(parts)
          + (v.accounts.rowCount() > 5 ? "; the five largest parts make "
              + Amounts.percent(v.drivers.shareOfTop(5), 0) + " of it" : "") + ".").append("</li>\n");
    }
    page.append("<li><strong>Accounts lost.</strong> ").text("On average " + Amounts.decimal(s.accountsLost().mean(), 1)
        + " of the " + Amounts.count(v.accounts.rowCount()) + " accounts are lost within " + v.months
        + " months; in 1 future in 20, " + Amounts.decimal(s.accountsLost().p95(), 0) + " or more.").append("</li>\n");
    page.append("<li><strong>The plan.</strong> ").text(PlanSection.membership(v)).append("</li>\n");
    page.append("</ul>\n</section>\n");
  }

  /**
   * The events and what they cost, as the lead of the page. Events can also help (a growth or margin rise,
   * churn multiplied by less than 1): then the revenue they add, and no bad 1-in-20 future.
   */
  private static String events(View v, Summary.ShockImpact impact) {
    Summary s = v.summary;
    Summary.PairedLoss r = impact.revenue();
    boolean cost = r.mean() >= 0;
    String amount = cost
        ? ShockText.costs(s.shocks()) + " " + Amounts.money(r.mean())
        : ShockText.adds(s.shocks()) + " " + Amounts.money(-r.mean());
    String interval = cost
        ? Amounts.money(r.ci95Low()) + " to " + Amounts.money(r.ci95High())
        : Amounts.money(-r.ci95High()) + " to " + Amounts.money(-r.ci95Low());
    return escape("This scenario " + v.shocks.phrases(s.shocks()) + ". ") + "<strong>"
        + escape(v.shocks.subject(s.shocks()) + " " + amount + " of revenue over " + v.months + " months")
        + "</strong>"
        + escape(" (95% interval " + interval + ")"
            + (cost ? ", and " + Amounts.money(r.p95()) + " or more in a bad 1-in-20 future" : "")
            + "; " + profitChange(impact.profit().mean()) + " on average. Both are against the same simulated "
            + "futures without " + v.events("the events.", "the event."));
  }

  /** "profit falls by 18.6 million", "profit rises by 2.1 million": {@code lost} is profit lost to events. */
  private static String profitChange(double lost) {
    return lost >= 0 ? "profit falls by " + Amounts.money(lost) : "profit rises by " + Amounts.money(-lost);
  }

  private static void shockCard(Page page, View v, Summary.ShockImpact impact) {
    Summary.PairedLoss r = impact.revenue();
    Unit unit = Unit.of(r.mean());
    boolean cost = r.mean() >= 0;
    page.card(cost ? "bad" : "good", "Revenue lost to " + v.events("the events", "the event") + ", " + v.months
            + " months"
            + (cost ? "" : " (below zero: gained)"),
        Page.figure(ResultFiles.SUMMARY, "shock_impact.revenue.mean", plain(r.mean()), unit.text(r.mean())),
        "95% interval " + Page.figure(ResultFiles.SUMMARY, "shock_impact.revenue.ci95.0", plain(r.ci95Low()),
            unit.number(r.ci95Low())) + " to " + Page.figure(ResultFiles.SUMMARY, "shock_impact.revenue.ci95.1",
            plain(r.ci95High()), unit.text(r.ci95High())),
        "Revenue the same futures would have had without the scenario's " + v.events("events", "event")
            + ", minus what they have with " + v.events("them", "it") + ". "
            + (cost ? "In 1 future in 20 " + v.events("the events cost ", "the event costs ")
                + Amounts.money(r.p95()) + " or more; "
                : v.events("The events add", "The event adds") + " revenue on average; ")
            + profitChange(impact.profit().mean()) + " on average.");
  }

  private static void planCards(Page page, View v) {
    Summary.PlanValue plan = v.summary.plan();
    if (plan.sameAsStatusQuo()) {
      page.card("", "Extra profit of the KAM plan",
          Page.figure(ResultFiles.SUMMARY, "plan.same_as_status_quo", "true", "Not applicable"),
          escape("the plan is the status quo"),
          "The plan keeps today's " + Lists.count(plan.keyAccounts().size(), "key account", "key accounts")
              + " and " + Lists.count(plan.kams(), "KAM", "KAMs") + ": there is nothing to compare it with.");
      page.card("", "Payback of the plan",
          Page.figure(ResultFiles.SUMMARY, "plan.payback_month", "", "Not applicable"),
          escape("program cost " + Amounts.money(plan.programCostMean()) + " over " + v.months + " months"),
          "The plan is the status quo: there is nothing to pay back.");
      return;
    }
    Unit unit = Unit.of(plan.incrementalProfitMean());
    String cls = plan.incrementalProfitCi95Low() > 0 ? "good" : plan.incrementalProfitCi95High() < 0 ? "bad" : "";
    page.card(cls, "Extra profit of the KAM plan",
        Page.figure(ResultFiles.SUMMARY, "plan.incremental_profit_mean", plain(plan.incrementalProfitMean()),
            unit.text(plan.incrementalProfitMean())),
        "95% interval " + Page.figure(ResultFiles.SUMMARY, "plan.incremental_profit_ci95.0",
            plain(plan.incrementalProfitCi95Low()), unit.number(plan.incrementalProfitCi95Low())) + " to "
            + Page.figure(ResultFiles.SUMMARY, "plan.incremental_profit_ci95.1",
            plain(plan.incrementalProfitCi95High()), unit.text(plan.incrementalProfitCi95High())),
        PlanSection.worth(v));
    String payback = plan.paybackMonth().isPresent() ? "Month " + plan.paybackMonth().getAsInt()
        : "Not within " + v.months + " months";
    page.card("", "Payback of the plan",
        Page.figure(ResultFiles.SUMMARY, "plan.payback_month",
            plan.paybackMonth().isPresent() ? Integer.toString(plan.paybackMonth().getAsInt()) : "", payback),
        escape("program cost " + Amounts.money(plan.programCostMean()) + " over " + v.months + " months"),
        plan.paybackMonth().isPresent()
            ? "From month " + plan.paybackMonth().getAsInt() + " on, the plan's cumulative extra profit over "
                + "the status quo stays at or above zero."
            : "The plan's cumulative extra profit is still below zero at month " + v.months + ".");
  }

  /**
   * The plan's net present value against the status quo (MODEL.md, "Finance"), first of the cards when the
   * scenario has {@code finance}: what a finance reader asks before anything else.
   */
  private static void npvCard(Page page, View v, Summary.Npv npv) {
    if (v.summary.plan().sameAsStatusQuo()) {
      page.card("", "Net present value of the plan", money("npv.profit.mean", npv.profit().mean()),
          escape("at " + NpvText.basis(npv)),
          "The plan is the status quo: it adds no value over it and has nothing to pay back.");
      return;
    }
    double mean = npv.incrementalMean();
    Unit unit = Unit.of(mean);
    String cls = verdict(npv).orElse("");
    OptionalInt month = npv.discountedPaybackMonth();
    page.card(cls, "Net present value of the plan over the status quo",
        Page.figure(ResultFiles.SUMMARY, "npv.incremental_mean", plain(mean), unit.text(mean)),
        "95% interval " + Page.figure(ResultFiles.SUMMARY, "npv.incremental_ci95.0",
            plain(npv.incrementalCi95Low()), unit.number(npv.incrementalCi95Low())) + " to "
            + Page.figure(ResultFiles.SUMMARY, "npv.incremental_ci95.1", plain(npv.incrementalCi95High()),
            unit.text(npv.incrementalCi95High())) + escape("; discounted payback: ")
            + Page.figure(ResultFiles.SUMMARY, "npv.discounted_payback_month",
            month.isPresent() ? Integer.toString(month.getAsInt()) : "",
            month.isPresent() ? "month " + month.getAsInt() : "not within " + v.months + " months"),
        "Each future's monthly profits discounted at " + NpvText.basis(npv) + ", the plan's minus the status"
            + " quo's on the same future; above zero the plan adds value. The plan's own NPV is "
            + Amounts.money(npv.profit().mean()) + ", the status quo's " + Amounts.money(npv.statusQuoProfitMean())
            + ".");
  }

  /** A money figure of summary.json with its value. */
  private static String money(String path, double value) {
    return Page.figure(ResultFiles.SUMMARY, path, plain(value), Amounts.money(value));
  }

  /** The value for data-value: the double the file's text reads as, shortest form. */
  static String plain(double value) {
    return Double.toString(value);
  }

  /**
   * "good" when the whole 95% interval of the plan's extra NPV is above zero, "bad" when it is below, empty
   * when the trials cannot tell: the colour the card and the lead sentence take.
   */
  private static Optional<String> verdict(Summary.Npv npv) {
    return npv.incrementalCi95Low() > 0 ? Optional.of("good")
        : npv.incrementalCi95High() < 0 ? Optional.of("bad") : Optional.empty();
  }
}
