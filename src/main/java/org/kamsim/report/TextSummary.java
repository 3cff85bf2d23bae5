package org.kamsim.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.PlanFigures;
import org.kamsim.simulation.SimulationResult;

/**
 * The few lines a person reads at the end of {@code kamsim simulate}: where the files went and the headline
 * figures. Money is rounded to whole units with thousands separators ({@link Locale#ROOT}, so the text is
 * the same on every machine); the files keep full precision.
 */
public final class TextSummary {
  private TextSummary() {}

  public static void print(SimulationResult result, Path outputs, PrintWriter out) {
    Scenario s = result.scenario();
    PlanFigures plan = result.plan();
    out.println("Results in " + outputs + " (" + String.join(", ", ResultWriter.FILES) + ")");
    out.println();
    out.println(String.format(Locale.ROOT, "%s: %,d trials, seed %d, %d months", s.name(), result.trials(),
        s.seed(), s.horizonMonths()));
    out.println(String.format(Locale.ROOT, "plan: %d key accounts, %d KAMs; status quo: %d key accounts, %d KAMs",
        plan.keyAccounts().size(), plan.kams(), s.statusQuo().key().size(), plan.statusQuoKams()));
    line(out, "revenue, mean", money(result.revenue().mean()),
        "s.e. " + money(result.revenue().stderr()));
    line(out, "profit, mean", money(result.profit().mean()), "s.e. " + money(result.profit().stderr()));
    line(out, "revenue at risk, VaR 95%", money(result.revenueAtRisk().var95()), "mean - 5% quantile");
    line(out, "expected shortfall, ES 95%", money(result.revenueAtRisk().es95()),
        "mean - mean of the worst 5%");
    line(out, String.format(Locale.ROOT, "P(revenue < %s of today)", percent(s.survivalThreshold())),
        percent(result.probabilityBelowSurvival()),
        "below " + money(result.survivalRevenue()) + " over " + s.horizonMonths() + " months");
    line(out, "incremental profit of plan", money(plan.incrementalProfitMean()),
        "95% CI [" + money(plan.incrementalProfitCi95Low()) + ", "
            + money(plan.incrementalProfitCi95High()) + "]");
    line(out, "payback month", plan.paybackMonth().isPresent()
        ? Integer.toString(plan.paybackMonth().getAsInt()) : "none", plan.paybackMonth().isPresent()
        ? "cumulative mean incremental profit >= 0 from then on" : "not within the horizon");
    out.flush();
  }

  private static void line(PrintWriter out, String label, String value, String note) {
    out.println(String.format(Locale.ROOT, "  %-30s %16s   (%s)", label, value, note));
  }

  private static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A fraction as a percentage with up to one decimal: 0.8 as 80%, 0.0315 as 3.2%. */
  private static String percent(double fraction) {
    double p = Math.round(fraction * 1000) / 10.0;
    return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p)
        : String.format(Locale.ROOT, "%.1f", p)) + "%";
  }
}
