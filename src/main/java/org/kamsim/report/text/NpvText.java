package org.kamsim.report.text;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kamsim.results.Summary;

/**
 * The net present value in words (MODEL.md, "Finance"), for the report's lead and the terminal: the basis it
 * was computed on, and whether the plan adds value over the status quo once money is discounted. Every
 * sentence is built from the {@code npv} block of {@code summary.json}; a higher NPV is better.
 */
public final class NpvText {
  private NpvText() {}

  /** "a 10% discount rate", "a 10% discount rate and a terminal value growing 2% a year". */
  public static String basis(Summary.Npv npv) {
    return basis(npv.discountRate(), npv.terminalGrowth());
  }

  /** As {@link #basis(Summary.Npv)}, from the rate and the terminal growth (empty: no terminal value). */
  public static String basis(double discountRate, OptionalDouble terminalGrowth) {
    String rate = article(rate(discountRate)) + " discount rate";
    if (terminalGrowth.isEmpty()) {
      return rate;
    }
    return rate + " and a terminal value growing " + rate(terminalGrowth.getAsDouble()) + " a year";
  }

  /** "a 10%", "an 8%", "an 11%", "an 18.5%": the article as the number is read aloud. */
  static String article(String rate) {
    return (rate.startsWith("8") || rate.matches("1[18]([.][0-9]+)?%") ? "an " : "a ") + rate;
  }

  /** An annual rate as a person writes it: {@code 0.1} is "10%", {@code 0.025} "2.5%". */
  public static String rate(double fraction) {
    return Amounts.plain(fraction * 100) + "%";
  }

  /**
   * The report's lead: "At a 10% discount rate, the plan's net present value against the status quo is 4.2
   * million (95% interval 3.9 million to 4.5 million): the plan adds value, and paying back (discounted) in
   * month 19." Said the other way round when the plan is worth less; only the plan's own NPV when the plan is
   * the status quo.
   *
   * @param months the horizon, for "not within 36 months"
   */
  public static String headline(Summary.Npv npv, boolean sameAsStatusQuo, int months) {
    String at = "At " + basis(npv) + ", ";
    if (sameAsStatusQuo) {
      return at + "the plan's net present value is " + Amounts.money(npv.profit().mean())
          + "; the plan is the status quo, so it adds nothing and has nothing to pay back.";
    }
    double mean = npv.incrementalMean();
    String verdict = npv.incrementalCi95Low() > 0 ? "the plan adds value over the status quo"
        : npv.incrementalCi95High() < 0 ? "the plan is worth less than the status quo"
        : "the simulation cannot tell whether the plan is worth more or less than the status quo";
    return at + "the plan's net present value against the status quo is " + Amounts.money(mean)
        + " (95% interval " + Amounts.money(npv.incrementalCi95Low()) + " to "
        + Amounts.money(npv.incrementalCi95High()) + "; higher is better): " + verdict + ", "
        + payback(npv.discountedPaybackMonth(), months) + ".";
  }

  /** "paying back (discounted) in month 19", "not paying back (discounted) within 36 months". */
  public static String payback(OptionalInt month, int months) {
    return month.isPresent() ? "paying back (discounted) in month " + month.getAsInt()
        : "not paying back (discounted) within " + months + " months";
  }
}
