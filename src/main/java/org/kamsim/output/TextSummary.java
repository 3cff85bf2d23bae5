package org.kamsim.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.kamsim.report.chart.PlanPhases;
import org.kamsim.report.chart.ReportData;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.Summary;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.NpvText;

/**
 * The few lines a person reads at the end of {@code kamsim simulate}: where the files went and the headline
 * figures, written the way the report writes them (amounts as {@code 416.8 million}, percentages with one
 * decimal), from the figures exactly as {@code summary.json} holds them.
 */
public final class TextSummary {
  private TextSummary() {}

  /** @param result the records the writer just wrote (what {@code ResultWriter.write} returns) */
  public static void print(Result result, Path outputs, PrintWriter out) {
    Summary s = result.summary();
    out.println("Results in " + outputs + " (" + String.join(", ", ResultFiles.SIMULATION) + ")");
    out.println();
    out.println(String.format(Locale.ROOT, "%s: %s trials, seed %d, %d months", s.scenario(),
        Amounts.count(s.trials()), s.seed(), s.horizonMonths()));
    if (!s.shocks().isEmpty()) {
      out.println("events: the scenario " + ReportData.shockText(result).phrases(s.shocks()));
    }
    out.println("plan: " + planLine(s.plan(), s.statusQuo(), s.horizonMonths()));
    line(out, "revenue, mean", Amounts.money(s.revenue().mean()), "s.e. " + Amounts.money(s.revenue().stderr()));
    line(out, "profit, mean", Amounts.money(s.profit().mean()), "s.e. " + Amounts.money(s.profit().stderr()));
    s.precision().ifPresent(p -> line(out, "precision reached", Amounts.smallPercent(p.reachedPercent() / 100),
        "the larger s.e. in % of its mean; target " + Amounts.plain(p.targetPercent()) + "%" + (p.targetMet()
            ? ", met at " + Amounts.count(p.trials()) + " trials"
            : ", not met: stopped at the most trials allowed, " + Amounts.count(p.trials()))));
    s.shockImpact().ifPresent(impact -> line(out, "revenue lost to the events",
        Amounts.money(impact.revenue().mean()), "95% interval " + Amounts.range(impact.revenue().ci95Low(),
            impact.revenue().ci95High()) + (impact.revenue().mean() >= 0
                ? "; 1 future in 20 loses " + Amounts.money(impact.revenue().p95()) + " or more"
                : "; below zero: the events add revenue")));
    line(out, "key accounts' share today", Amounts.percent(s.concentration().keyShareToday(), 1),
        "of today's revenue, " + Lists.count(s.statusQuo().keyAccounts().size(), "key account", "key accounts")
            + "; the articles: often about a third");
    line(out, "revenue at risk, VaR 95%", Amounts.money(s.revenueAtRisk().var95()),
        "mean - 5th percentile of revenue");
    line(out, "expected shortfall, ES 95%", Amounts.money(s.revenueAtRisk().es95()),
        "mean - mean of the worst 5% of revenue");
    line(out, "P(revenue < " + Amounts.percent(s.survival().threshold(), 0) + " of today)",
        Amounts.percent(s.survival().probabilityBelow(), 1),
        "below " + Amounts.money(s.survival().revenueThreshold()) + " over " + s.horizonMonths() + " months");
    Summary.PlanValue p = s.plan();
    if (p.sameAsStatusQuo()) {
      line(out, "extra profit of the plan", "0", "the plan is the status quo");
      line(out, "payback month", "not applicable", "the plan is the status quo: nothing to pay back");
    } else {
      line(out, "extra profit of the plan", Amounts.money(p.incrementalProfitMean()),
          "plan minus status quo; 95% interval " + Amounts.range(p.incrementalProfitCi95Low(),
              p.incrementalProfitCi95High()));
      line(out, "payback month", p.paybackMonth().isPresent() ? Integer.toString(p.paybackMonth().getAsInt())
          : "none", p.paybackMonth().isPresent() ? "cumulative mean extra profit >= 0 from then on"
          : "cumulative mean extra profit still below 0 at month " + s.horizonMonths());
    }
    s.npv().ifPresent(npv -> npvLines(out, npv, p.sameAsStatusQuo(), s.horizonMonths()));
    out.flush();
  }

  /**
   * "20 key accounts, 6 KAMs; status quo: 20 key accounts, 6 KAMs; 18 accounts differ (9 made key, 9
   * dropped)".
   */
  static String planLine(Summary.PlanValue p, Summary.StatusQuo q, int months) {
    String text = (p.changes().isEmpty() ? "" : "month 1: ")
        + Lists.count(p.keyAccounts().size(), "key account", "key accounts") + ", "
        + Lists.count(p.kams(), "KAM", "KAMs") + phases(p, months) + "; status quo: "
        + Lists.count(q.keyAccounts().size(), "key account", "key accounts") + ", "
        + Lists.count(q.kams(), "KAM", "KAMs");
    if (p.sameAsStatusQuo()) {
      return text + " (the plan is the status quo)";
    }
    int differ = p.madeKey().size() + p.dropped().size();
    if (differ == 0) {
      return text + (p.kams() == q.kams() ? " (in month 1, the same accounts and headcount)"
          : " (the same accounts, another headcount)");
    }
    return text + "; " + Lists.count(differ, "account differs", "accounts differ") + " ("
        + p.madeKey().size() + " made key, " + p.dropped().size() + " dropped"
        + (p.changes().isEmpty() ? "" : " in month 1") + ")";
  }

  /** " (then 17 and 6 from month 13, ...)": each change's key accounts and KAMs, empty for a fixed plan. */
  private static String phases(Summary.PlanValue p, int months) {
    PlanPhases phases = PlanPhases.of(p, months);
    if (!phases.phased()) {
      return "";
    }
    List<String> steps = new ArrayList<>();
    for (PlanPhases.Phase phase : phases.changes()) {
      steps.add(phase.keyAccounts() + " and " + phase.kams() + " from month " + phase.from());
    }
    return " (then " + String.join(", ", steps) + ")";
  }

  /** The {@code npv} block: the plan's NPV, and its value over the status quo with the discounted payback. */
  private static void npvLines(PrintWriter out, Summary.Npv npv, boolean same, int months) {
    line(out, "net present value", Amounts.money(npv.profit().mean()), "at " + NpvText.basis(npv) + "; s.e. "
        + Amounts.money(npv.profit().stderr()));
    if (same) {
      line(out, "extra NPV of the plan", "0", "the plan is the status quo");
      return;
    }
    line(out, "extra NPV of the plan", Amounts.money(npv.incrementalMean()), "plan minus status quo; 95% interval "
        + Amounts.range(npv.incrementalCi95Low(), npv.incrementalCi95High()));
    OptionalInt month = npv.discountedPaybackMonth();
    line(out, "discounted payback month", month.isPresent() ? Integer.toString(month.getAsInt()) : "none",
        month.isPresent() ? "cumulative discounted extra profit >= 0 from then on"
            : "cumulative discounted extra profit still below 0 at month " + months);
  }

  private static void line(PrintWriter out, String label, String value, String note) {
    out.println(String.format(Locale.ROOT, "  %-30s %16s   (%s)", label, value, note));
  }
}
