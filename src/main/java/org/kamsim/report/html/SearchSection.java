package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Objective;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.html.HtmlTable.Col;
import org.kamsim.report.html.HtmlTable.Format;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.IntColumn;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.StaffingFile;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * "Optimisation": what the optimiser maximised and chose, the chosen plan against each baseline (in mean
 * profit and in the objective, each labelled), the staffing curve, the frontier, how the search went, and
 * the accounts in and out of the plan with the load and capacity that decided them.
 */
final class SearchSection {
  private SearchSection() {}

  static void render(Page page, SearchView s) {
    PlanSearch.Chosen c = s.chosen;
    ObjectiveText o = s.objective;
    page.append("<section id=\"optimisation\">\n<h2>Optimisation</h2>\n<p>");
    page.text("The optimiser maximises " + o.what() + " (objective " + o.name() + ")" + o.basis() + ". It chose ")
        .append("<strong>").text(Lists.count(c.key().size(), "key account", "key accounts") + " with "
            + Lists.count(c.headcount(), "KAM", "KAMs")).append("</strong>")
        .text(": objective " + o.value(c.objective().value()) + " (standard error " + o.difference(c.objective().stderr())
            + "), mean " + o.profit() + " " + Amounts.money(c.figures().meanProfit()) + ", and "
            + Amounts.money(c.figures().tailMeanProfit()) + " on average in the worst 5% of futures. "
            + "Every figure here is measured on "
            + Amounts.count(c.validationTrials()) + " fresh validation trials (seed " + c.validationSeed()
            + "), not on the " + Amounts.count(c.searchTrials()) + " trials the search used (seed " + c.seed() + ").")
        .append("</p>\n");
    List<String> verdicts = new ArrayList<>();
    for (PlanSearch.Baseline b : c.baselines()) {
      verdicts.add(verdict(b, o));
    }
    if (!verdicts.isEmpty()) {
      page.append("<ul class=\"story\">\n");
      for (String v : verdicts) {
        page.append("<li>").text(v).append("</li>\n");
      }
      page.append("</ul>\n");
    }
    Format objectiveFormat = o.money() ? Format.WHOLE : Format.PROBABILITY;
    Format difference = o.money() ? Format.WHOLE : Format.POINTS;
    page.append(HtmlTable.render(ReportTables.baselines(c), List.of(
        Col.of(ReportTables.PLAN, "Plan", Format.TEXT),
        Col.of(ReportTables.KEY_ACCOUNTS, "Key accounts", Format.COUNT),
        Col.of(ReportTables.KAMS, "KAMs", Format.COUNT),
        Col.of(ReportTables.MEAN_PROFIT, "Mean " + o.profit(), Format.WHOLE),
        Col.of(ReportTables.TAIL_MEAN_PROFIT, o.profitLabel() + ", worst 5%", Format.WHOLE,
            "Mean " + o.profit() + " of the worst 5% of futures"),
        Col.of(ReportTables.PROFIT_ADVANTAGE, "Optimised minus this, " + o.profit(), Format.WHOLE,
            "Paired difference in mean " + o.profit() + " on the same validation trials"),
        Col.of(ReportTables.PROFIT_ADVANTAGE_LOW, "95% low", Format.WHOLE),
        Col.of(ReportTables.PROFIT_ADVANTAGE_HIGH, "95% high", Format.WHOLE),
        Col.of(ReportTables.OBJECTIVE, "Objective", objectiveFormat, o.what()),
        Col.of(ReportTables.ADVANTAGE, "Optimised minus this, objective", difference,
            "Paired difference in the objective (" + o.what() + ")"),
        Col.of(ReportTables.ADVANTAGE_LOW, "95% low", difference),
        Col.of(ReportTables.ADVANTAGE_HIGH, "95% high", difference)), null, null));
    page.chart(s.view.chart(Charts.BASELINES), "Each row compares the optimised plan with one baseline on the "
        + "same validation trials: the dot is the paired difference, the whiskers its 95% interval; right of zero, "
        + "the optimised plan is better. " + (o.differsFromMeanProfit()
        ? "Blue: in mean " + o.profit() + "; orange: in the objective (" + o.what() + ")."
        : "In mean " + o.profit() + (o.money() ? ", which is the objective."
            : "; the objective's differences are in the table above.")));
    page.chart(s.view.chart(Charts.STAFFING), staffing(s));
    Table staffing = s.search.staffing();
    page.append(HtmlTable.render(staffing, List.of(
        Col.of(StaffingFile.HEADCOUNT, "KAMs", Format.COUNT),
        Col.of(StaffingFile.KEY_ACCOUNTS, "Key accounts", Format.COUNT),
        Col.of(StaffingFile.LOAD, "Load", Format.UNITS, "Complexity units the key set takes"),
        Col.of(StaffingFile.CAPACITY, "Capacity", Format.UNITS, "Complexity units the KAMs can carry"),
        Col.of(StaffingFile.MEAN_PROFIT, "Mean " + o.profit(), Format.WHOLE),
        Col.of(StaffingFile.TAIL_MEAN_PROFIT, o.profitLabel() + ", worst 5%", Format.WHOLE,
            "Mean " + o.profit() + " of the worst 5% of futures"),
        Col.of(StaffingFile.MARGINAL_PROFIT, "One more KAM adds, " + o.profit(), Format.WHOLE,
            "Paired difference in mean " + o.profit() + " from the best plan with one KAM fewer"),
        Col.of(StaffingFile.MARGINAL_PROFIT_CI95_LOW, "95% low", Format.WHOLE),
        Col.of(StaffingFile.MARGINAL_PROFIT_CI95_HIGH, "95% high", Format.WHOLE),
        Col.of(StaffingFile.OBJECTIVE, "Objective", objectiveFormat, o.what()),
        Col.of(StaffingFile.MARGINAL_OBJECTIVE, "One more KAM adds, objective", difference)), null, null));
    s.search.frontier().ifPresent(f -> page.chart(s.view.chart(Charts.FRONTIER), frontier(f, c, o)));
    page.chart(s.view.chart(Charts.CONVERGENCE), convergence(s));
    planAccounts(page, s);
    page.append("</section>\n");
  }

  /** How the optimised plan compares with a baseline, in a sentence. */
  static String verdict(PlanSearch.Baseline b, ObjectiveText o) {
    String against = b.name() + " (" + Lists.count(b.key().size(), "key account", "key accounts") + ", " + Lists.count(b.headcount(), "KAM", "KAMs")
        + ")";
    if (b.sameAsOptimised()) {
      return "The " + b.name() + " plan is the optimised plan itself: " + (b.name().equals("status-quo")
          ? "today's key accounts and headcount are already the best plan found."
          : "the " + b.name() + " rule already finds this optimum; the search confirmed it.");
    }
    String profit = significance(b.profitAdvantage(), Amounts::money) + " in mean " + o.profit();
    if (o.objective() == Objective.MEAN) {
      return "Against " + against + ", the optimised plan is " + profit + ".";
    }
    return "Against " + against + ", the optimised plan is " + profit + " and "
        + significance(b.advantage(), o::difference) + " in the objective (" + o.what() + ").";
  }

  /** "better by X (95% interval a to b)", "worse by ...", or "level (a difference of X ...)". */
  private static String significance(PlanSearch.Difference d, java.util.function.DoubleFunction<String> shown) {
    String interval = " (95% interval " + shown.apply(d.ci95Low()) + " to " + shown.apply(d.ci95High()) + ")";
    if (d.ci95Low() > 0) {
      return "better by " + shown.apply(d.value()) + interval;
    }
    if (d.ci95High() < 0) {
      return "worse by " + shown.apply(-d.value()) + interval;
    }
    return "level, within simulation noise, at " + shown.apply(d.value()) + interval;
  }

  /** Where more KAMs stop paying, read off the paired marginal profits. */
  static String staffing(SearchView s) {
    Table t = s.search.staffing();
    IntColumn k = t.ints(StaffingFile.HEADCOUNT);
    DoubleColumn profit = t.doubles(StaffingFile.MEAN_PROFIT);
    DoubleColumn low = t.doubles(StaffingFile.MARGINAL_PROFIT_CI95_LOW);
    DoubleColumn high = t.doubles(StaffingFile.MARGINAL_PROFIT_CI95_HIGH);
    int best = 0;
    List<String> pays = new ArrayList<>();
    List<String> costs = new ArrayList<>();
    List<String> unclear = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      if (profit.get(i) > profit.get(best)) {
        best = i;
      }
      if (low.isMissing(i)) {
        continue;
      }
      String kams = Integer.toString(k.get(i));
      (low.get(i) > 0 ? pays : high.get(i) < 0 ? costs : unclear).add(kams);
    }
    String measure = s.objective.profit();
    StringBuilder text = new StringBuilder("Top: the mean " + measure + " of the best plan found for each KAM "
        + "headcount, with its 95% interval");
    if (s.objective.differsFromMeanProfit()) {
      text.append(", and its objective (" + s.objective.what() + ") as a dashed line");
    }
    text.append(". Bottom: the mean " + measure + " one more KAM adds (paired against the best plan with one KAM "
        + "fewer). ").append("Mean " + measure + " is highest at ").append(Lists.count(k.get(best), "KAM", "KAMs"))
        .append(" (")
        .append(Amounts.money(profit.get(best))).append("). ");
    List<String> clauses = new ArrayList<>();
    if (!pays.isEmpty()) {
      clauses.add("one more KAM adds " + measure + " beyond simulation noise at " + Lists.headcounts(pays));
    }
    if (!costs.isEmpty()) {
      clauses.add((clauses.isEmpty() ? "one more KAM costs " + measure + " at " : "costs " + measure + " at ")
          + Lists.headcounts(costs));
    }
    if (!unclear.isEmpty()) {
      clauses.add((clauses.isEmpty() ? "the trials cannot tell whether one more KAM adds " + measure + " at "
          : "and the trials cannot tell at ") + Lists.headcounts(unclear));
    }
    if (!clauses.isEmpty()) {
      String joined = String.join("; ", clauses);
      text.append(Lists.capitalised(joined)).append(". ");
    }
    text.append("The optimiser chose ").append(Lists.count(s.chosen.headcount(), "KAM", "KAMs"))
        .append(s.chosen.headcount() == k.get(best) ? "." : " for its objective (" + s.objective.what()
            + "), " + s.objective.unlikeMeanProfit() + ".");
    return text.toString();
  }

  static String frontier(Table f, PlanSearch.Chosen c, ObjectiveText o) {
    DoubleColumn mean = f.doubles(FrontierFile.MEAN_PROFIT);
    DoubleColumn tail = f.doubles(FrontierFile.TAIL_MEAN_PROFIT);
    IntColumn k = f.ints(FrontierFile.HEADCOUNT);
    int richer = 0;
    int safer = 0;
    int lowK = Integer.MAX_VALUE;
    int highK = Integer.MIN_VALUE;
    for (int i = 0; i < f.rowCount(); i++) {
      if (mean.get(i) > c.figures().meanProfit() && tail.get(i) < c.figures().tailMeanProfit()) {
        richer++;
      }
      if (tail.get(i) > c.figures().tailMeanProfit() && mean.get(i) < c.figures().meanProfit()) {
        safer++;
      }
      lowK = Math.min(lowK, k.get(i));
      highK = Math.max(highK, k.get(i));
    }
    return "Each point is one of the " + f.rowCount() + " non-dominated plans the frontier search found, with "
        + (lowK == highK ? Lists.count(lowK, "KAM", "KAMs") : lowK + " to " + highK + " KAMs") + ": up is more "
        + "mean " + o.profit() + ", right is more " + o.profit() + " in the worst 5% of futures, so the upper "
        + "right is better on both. The chosen plan (red ring) makes " + Amounts.money(c.figures().meanProfit())
        + (o.npv().isPresent() ? " of NPV" : "") + " on average and "
        + Amounts.money(c.figures().tailMeanProfit()) + " in the worst 5%; " + richer + " of the plans "
        + (richer == 1 ? "makes" : "make") + " more on average with a worse tail, and " + safer + " "
        + (safer == 1 ? "has" : "have") + " a better tail with less on average.";
  }

  static String convergence(SearchView s) {
    Table t = s.search.convergence();
    TextColumn phase = t.texts(ConvergenceFile.PHASE);
    DoubleColumn best = t.doubles(ConvergenceFile.BEST);
    IntColumn generation = t.ints(ConvergenceFile.GENERATION);
    int first = -1;
    int last = -1;
    for (int i = 0; i < t.rowCount(); i++) {
      if (phase.get(i).equals(ConvergenceFile.JOINT)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    String text = "The best objective found so far, generation by generation, on the search trials: first over "
        + "key set and headcount together (the joint search), then for each headcount on its own. ";
    if (first < 0) {
      return text;
    }
    double gain = best.get(last) - best.get(first);
    text += Captions.convergence(best.get(first), best.get(last), generation.get(last),
        "a gain of " + s.objective.difference(gain), s.objective.value(best.get(first)),
        s.objective.value(best.get(last)));
    for (PlanSearch.Baseline b : s.chosen.baselines()) {
      if (b.sameAsOptimised() && !b.name().equals("status-quo")) {
        text += " The chosen plan is the " + b.name() + " rule's own plan: that rule already finds this optimum.";
        break;
      }
    }
    return text;
  }

  /** The accounts in and out of the plan, and why accounts of value are left out. */
  private static void planAccounts(Page page, SearchView s) {
    Table plan = s.search.planAccounts();
    page.append("<h3>Accounts in and out of the optimised plan</h3>\n<p class=\"note\">")
        .text("Accounts key today or in the optimised plan, in the plan first, by incremental value (the mean "
            + s.objective.profit() + " the account adds by being key, before KAM salaries). Load is the KAM "
            + "capacity the account takes.").append("</p>\n");
    page.append(HtmlTable.render(ReportTables.planAccounts(plan), List.of(
        Col.of(ReportTables.ACCOUNT, "Account", Format.TEXT),
        Col.of(PlanAccountsFile.SEGMENT, "Segment", Format.TEXT),
        Col.of(PlanAccountsFile.REVENUE_TODAY, "Revenue today", Format.WHOLE),
        Col.of(PlanAccountsFile.COMPLEXITY, "Load", Format.UNITS),
        Col.of(PlanAccountsFile.SCORE, "Score", Format.SCORE),
        Col.of(PlanAccountsFile.KEY_TODAY, "Key today", Format.YES_NO),
        Col.of(PlanAccountsFile.KEY_IN_PLAN, "Key in plan", Format.YES_NO),
        Col.of(PlanAccountsFile.INCREMENTAL_VALUE, "Incremental value", Format.WHOLE)), null, null));
    page.append("<p>").text(leftOut(plan, s.chosen, s.objective)).append("</p>\n");
  }

  /** Accounts of positive value left out, and the capacity that bounds the plan. */
  static String leftOut(Table plan, PlanSearch.Chosen c, ObjectiveText o) {
    FlagColumn inPlan = plan.flags(PlanAccountsFile.KEY_IN_PLAN);
    DoubleColumn value = plan.doubles(PlanAccountsFile.INCREMENTAL_VALUE);
    DoubleColumn load = plan.doubles(PlanAccountsFile.COMPLEXITY);
    double capacity = c.figures().capacity();
    double used = c.figures().load();
    double spare = capacity - used;
    int outside = 0;
    int fits = 0;
    int best = -1;
    for (int i = 0; i < plan.rowCount(); i++) {
      if (!inPlan.get(i) && value.get(i) > 0) {
        outside++;
        if (load.get(i) <= spare + 1e-9) {
          fits++;
        }
        if (best < 0 || value.get(i) > value.get(best)) {
          best = i;
        }
      }
    }
    String capacityText = "The plan's " + Lists.count(c.headcount(), "KAM", "KAMs") + " carry "
        + Amounts.decimal(capacity, 1) + " units of load; its key set takes " + Amounts.decimal(used, 1) + ", leaving "
        + Amounts.decimal(spare, 1) + ".";
    if (outside == 0) {
      return capacityText + " No account outside the plan would add " + o.profit() + " by being key.";
    }
    String name = plan.texts(PlanAccountsFile.ID).get(best);
    String text = capacityText + " " + Lists.count(outside, "account", "accounts") + " outside the plan would add "
        + "mean " + o.profit() + " by being key; the most valuable, " + name + ", would add "
        + Amounts.money(value.get(best))
        + " and takes " + Amounts.decimal(load.get(best), 1) + " units. ";
    if (fits == 0) {
      return text + "None of them fits in the spare capacity: taking one in means dropping a key account or "
          + "another KAM, whose salary the value must cover.";
    }
    return text + fits + " of them would fit in the spare capacity; the optimiser left them out because its "
        + "objective (" + o.what() + ") " + (o.objective() == Objective.MEAN ? "found no gain in adding them on "
        + "the search trials (their value here is measured on the fresh ones)"
        : o.unlikeMeanProfit().substring("which ".length()) + ", or because the search did not find the gain")
        + ".";
  }
}
