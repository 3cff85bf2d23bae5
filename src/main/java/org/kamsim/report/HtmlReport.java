package org.kamsim.report;

import static org.kamsim.report.Html.escape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamsim.report.Amounts.Unit;
import org.kamsim.report.ChartFiles.Rendered;
import org.kamsim.report.HtmlTable.Col;
import org.kamsim.report.HtmlTable.Format;
import org.kamsim.report.PlanSearch.Chosen;
import org.kamsim.report.PlanSearch.Figures;
import org.kamsim.report.ReportData.Simulation;
import org.kamsim.report.SummaryFigures.PlanValue;
import tech.tablesaw.api.DoubleColumn;

/**
 * {@code report.html}: one self-contained page (charts embedded as SVG {@code data:} URIs, the style sheet
 * inline, no script, no web fonts) that tells a newcomer, without any other file, how much revenue is at
 * risk, from which accounts, and what the KAM plan is worth.
 *
 * <p>Order: headline figures, each with a plain sentence; the charts, each with a caption that says how to
 * read it; the tables; the scenario's inputs; provenance; a glossary. Every headline figure carries its raw
 * value from {@code summary.json} in {@code data-figure} (the JSON path) and {@code data-value}
 * ({@link Double#toString}), so that a test, or a script, can check the page against the file.
 */
final class HtmlReport {
  private final ReportData d;
  private final Map<String, Rendered> charts = new HashMap<>();
  /** The simulation's files, or null for a directory of {@code optimise} results only. */
  private final Simulation sim;
  private final SummaryFigures s;
  private final int months;
  private final Frame accounts;
  /** With the simulation: revenue today, total ES95 contribution, and account rows by contribution, largest first. */
  private final double revenueToday;
  private final double totalEs;
  private final int[] byEsContribution;
  /** The optimiser's plan.json, or null. */
  private final Chosen chosen;
  private final ReportCharts.Objective objective;
  private final Map<String, String> names = new HashMap<>();
  private final StringBuilder html = new StringBuilder(1 << 20);

  private HtmlReport(ReportData d, List<Rendered> rendered) {
    this.d = d;
    this.sim = d.simulation().orElse(null);
    this.s = sim == null ? null : sim.summary();
    this.months = s == null ? 0 : s.horizonMonths();
    this.accounts = sim == null ? null : sim.accounts();
    this.revenueToday = sim == null ? 0 : accounts.doubleColumn("revenue_today").sum();
    this.totalEs = sim == null ? 0 : ReportCharts.totalEs(sim);
    this.byEsContribution = sim == null ? new int[0]
        : ReportCharts.byDescending(accounts.doubleColumn("es95_contribution").asDoubleArray());
    this.chosen = d.search().plan().orElse(null);
    this.objective = chosen == null ? ReportCharts.Objective.UNKNOWN : ReportCharts.Objective.of(chosen.objective());
    rendered.forEach(r -> charts.put(r.name(), r));
    Frame named = accounts != null ? accounts : d.search().planAccounts().orElse(null);
    if (named != null) {
      for (int i = 0; i < named.rowCount(); i++) {
        names.put(named.stringColumn("id").get(i), named.stringColumn("name").get(i));
      }
    }
  }

  /** The page for {@code data}, with the charts rendered from it. */
  static String render(ReportData data, List<Rendered> charts) {
    return new HtmlReport(data, charts).page();
  }

  private String page() {
    String title = "Key-account risk report: " + d.scenarioName();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"kamsim ").append(escape(EngineVersion.get())).append("\">\n")
        // No favicon request: the page must load nothing.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header(title);
    if (sim != null) {
      headline();
      time();
      outcomes();
      concentration();
      plan();
    } else {
      searchHeadline();
    }
    search();
    if (sim != null) {
      tables();
    }
    inputs();
    provenance();
    glossary();
    List<String> files = new ArrayList<>();
    if (sim != null) {
      files.addAll(List.of(SummaryJson.FILE, PeriodsCsv.FILE, AccountsCsv.FILE, TrialsCsv.FILE));
    }
    for (String f : PlanSearch.FILES) {
      if (java.nio.file.Files.exists(d.dir().resolve(f))) {
        files.add(f);
      }
    }
    files.add(RunJson.FILE);
    html.append("<footer>Made by kamsim ").append(escape(EngineVersion.get()))
        .append(" from the files of this directory (").append(escape(String.join(", ", files)))
        .append("). Re-render with <code>kamsim report DIR</code>.</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  // ---------------------------------------------------------------------------------------------------

  private void header(String title) {
    html.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">");
    if (sim != null) {
      html.append(Amounts.count(accounts.rowCount())).append(" accounts with ").append(Amounts.money(revenueToday))
          .append(" of annual revenue today &middot; ").append(months).append(" months simulated &middot; ")
          .append(Amounts.count(s.trials())).append(" simulated futures (trials), seed ").append(s.seed());
    } else {
      html.append("Optimisation of the key-account plan");
      d.search().planAccounts().ifPresent(t -> html.append(" &middot; ").append(Amounts.count(t.rowCount()))
          .append(" accounts with ").append(Amounts.money(t.doubleColumn("revenue_today").sum()))
          .append(" of annual revenue today"));
      chosen.validationTrials().ifPresent(n -> html.append(" &middot; ").append(Amounts.count(n))
          .append(" validation trials"));
      chosen.seed().ifPresent(v -> html.append(", seed ").append(v));
    }
    html.append(" &middot; amounts in the portfolio&#39;s currency</p>\n<nav class=\"toc\">");
    List<String[]> sections = new ArrayList<>();
    sections.add(new String[] {"headline", "At a glance"});
    if (sim != null) {
      sections.addAll(List.of(new String[] {"time", "Over time"}, new String[] {"outcomes", "Range of outcomes"},
          new String[] {"concentration", "Where the risk sits"}, new String[] {"plan", "The KAM plan"}));
    }
    if (d.search().isPresent()) {
      sections.add(new String[] {"optimisation", "Optimisation"});
    }
    if (sim != null) {
      sections.add(new String[] {"accounts", "Accounts"});
    }
    sections.addAll(List.of(new String[] {"inputs", "Inputs"}, new String[] {"provenance", "Provenance"},
        new String[] {"glossary", "Glossary"}));
    for (String[] section : sections) {
      html.append("<a href=\"#").append(section[0]).append("\">").append(section[1]).append("</a>");
    }
    html.append("</nav>\n</header>\n");
  }

  private void headline() {
    double runRate = revenueToday * months / 12;
    html.append("<section id=\"headline\">\n<h2>At a glance</h2>\n<p class=\"lead\">What ")
        .append(Amounts.count(s.trials())).append(" simulated futures of the next ").append(months)
        .append(" months say about this portfolio under the KAM plan.</p>\n<div class=\"cards\">\n");

    card("", "Expected revenue, " + months + " months", figure("revenue.mean", s.revenue().mean()),
        escape("half of the futures below " + Amounts.money(s.revenue().p50())),
        "Average total revenue over the next " + months + " months. At today's run-rate the same period "
            + "would bring " + Amounts.money(runRate) + ".");
    card("", "Expected profit, " + months + " months", figure("profit.mean", s.profit().mean()),
        escape("in the worst 5% of futures at most " + Amounts.money(s.profit().p05())),
        "Average total profit after margin, cost to serve, program overhead, discounts and KAM salaries.");
    double rar = s.revenueAtRisk().var95();
    card("risk", "Revenue at risk (RaR 95%)", figure("revenue_at_risk.var95", rar),
        escape("expected shortfall (ES 95%): " + Amounts.money(s.revenueAtRisk().es95())),
        "In the worst 5% of outcomes, revenue over " + months + " months falls at least " + Amounts.money(rar)
            + " below its expected value, to " + Amounts.money(s.revenue().mean() - rar)
            + " or less; on average across those outcomes it falls " + Amounts.money(s.revenueAtRisk().es95())
            + " short.");
    double p = s.probabilityBelowSurvival();
    card(p >= 0.05 ? "bad" : "risk", "Chance of breaching the survival threshold",
        figure("survival.probability_below", p, Amounts.probability(p)),
        escape("threshold " + Amounts.percent(s.survivalThreshold(), 0) + " of today's run-rate"),
        "Chance that revenue over " + months + " months ends below " + Amounts.percent(s.survivalThreshold(), 0)
            + " of today's run-rate, that is below " + Amounts.money(s.survivalRevenue()) + ".");

    PlanValue plan = s.plan();
    boolean statusQuo = isStatusQuo();
    Unit unit = Unit.of(plan.incrementalProfitMean());
    String cls = statusQuo ? "" : plan.incrementalProfitCi95Low() > 0 ? "good"
        : plan.incrementalProfitCi95High() < 0 ? "bad" : "";
    String interval = "95% interval " + figure("plan.incremental_profit_ci95.0", plan.incrementalProfitCi95Low(),
        unit.number(plan.incrementalProfitCi95Low())) + " to "
        + figure("plan.incremental_profit_ci95.1", plan.incrementalProfitCi95High(),
        unit.text(plan.incrementalProfitCi95High()));
    card(cls, "Extra profit of the KAM plan",
        figure("plan.incremental_profit_mean", plan.incrementalProfitMean(), unit.text(plan.incrementalProfitMean())),
        interval, planSentence());
    String payback = plan.paybackMonth().isPresent() ? "Month " + plan.paybackMonth().getAsInt() : "None";
    String paybackValue = plan.paybackMonth().isPresent() ? Integer.toString(plan.paybackMonth().getAsInt()) : "";
    card("", "Payback of the plan",
        figure(SummaryJson.FILE, "plan.payback_month", paybackValue, payback),
        escape("program cost " + Amounts.money(plan.programCostMean()) + " over " + months + " months"),
        plan.paybackMonth().isPresent()
            ? "From month " + plan.paybackMonth().getAsInt() + " on, the plan's cumulative extra profit over "
                + "the status quo stays positive."
            : statusQuo ? "The plan is the status quo: there is nothing to pay back."
            : "The plan's cumulative extra profit does not turn positive for good within the " + months
                + " months simulated.");
    html.append("</div>\n<ul class=\"story\">\n");
    SummaryFigures.Concentration c = s.concentration();
    html.append("<li><strong>Concentration.</strong> The largest account brings ")
        .append(Amounts.percent(c.top1Share(), 1)).append(" of today's revenue and the five largest ")
        .append(Amounts.percent(c.top5Share(), 1)).append(" (HHI ").append(Amounts.decimal(c.hhi(), 3));
    if (c.hhi() > 0) {
      html.append(": as concentrated as ").append(Amounts.decimal(1 / c.hhi(), 0)).append(" equal accounts");
    }
    html.append(").</li>\n");
    List<Integer> drivers = tailDrivers(3);
    if (!drivers.isEmpty()) {
      html.append("<li><strong>Where the worst outcomes come from.</strong> The shortfall in the worst 5% of ")
          .append("futures comes most from ");
      List<String> parts = new ArrayList<>();
      for (int i : drivers) {
        parts.add(accountName(i) + " (" + Amounts.percent(accounts.doubleColumn("es95_contribution").getDouble(i)
            / totalEs, 1) + ")");
      }
      html.append(joinAnd(parts)).append("; the five largest contributors explain ")
          .append(Amounts.percent(tailShare(5), 0)).append(" of it.</li>\n");
    }
    html.append("<li><strong>Accounts lost.</strong> On average ").append(Amounts.decimal(s.accountsLostMean(), 1))
        .append(" of the ").append(Amounts.count(accounts.rowCount())).append(" accounts are lost within ")
        .append(months).append(" months; in 1 future in 20, ").append(Amounts.decimal(s.accountsLostP95(), 0))
        .append(" or more.</li>\n");
    html.append("<li><strong>The plan.</strong> ").append(escape(planMembership())).append("</li>\n");
    html.append("</ul>\n</section>\n");
  }

  private void time() {
    html.append("<section id=\"time\">\n<h2>Revenue over time</h2>\n");
    chart(ReportCharts.FAN, "Each month, the light band holds 90% of the simulated futures and the dark band "
        + "the middle 50%; the solid line is the median month and the dashed line the mean, which the few "
        + "very good futures pull above the median. The orange line is the median of the status quo (today's "
        + "key accounts and KAMs) on the same futures. A band that widens with time means the future gets "
        + "less certain the further out it is.");
    html.append("</section>\n");
  }

  private void outcomes() {
    html.append("<section id=\"outcomes\">\n<h2>Range of outcomes</h2>\n<p>Totals over the ").append(months)
        .append(" months, one per simulated future. The red bars are the worst 5% of futures; VaR 95% ")
        .append("marks where they begin and ES 95% their average.</p>\n");
    chart(ReportCharts.REVENUE, "Expected revenue is " + Amounts.money(s.revenue().mean()) + ". One future in "
        + "20 ends below " + Amounts.money(s.revenue().mean() - s.revenueAtRisk().var95())
        + " (VaR 95%: " + Amounts.money(s.revenueAtRisk().var95()) + " below the mean); those worst futures "
        + "average " + Amounts.money(s.revenue().mean() - s.revenueAtRisk().es95()) + " (ES 95%: "
        + Amounts.money(s.revenueAtRisk().es95()) + " below the mean). One in 100 ends below "
        + Amounts.money(s.revenue().p01()) + ".");
    chart(ReportCharts.PROFIT, "Expected profit is " + Amounts.money(s.profit().mean()) + ". One future in "
        + "20 ends below " + Amounts.money(s.profit().mean() - s.profitAtRisk().var95())
        + " (VaR 95%: " + Amounts.money(s.profitAtRisk().var95()) + " below the mean); those worst futures "
        + "average " + Amounts.money(s.profit().mean() - s.profitAtRisk().es95()) + ".");
    chart(ReportCharts.LOST, "How many accounts the portfolio loses (churned or lost by a scenario event) "
        + "within the horizon: " + Amounts.decimal(s.accountsLostMean(), 1) + " on average, "
        + Amounts.decimal(s.accountsLostP95(), 0) + " or more in 1 future in 20. A wide, lopsided spread "
        + "means accounts tend to leave together: bad economic times hit many at once.");
    html.append("</section>\n");
  }

  private void concentration() {
    html.append("<section id=\"concentration\">\n<h2>Where the risk sits</h2>\n");
    SummaryFigures.Concentration c = s.concentration();
    chart(ReportCharts.LORENZ, "Accounts are lined up from the smallest to the largest; the curve shows "
        + "what share of revenue the first x% of them bring. The largest account alone brings "
        + Amounts.percent(c.top1Share(), 1) + " and the five largest " + Amounts.percent(c.top5Share(), 1)
        + " of today's revenue. The Herfindahl-Hirschman index (HHI, the sum of squared shares) is "
        + Amounts.decimal(c.hhi(), 3) + "; the Gini coefficient " + Amounts.decimal(c.gini(), 2)
        + " (0: all accounts equal, 1: one account has everything).");
    chart(ReportCharts.PARETO, "The " + Math.min(ReportCharts.PARETO_ACCOUNTS, accounts.rowCount())
        + " largest accounts by revenue today (annual run-rate). Blue accounts are key today and stay key in "
        + "the plan; orange ones are key today but left out of the plan (such a demoted account churns more); "
        + "green ones become key under the plan. The dotted line adds up their share of total revenue.");
    if (charts.containsKey(ReportCharts.TAIL)) {
      List<Integer> top = tailDrivers(1);
      String first = top.isEmpty() ? "" : " The largest, " + accountName(top.get(0)) + ", accounts for "
          + Amounts.percent(accounts.doubleColumn("es95_contribution").getDouble(top.get(0))
              / totalEs, 1) + " of the shortfall.";
      chart(ReportCharts.TAIL, "Red: each account's part of the revenue shortfall in the worst 5% of futures "
          + "(its contribution to ES 95% of revenue; the parts add up to 100%). Grey: its share of today's "
          + "revenue. An account whose red bar is longer than its grey bar weighs more on the bad futures "
          + "than on an average one: it is large and likely to be lost when things go wrong." + first);
    }
    html.append("</section>\n");
  }

  private void plan() {
    PlanValue p = s.plan();
    html.append("<section id=\"plan\">\n<h2>The KAM plan</h2>\n<p>").append(escape(planMembership()))
        .append("</p>\n<p>").append(escape(planSentence())).append("</p>\n");
    chart(ReportCharts.PLAN_VALUE, "The bars are the mean extra profit of each month (plan minus status quo "
        + "on the same simulated future), the line their running total. The program costs first (KAM salaries, "
        + "overhead per key account, discounts) and earns later, as lower churn and higher growth build up over "
        + "the ramp-up. " + (p.paybackMonth().isPresent()
            ? "The line stays above zero from month " + p.paybackMonth().getAsInt() + ": the payback month."
            : "The line does not stay above zero within the horizon: no payback."));
    Set<String> plan = new LinkedHashSet<>(p.keyAccounts());
    Set<String> today = new LinkedHashSet<>(s.statusQuo().keyAccounts());
    List<String> added = p.keyAccounts().stream().filter(id -> !today.contains(id)).toList();
    List<String> dropped = s.statusQuo().keyAccounts().stream().filter(id -> !plan.contains(id)).toList();
    html.append("<dl class=\"facts\">\n");
    fact("Key accounts in the plan", idList(p.keyAccounts()));
    fact("Added to today's key set", added.isEmpty() ? "none" : idList(added));
    fact("Dropped from today's key set", dropped.isEmpty() ? "none" : idList(dropped));
    fact("KAMs", p.kams() + " in the plan, " + p.statusQuoKams() + " in the status quo");
    fact("Program cost, mean", Amounts.money(p.programCostMean()) + " over " + months + " months");
    html.append("</dl>\n</section>\n");
  }

  /** The headline of a directory with the optimiser's results only. */
  private void searchHeadline() {
    Chosen c = chosen;
    html.append("<section id=\"headline\">\n<h2>At a glance</h2>\n<p class=\"lead\">Which accounts to make key ")
        .append("and how many key account managers (KAMs) to staff, as chosen by the optimiser")
        .append(c.validationTrials().isPresent() ? " and checked on " + Amounts.count(c.validationTrials().getAsLong())
            + " fresh simulated futures" : "").append(".</p>\n<div class=\"cards\">\n");
    card("", "Optimised plan", figure(PlanSearch.PLAN_JSON, "headcount", Integer.toString(c.headcount()),
            c.key().size() + " key accounts, " + c.headcount() + (c.headcount() == 1 ? " KAM" : " KAMs")),
        escape(objective.what()) + ": " + figure(PlanSearch.PLAN_JSON, "objective.value",
            Double.toString(c.objective().value()), objective.text(c.objective().value())),
        "The key set and KAM headcount with the best " + objective.what() + " the search found. "
            + (c.key().isEmpty() ? "" : "Key accounts: " + String.join(", ", c.key().subList(0,
                Math.min(8, c.key().size()))) + (c.key().size() > 8 ? ", ..." : "") + "."));
    Figures f = c.figures();
    if (Double.isFinite(f.meanProfit())) {
      card("", "Expected profit", figure(PlanSearch.PLAN_JSON, "figures.mean_profit",
              Double.toString(f.meanProfit()), Amounts.money(f.meanProfit())),
          Double.isFinite(f.profitStderr()) ? escape("standard error " + Amounts.money(f.profitStderr())) : "",
          "Average total profit of the optimised plan over the horizon, KAM salaries included.");
    }
    if (Double.isFinite(f.es95Profit())) {
      card("risk", "Profit at risk (ES 95%)", figure(PlanSearch.PLAN_JSON, "figures.es95_profit",
              Double.toString(f.es95Profit()), Amounts.money(f.es95Profit())),
          "expected shortfall of profit",
          "In the worst 5% of futures, profit falls on average this far below its expected value.");
    }
    if (Double.isFinite(f.probabilityBelowSurvival())) {
      double p = f.probabilityBelowSurvival();
      card(p >= 0.05 ? "bad" : "risk", "Chance of breaching the survival threshold",
          figure(PlanSearch.PLAN_JSON, "figures.probability_below_survival", Double.toString(p),
              Amounts.probability(p)),
          Double.isFinite(f.meanRevenue()) ? escape("expected revenue " + Amounts.money(f.meanRevenue())) : "",
          "Chance that revenue over the horizon ends below the scenario's survival threshold under this plan.");
    }
    for (int i = 0; i < c.baselines().size(); i++) {
      PlanSearch.Baseline b = c.baselines().get(i);
      PlanSearch.Advantage a = b.advantage();
      String path = "baselines." + i + ".advantage.";
      card(a.ci95Low() > 0 ? "good" : a.ci95High() < 0 ? "bad" : "", "Against " + b.name(),
          figure(PlanSearch.PLAN_JSON, path + "value", Double.toString(a.value()),
              signed(objective.difference(a.value()))),
          "95% interval " + figure(PlanSearch.PLAN_JSON, path + "ci95.0", Double.toString(a.ci95Low()),
              objective.difference(a.ci95Low())) + " to " + figure(PlanSearch.PLAN_JSON, path + "ci95.1",
              Double.toString(a.ci95High()), objective.difference(a.ci95High())),
          verdict(b));
    }
    html.append("</div>\n</section>\n");
  }

  private void search() {
    PlanSearch search = d.search();
    if (!search.isPresent()) {
      return;
    }
    html.append("<section id=\"optimisation\">\n<h2>Optimisation</h2>\n");
    if (chosen != null) {
      Chosen c = chosen;
      html.append("<p>The optimiser chose <strong>").append(c.key().size()).append(" key accounts with ")
          .append(c.headcount()).append(c.headcount() == 1 ? " KAM" : " KAMs").append("</strong>. ")
          .append(escape(objective.label())).append(": ").append(escape(objective.text(c.objective().value())))
          .append(" (standard error ").append(escape(objective.difference(c.objective().stderr()))).append(")");
      if (c.validationTrials().isPresent()) {
        html.append(", measured on ").append(Amounts.count(c.validationTrials().getAsLong()))
            .append(" fresh validation trials");
      }
      html.append(".");
      if (Double.isFinite(c.figures().meanProfit())) {
        html.append(" Mean profit ").append(Amounts.money(c.figures().meanProfit()));
        if (Double.isFinite(c.figures().es95Profit())) {
          html.append(", ES 95% of profit ").append(Amounts.money(c.figures().es95Profit()));
        }
        html.append(".");
      }
      html.append("</p>\n");
      if (!c.baselines().isEmpty()) {
        html.append("<ul class=\"story\">\n");
        for (PlanSearch.Baseline b : c.baselines()) {
          html.append("<li>").append(escape(verdict(b))).append("</li>\n");
        }
        html.append("</ul>\n");
      }
      ReportTables.baselines(c).ifPresent(t -> {
        Format money = objectiveFormat();
        Format diff = differenceFormat();
        html.append(HtmlTable.render(t, List.of(
            Col.of("plan", "Plan", Format.TEXT),
            Col.of("key_accounts", "Key accounts", Format.COUNT),
            Col.of("kams", "KAMs", Format.COUNT),
            Col.of("objective", "Objective", money, objective.what()),
            Col.of("objective_stderr", "Std. error", diff),
            Col.of("mean_profit", "Mean profit", Format.WHOLE),
            Col.of("es95_profit", "ES 95% of profit", Format.WHOLE),
            Col.of("advantage", "Optimised minus this", diff,
                "Paired difference in the objective on the same validation trials"),
            Col.of("advantage_ci95_low", "95% low", diff),
            Col.of("advantage_ci95_high", "95% high", diff)), null, null));
      });
    }
    chart(ReportCharts.BASELINES, "Each row compares the optimised plan with one baseline on the same "
        + "validation trials; the dot is the difference in the objective and the whiskers its 95% interval. "
        + "Whiskers entirely right of zero: the optimised plan is better beyond simulation noise.");
    chart(ReportCharts.STAFFING, "Top: the objective of the best plan the optimiser found for each KAM "
        + "headcount, with 95% intervals. Bottom: what one more KAM adds to the objective (the difference from "
        + "the headcount before, paired on the same trials). Where the bottom points fall to zero, more KAMs "
        + "no longer pay for themselves.");
    search.staffing().ifPresent(t -> {
      Format money = objectiveFormat();
      Format diff = differenceFormat();
      html.append(HtmlTable.render(t, List.of(
          Col.of("headcount", "KAMs", Format.COUNT),
          Col.of("key_accounts", "Key accounts", Format.COUNT),
          Col.of("load", "Load", Format.SCORE, "Complexity units the key set takes"),
          Col.of("capacity", "Capacity", Format.SCORE, "Complexity units the KAMs can carry"),
          Col.of("objective", "Objective", money, objective.what()),
          Col.of("objective_stderr", "Std. error", diff),
          Col.of("mean_profit", "Mean profit", Format.WHOLE),
          Col.of("es95_profit", "ES 95% of profit", Format.WHOLE),
          Col.of("marginal_objective", "One more KAM adds", diff),
          Col.of("marginal_ci95_low", "95% low", diff),
          Col.of("marginal_ci95_high", "95% high", diff)), null, null));
    });
    chart(ReportCharts.FRONTIER, "Each point is one plan found by the search: up is more profit on average, "
        + "left is less risk (a smaller expected shortfall of profit in the worst 5% of futures). Plans on the "
        + "upper-left edge are the efficient ones; the red ring marks the chosen plan.");
    chart(ReportCharts.CONVERGENCE, "The best objective found so far by each generation of the genetic "
        + "search, first over key set and headcount together, then for each headcount. Flat lines at the end "
        + "mean the search had settled.");
    search.planAccounts().ifPresent(t -> {
      html.append("<h3>Accounts in and out of the optimised plan</h3>\n<p class=\"note\">Accounts key today or "
          + "in the optimised plan, in-plan first, by incremental value (the mean profit the account adds by being "
          + "key).</p>\n");
      html.append(HtmlTable.render(ReportTables.planAccounts(t), List.of(
          Col.of("id", "Account", Format.TEXT),
          Col.of("name", "Name", Format.TEXT),
          Col.of("segment", "Segment", Format.TEXT),
          Col.of("region", "Region", Format.TEXT),
          Col.of("revenue_today", "Revenue today", Format.WHOLE),
          Col.of("score", "Score", Format.SCORE),
          Col.of("key_today", "Key today", Format.YES_NO),
          Col.of("key_in_plan", "Key in plan", Format.YES_NO),
          Col.of("incremental_value", "Incremental value", Format.WHOLE)), null, null));
      if (sim == null) {
        for (String by : List.of("segment", "region")) {
          html.append("<h3>Key accounts by ").append(by).append("</h3>\n");
          html.append(HtmlTable.render(ReportTables.planByGroup(t, by), List.of(
              Col.of(by, by.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + by.substring(1), Format.TEXT),
              Col.of("accounts", "Accounts", Format.COUNT),
              Col.of("revenue_today", "Revenue today", Format.WHOLE),
              Col.of("share_today", "Share", Format.PERCENT),
              Col.of("key_today", "Key today", Format.COUNT),
              Col.of("key_in_plan", "Key in plan", Format.COUNT),
              Col.of("incremental_value", "Value of its key accounts", Format.WHOLE,
                  "Sum of the incremental values of the group's accounts in the plan")),
              ReportTables.planTotal(t, by), null));
        }
      }
    });
    html.append("</section>\n");
  }

  /** How the optimised plan compares with a baseline, in a sentence. */
  private String verdict(PlanSearch.Baseline b) {
    PlanSearch.Advantage a = b.advantage();
    String against = b.name() + " (" + b.key().size() + " key accounts, " + b.headcount()
        + (b.headcount() == 1 ? " KAM" : " KAMs") + ")";
    String interval = " (95% interval " + objective.difference(a.ci95Low()) + " to "
        + objective.difference(a.ci95High()) + ")";
    if (a.ci95Low() > 0) {
      return "Against " + against + ", the optimised plan is better by " + objective.difference(a.value())
          + interval + ".";
    }
    if (a.ci95High() < 0) {
      return "Against " + against + ", the optimised plan is worse by " + objective.difference(-a.value())
          + interval + ".";
    }
    return "Against " + against + ", the difference of " + objective.difference(a.value())
        + " cannot be told apart from zero with these trials" + interval + ".";
  }

  private static String signed(String text) {
    return text.startsWith(String.valueOf(Amounts.MINUS)) ? text : "+" + text;
  }

  private void tables() {
    html.append("<section id=\"accounts\">\n<h2>Accounts</h2>\n<h3>The ")
        .append(Math.min(ReportTables.TOP_ACCOUNTS, accounts.rowCount()))
        .append(" largest accounts</h3>\n<p class=\"note\">Revenue today is the annual run-rate. P(lost) is the ")
        .append("probability that the account is lost within ").append(months).append(" months under the plan; ")
        .append("expected revenue is its mean total over the horizon; share of ES 95% is its part of the ")
        .append("revenue shortfall in the worst 5% of futures.</p>\n");
    html.append(HtmlTable.render(ReportTables.topAccounts(accounts, ReportTables.TOP_ACCOUNTS), List.of(
        Col.of("rank", "#", Format.COUNT),
        Col.of("account", "Account", Format.TEXT),
        Col.of("segment", "Segment", Format.TEXT),
        Col.of("region", "Region", Format.TEXT),
        Col.of("revenue_today", "Revenue today", Format.WHOLE),
        Col.of("share_today", "Share", Format.PERCENT, "Share of today's total revenue"),
        Col.of("score", "Score", Format.SCORE, "Weighted score of the scoring matrix (1-10)"),
        Col.of("key_today", "Key today", Format.YES_NO),
        Col.of("key_in_plan", "Key in plan", Format.YES_NO),
        Col.of("probability_lost", "P(lost)", Format.PROBABILITY,
            "Probability that the account is lost within the horizon"),
        Col.of("expected_revenue", "Expected revenue", Format.WHOLE, "Mean total revenue over the horizon"),
        Col.of("es95_contribution_share", "Share of ES 95%", Format.PERCENT,
            "Part of the revenue shortfall in the worst 5% of futures")), null, "accounts"));
    for (String by : List.of("segment", "region")) {
      String header = by.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + by.substring(1);
      html.append("<h3>By ").append(by).append("</h3>\n");
      html.append(HtmlTable.render(ReportTables.byGroup(accounts, by), List.of(
          Col.of(by, header, Format.TEXT),
          Col.of("accounts", "Accounts", Format.COUNT),
          Col.of("revenue_today", "Revenue today", Format.WHOLE),
          Col.of("share_today", "Share", Format.PERCENT),
          Col.of("key_today", "Key today", Format.COUNT),
          Col.of("key_in_plan", "Key in plan", Format.COUNT),
          Col.of("expected_revenue", "Expected revenue", Format.WHOLE, "Mean total revenue over the horizon"),
          Col.of("probability_lost_weighted", "P(lost), weighted", Format.PROBABILITY,
              "Probability of loss weighted by revenue today: the share of today's revenue expected to be lost"),
          Col.of("es95_contribution", "ES 95% contribution", Format.WHOLE,
              "Part of the revenue shortfall in the worst 5% of futures"),
          Col.of("es95_share", "Share of ES 95%", Format.PERCENT)),
          ReportTables.total(accounts, by).withName(by), null));
    }
    html.append("</section>\n");
  }

  private void inputs() {
    html.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n");
    html.append("<dl class=\"facts\">\n");
    fact("Scenario", escape(d.scenarioName()));
    if (sim == null) {
      if (chosen != null) {
        fact("Objective", escape(objective.what()) + " (" + escape(chosen.objective().name()) + ")");
        chosen.searchTrials().ifPresent(v -> fact("Search trials", Amounts.count(v)));
        chosen.validationTrials().ifPresent(v -> fact("Validation trials", Amounts.count(v)));
        chosen.seed().ifPresent(v -> fact("Seed", Long.toString(v)));
      }
    } else {
      simulationInputs();
    }
    html.append("</dl>\n");
    scenarioCopy();
    html.append("</section>\n");
  }

  private void simulationInputs() {
    fact("Horizon", months + " months");
    fact("Trials", Amounts.count(s.trials()) + " (as run, after any --trials)");
    fact("Seed", s.seed() + " (as run, after any --seed)");
    fact("Survival threshold", Amounts.percent(s.survivalThreshold(), 0) + " of today's run-rate = "
        + Amounts.money(s.survivalRevenue()) + " over " + months + " months");
    fact("Plan", s.plan().keyAccounts().size() + " key accounts, " + s.plan().kams() + " KAMs");
    fact("Status quo", s.statusQuo().keyAccounts().size() + " key accounts, " + s.statusQuo().kams() + " KAMs");
  }

  private void scenarioCopy() {
    if (d.scenarioText().isEmpty()) {
      html.append("<p class=\"note\">The scenario file was not saved with these results ")
          .append("(scenario.yaml is missing).</p>\n");
    } else {
      String text = d.scenarioText().get();
      ScenarioCopy.settings(text).ifPresentOrElse(settings -> {
        html.append("<h3>Settings as written in the scenario</h3>\n<p class=\"note\">Settings the file leaves out ")
            .append("take their defaults; see the scenario reference.</p>\n")
            .append("<div class=\"table-wrap\"><table class=\"settings\">")
            .append("<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (ScenarioCopy.Setting st : settings) {
          html.append("<tr><td><code>").append(escape(st.name())).append("</code></td><td>");
          for (ScenarioCopy.Entry e : st.entries()) {
            html.append(e.key() == null ? "<span class=\"kv\">"
                    : "<span class=\"kv\"><code>" + escape(e.key()) + "</code> ")
                .append(escape(e.value())).append("</span>");
          }
          html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
      }, () -> html.append("<p class=\"note\">The saved scenario.yaml could not be read as YAML; ")
          .append("it is shown as is.</p>\n"));
      html.append("<h3>scenario.yaml</h3>\n<p class=\"note\">The scenario file as it was run, saved with ")
          .append("the results.</p>\n<pre>")
          .append(escape(text)).append("</pre>\n");
    }
  }

  private void provenance() {
    Provenance p = d.provenance();
    html.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl class=\"facts\">\n");
    fact("Engine version", escape(p.engineVersion()));
    fact("Seed", Long.toString(p.seed()));
    fact("Trials", Amounts.count(p.trials()));
    fact("Scenario file", p.scenarioFile() == null ? "none (built in code)"
        : "<code>" + escape(p.scenarioFile()) + "</code>");
    String sha = p.scenarioSha256() == null ? "none" : "<code>" + escape(p.scenarioSha256()) + "</code>";
    if (p.scenarioSha256() != null && d.scenarioSha256().isPresent()) {
      sha += d.scenarioSha256().get().equals(p.scenarioSha256())
          ? " <span class=\"good-text\">(scenario.yaml matches)</span>"
          : " <span class=\"bad-text\">(scenario.yaml differs: it was edited after the run)</span>";
    }
    fact("Scenario SHA-256", sha);
    if (p.startedAt() != null) {
      fact("Started", escape(p.startedAt()));
    }
    if (Double.isFinite(p.durationSeconds())) {
      fact("Simulation time", Amounts.decimal(p.durationSeconds(), 1) + " s"
          + (p.threads() > 0 ? " on " + p.threads() + (p.threads() == 1 ? " thread" : " threads") : ""));
    }
    if (p.javaVersion() != null) {
      fact("Java", escape(p.javaVersion()));
    }
    if (!p.command().isEmpty()) {
      fact("Command", "<code>" + escape(String.join(" ", p.command())) + "</code>");
    }
    d.search().plan().ifPresent(c -> {
      c.seed().ifPresent(v -> fact("Optimiser seed", Long.toString(v)));
      c.searchTrials().ifPresent(v -> fact("Optimiser search trials", Amounts.count(v)));
      c.validationTrials().ifPresent(v -> fact("Optimiser validation trials", Amounts.count(v)));
      c.validationSeed().ifPresent(v -> fact("Optimiser validation seed", Long.toString(v)));
      c.evaluations().ifPresent(v -> fact("Optimiser evaluations", Amounts.count(v)));
    });
    html.append("</dl>\n<p class=\"note\">The same engine version, scenario and seed give identical results, ")
        .append("whatever the number of threads.</p>\n</section>\n");
  }

  private void glossary() {
    html.append("<section id=\"glossary\">\n<h2>Glossary</h2>\n<dl class=\"glossary\">\n");
    term("Trial, simulated future", "One run of the horizon with its own economy, churn and growth; the "
        + "figures are averages or percentiles over many of them.");
    term("Revenue at risk (RaR, VaR 95%)", "How far below the expected value revenue falls in the worst 5% of "
        + "futures: the mean minus the 5th percentile.");
    term("Expected shortfall (ES 95%)", "How far below the expected value revenue falls on average in the worst "
        + "5% of futures: the mean minus the average of the worst 5%. Always at least the VaR.");
    term("Survival threshold", "A floor for revenue over the horizon, as a share of today's run-rate; the report "
        + "gives the chance of ending below it.");
    term("Key account, KAM", "An account covered by the key-account-management program, served by a key "
        + "account manager (KAM). The program lowers churn and raises growth, and costs KAM salaries, overhead "
        + "and discounts.");
    term("Status quo", "Today's key accounts with today's KAM headcount: what the plan is compared with, on the "
        + "same simulated futures.");
    term("HHI", "Herfindahl-Hirschman index: the sum of the squared revenue shares. 1/HHI is the number of "
        + "equal-sized accounts that would be as concentrated.");
    term("95% interval", "The range that holds the true value with 95% probability given the simulation noise; "
        + "more trials make it narrower.");
    html.append("</dl>\n</section>\n");
  }

  // ---------------------------------------------------------------------------------------------------

  /**
   * A headline card. {@code bigHtml} and {@code subHtml} are HTML (they carry figures' data attributes; their
   * text must be escaped by the caller); {@code label} and {@code text} are plain text.
   */
  private void card(String cls, String label, String bigHtml, String subHtml, String text) {
    html.append("<div class=\"card").append(cls.isEmpty() ? "" : " " + cls).append("\">\n<h3>")
        .append(escape(label)).append("</h3>\n<span class=\"big\">").append(bigHtml).append("</span>\n")
        .append("<span class=\"sub\">").append(subHtml).append("</span>\n<p>")
        .append(escape(text)).append("</p>\n</div>\n");
  }

  /** A headline money figure of summary.json with its raw value and JSON path. */
  private static String figure(String path, double value) {
    return figure(path, value, Amounts.money(value));
  }

  private static String figure(String path, double value, String shown) {
    return figure(SummaryJson.FILE, path, Double.toString(value), shown);
  }

  /**
   * A figure that a script can check against its file: {@code data-file}, {@code data-figure} (the JSON
   * path) and {@code data-value} (the raw value, empty for null).
   */
  private static String figure(String file, String path, String value, String shown) {
    return "<span data-file=\"" + escape(file) + "\" data-figure=\"" + escape(path) + "\" data-value=\""
        + escape(value) + "\">" + escape(shown) + "</span>";
  }

  /** How the optimiser's objective is shown in tables: money, or a probability. */
  private Format objectiveFormat() {
    return objective.money() ? Format.WHOLE : Format.PROBABILITY;
  }

  /** How differences of the objective are shown: money, or percentage points. */
  private Format differenceFormat() {
    return objective.money() ? Format.WHOLE : Format.POINTS;
  }

  private void chart(String name, String caption) {
    Rendered r = charts.get(name);
    if (r == null) {
      return;
    }
    String data = Base64.getEncoder().encodeToString(r.svg().getBytes(StandardCharsets.UTF_8));
    html.append("<figure id=\"chart-").append(name).append("\">\n<img src=\"data:image/svg+xml;base64,")
        .append(data).append("\" width=\"").append(r.width()).append("\" height=\"").append(r.height())
        .append("\" alt=\"").append(escape(r.title())).append("\">\n<figcaption>").append(escape(caption))
        .append("<span class=\"files\">Also as <a href=\"charts/").append(name).append(".png\">charts/")
        .append(name).append(".png</a> and <a href=\"charts/").append(name).append(".svg\">.svg</a></span>")
        .append("</figcaption>\n</figure>\n");
  }

  private void fact(String term, String valueHtml) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
  }

  private void term(String term, String text) {
    html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(text)).append("</dd>\n");
  }

  private boolean isStatusQuo() {
    return new LinkedHashSet<>(s.plan().keyAccounts()).equals(new LinkedHashSet<>(s.statusQuo().keyAccounts()))
        && s.plan().kams() == s.statusQuo().kams();
  }

  /** What the plan changes in the key set and the staffing. */
  private String planMembership() {
    PlanValue p = s.plan();
    Set<String> today = new LinkedHashSet<>(s.statusQuo().keyAccounts());
    Set<String> plan = new LinkedHashSet<>(p.keyAccounts());
    long added = plan.stream().filter(id -> !today.contains(id)).count();
    long dropped = today.stream().filter(id -> !plan.contains(id)).count();
    String text = "The plan covers " + p.keyAccounts().size() + " key accounts with " + p.kams()
        + (p.kams() == 1 ? " KAM" : " KAMs") + "; today " + s.statusQuo().keyAccounts().size()
        + " accounts are key, with " + p.statusQuoKams() + (p.statusQuoKams() == 1 ? " KAM" : " KAMs")
        + " (the status quo).";
    if (added == 0 && dropped == 0) {
      return text + " The plan keeps exactly today's key accounts.";
    }
    return text + " It makes " + added + (added == 1 ? " account" : " accounts") + " key and drops " + dropped
        + " of today's.";
  }

  /** What the plan is worth, in words. */
  private String planSentence() {
    PlanValue p = s.plan();
    if (isStatusQuo()) {
      return "The plan is the status quo (today's key accounts and KAMs), so its extra profit is zero by "
          + "construction.";
    }
    Unit unit = Unit.of(p.incrementalProfitMean());
    String ci = unit.number(p.incrementalProfitCi95Low()) + " to " + unit.text(p.incrementalProfitCi95High());
    if (p.incrementalProfitCi95Low() > 0) {
      return "Compared with the status quo, the plan adds " + unit.text(p.incrementalProfitMean())
          + " of profit over " + months + " months on average (95% interval " + ci + ").";
    }
    if (p.incrementalProfitCi95High() < 0) {
      return "Compared with the status quo, the plan loses " + unit.text(-p.incrementalProfitMean())
          + " of profit over " + months + " months on average (95% interval " + ci
          + "): as specified, it costs more than it brings.";
    }
    return "Compared with the status quo, the plan changes profit over " + months + " months by "
        + unit.text(p.incrementalProfitMean()) + " on average, which these trials cannot tell apart from zero "
        + "(95% interval " + ci + ").";
  }

  /** Rows of the accounts with the largest ES95 contributions, at most {@code count}, only positive ones. */
  private List<Integer> tailDrivers(int count) {
    if (!(totalEs > 0)) {
      return List.of();
    }
    DoubleColumn es = accounts.doubleColumn("es95_contribution");
    List<Integer> rows = new ArrayList<>();
    for (int i : byEsContribution) {
      if (rows.size() == count || !(es.getDouble(i) > 0)) {
        break;
      }
      rows.add(i);
    }
    return rows;
  }

  private double tailShare(int count) {
    DoubleColumn es = accounts.doubleColumn("es95_contribution");
    double sum = 0;
    for (int r = 0; r < Math.min(count, byEsContribution.length); r++) {
      sum += es.getDouble(byEsContribution[r]);
    }
    return sum / totalEs;
  }

  private String accountName(int row) {
    return ReportTables.accountName(accounts, row);
  }

  private String idList(List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      String name = names.getOrDefault(id, "");
      parts.add(escape(id) + (name.isEmpty() ? "" : " <span class=\"note\">" + escape(name) + "</span>"));
    }
    return String.join(", ", parts);
  }

  private static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return escape(String.join("", parts));
    }
    return escape(String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1));
  }
}
