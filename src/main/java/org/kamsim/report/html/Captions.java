package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.kamsim.report.chart.PlanPhases;
import org.kamsim.report.chart.RunningMeans;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.results.Summary;

/**
 * The sentences of the report that describe a shape or a sign: each computed from the figures it describes
 * (which month comes first, where a line crosses zero, which way a band goes), never written in advance.
 */
final class Captions {
  private Captions() {}

  /**
   * What the plan's extra profit does over time, from its monthly mean ({@code monthly}) and running total
   * ({@code cumulative}), months 1..T.
   */
  static String planValue(double[] monthly, double[] cumulative, OptionalInt payback) {
    int months = monthly.length;
    StringBuilder s = new StringBuilder("In month 1 the plan makes ").append(monthly[0] == 0
        ? "as much profit as the status quo" : moreOrLess(monthly[0]) + " profit than the status quo");
    double last = monthly[months - 1];
    boolean sameSign = Math.signum(monthly[0]) == Math.signum(last);
    if (months > 1 && sameSign) {
      s.append(", and ").append(moreOrLess(last)).append(" in month ").append(months);
    } else if (months > 1) {
      // From which month on the monthly difference keeps the sign it ends with.
      int from = months;
      while (from > 1 && Math.signum(monthly[from - 2]) == Math.signum(last)) {
        from--;
      }
      s.append(", but from month ").append(from).append(" on it makes ").append(last == 0 ? "as much"
          : (last > 0 ? "more" : "less") + " every month (" + moreOrLess(last) + " in month " + months + ")");
    }
    s.append(". ");
    List<Integer> crossings = new ArrayList<>();
    for (int t = 1; t < months; t++) {
      if ((cumulative[t] >= 0) != (cumulative[t - 1] >= 0)) {
        crossings.add(t + 1);
      }
    }
    boolean startsAbove = cumulative[0] >= 0;
    int extreme = 0;
    for (int t = 1; t < months; t++) {
      if (startsAbove ? cumulative[t] > cumulative[extreme] : cumulative[t] < cumulative[extreme]) {
        extreme = t;
      }
    }
    s.append("Its running total");
    List<String> clauses = new ArrayList<>();
    if (extreme > 0 && extreme < months - 1) {
      clauses.add((startsAbove ? "peaks at " : "falls to ") + Amounts.money(cumulative[extreme]) + " in month "
          + (extreme + 1));
    }
    if (crossings.isEmpty()) {
      clauses.add("stays " + (startsAbove ? "at or above" : "below") + " zero throughout");
    } else {
      clauses.add("turns " + (startsAbove ? "negative" : "positive") + " in month " + crossings.get(0));
      if (crossings.size() > 1) {
        List<String> later = new ArrayList<>();
        for (int m : crossings.subList(1, crossings.size())) {
          later.add(Integer.toString(m));
        }
        clauses.add("crosses zero again in month" + (later.size() == 1 ? " " : "s ") + Lists.and(later));
      }
    }
    clauses.add("ends at " + Amounts.money(cumulative[months - 1]) + " after " + months + " months");
    s.append(' ').append(Lists.and(clauses)).append(": ");
    if (payback.isPresent()) {
      s.append(payback.getAsInt() == 1 ? "the plan is never behind the status quo within the horizon (it has no"
          + " up-front cost to recover), so its payback month is 1." : "the plan pays back in month " + payback.getAsInt() + ", from when the running total"
          + " stays positive.");
    } else {
      s.append("the plan does not pay back within the " + months + " months.");
    }
    return s.toString();
  }

  /**
   * The sentence on a time chart's phase markers, with a leading space: " The thin dashed lines mark the plan's
   * changes in months 13 and 25 (m13: +10 key, 10 KAMs; m25: \u22121 key)."; empty when the plan never changes.
   */
  static String phases(PlanPhases phases) {
    if (!phases.phased()) {
      return "";
    }
    List<String> labels = phases.changes().stream().map(phases::label).toList();
    return " " + Lists.capitalised(phases.caption()) + " (" + String.join("; ", labels) + ").";
  }

  /** "12.3 thousand more", "85.0 thousand less", "as much". */
  static String moreOrLess(double difference) {
    if (difference == 0) {
      return "as much";
    }
    return Amounts.money(Math.abs(difference)) + (difference > 0 ? " more" : " less");
  }

  /**
   * How the middle 90% of futures moves from month 1 to month T, and where the mean lies against the median.
   */
  static String fanSpread(double p05First, double p95First, double p05Last, double p95Last, double meanLast,
      double medianLast, int months) {
    double first = p95First - p05First;
    double last = p95Last - p05Last;
    String trend = last > first * 1.05 ? "the band widens (the further out, the less certain)"
        : last < first * 0.95 ? "the band narrows" : "the band keeps about the same width";
    // Within 2% of each other the two are called close: a gap that small says nothing about the tails.
    double gap = meanLast - medianLast;
    String mean = gap > 0.02 * Math.abs(medianLast)
        ? "the mean lies above the median, pulled up by a few very good futures"
        : gap < -0.02 * Math.abs(medianLast) ? "the mean lies below the median, pulled down by a few very bad futures"
        : "the mean and the median are within 2% of each other";
    return "In month 1, 90% of the futures bring between " + Amounts.money(p05First) + " and "
        + Amounts.money(p95First) + "; in month " + months + ", between " + Amounts.money(p05Last) + " and "
        + Amounts.money(p95Last) + ": " + trend + ". In month " + months + " " + mean + ".";
  }

  /**
   * What the precision chart shows, from the running means it draws: the means of every trial with two
   * standard errors, in money and in percent of the mean, what the band is and which way is better; and, for
   * a run to a precision ({@code simulate --precision}), the target and whether the run met it.
   */
  static String precision(RunningMeans revenue, RunningMeans profit, Optional<Summary.Precision> run) {
    int trials = revenue.trials(revenue.size() - 1);
    StringBuilder s = new StringBuilder("After ").append(Amounts.count(trials))
        .append(trials == 1 ? " trial" : " trials").append(" the mean revenue is ").append(plusMinus(revenue))
        .append(" and the mean profit ").append(plusMinus(profit)).append(" (\u00b1 2 standard errors, about a 95% "
            + "interval). Each band is the running mean of the first n trials \u00b1 2 standard errors: it narrows "
            + "as 1/\u221an, so four times the trials halve it; the narrower the band, the more precise the mean.");
    run.ifPresent(p -> {
      s.append(" The run added trials in blocks until both standard errors were at most ")
          .append(Amounts.plain(p.targetPercent())).append("% of their means");
      String reached = Amounts.smallPercent(p.reachedPercent() / 100);
      if (p.targetMet()) {
        s.append(", which they were at ").append(Amounts.count(p.trials())).append(" trials (the larger is ")
            .append(reached).append(").");
      } else {
        s.append(", but stopped at the most trials allowed, ").append(Amounts.count(p.trials()))
            .append(", with the larger at ").append(reached).append(": short of the target.");
      }
    });
    return s.toString();
  }

  /** "415.1 million \u00b1 1.38 million (0.33%)": a mean, two standard errors, and those in percent. */
  static String plusMinus(RunningMeans m) {
    return Amounts.money(m.finalMean()) + " \u00b1 " + Amounts.money(m.finalHalfBand()) + " ("
        + Amounts.smallPercent(m.finalRelativeHalfBand()) + ")";
  }

  /** The search's progress, and whether it improved on its starting plans. */
  static String convergence(double firstBest, double lastBest, int lastGeneration, String improvement,
      String firstValue, String lastValue) {
    boolean improved = lastBest > firstBest + 1e-9 * Math.max(1, Math.abs(firstBest));
    if (!improved) {
      return "The best objective of the joint search did not improve after the first generation (" + firstValue
          + "): the starting plans, which include the rules of thumb, already held the best plan it found"
          + (lastGeneration > 1 ? ", and " + Lists.count(lastGeneration - 1, "more generation", "more generations")
              + " confirmed it rather than adding to it." : ".");
    }
    return "The joint search raised the best objective from " + firstValue + " in generation 1 to " + lastValue
        + " by generation " + lastGeneration + " (" + improvement + ").";
  }
}
