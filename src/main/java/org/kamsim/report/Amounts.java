package org.kamsim.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * How the report writes numbers for people: amounts of money scaled to thousands, millions or billions
 * (the model has no currency name, so amounts are "in the portfolio's currency"), percentages, counts.
 * {@link Locale#ROOT} everywhere, so a report reads the same on every machine; negative numbers take a
 * true minus sign (U+2212), which lines up with digits in tables.
 */
final class Amounts {
  static final char MINUS = '\u2212';

  private Amounts() {}

  /**
   * A unit to show amounts in.
   *
   * @param factor what one unit is worth, such as 1e6
   * @param word the unit in a sentence, such as {@code "million"}; empty for plain amounts
   * @param plural the unit in an axis label, such as {@code "millions"}; empty for plain amounts
   */
  record Unit(double factor, String word, String plural) {
    static final Unit ONE = new Unit(1, "", "");
    static final Unit THOUSAND = new Unit(1e3, "thousand", "thousands");
    static final Unit MILLION = new Unit(1e6, "million", "millions");
    static final Unit BILLION = new Unit(1e9, "billion", "billions");

    /**
     * The unit that shows {@code magnitude} with one to three digits before the point, after rounding: from
     * 999,950 up, one decimal in thousands would print "1,000.0 thousand", so that is millions already
     * (and likewise for billions).
     */
    static Unit of(double magnitude) {
      double m = Math.abs(magnitude);
      if (!(m < 999.95e6)) {
        return Double.isNaN(m) ? ONE : BILLION;
      }
      if (m >= 999.95e3) {
        return MILLION;
      }
      if (m >= 1e4) {
        return THOUSAND;
      }
      return ONE;
    }

    /** The unit that suits the largest magnitude among {@code values}. */
    static Unit ofLargest(double... values) {
      double largest = 0;
      for (double v : values) {
        if (Double.isFinite(v)) {
          largest = Math.max(largest, Math.abs(v));
        }
      }
      return of(largest);
    }

    /** {@code "Revenue (millions)"}, or {@code what} alone for plain amounts. */
    String axis(String what) {
      return plural.isEmpty() ? what : what + " (" + plural + ")";
    }

    /** The amount in this unit, rounded for reading: 416.6, 87.5, 1.88, 8,750. */
    String number(double value) {
      if (!Double.isFinite(value)) {
        return "\u2013";
      }
      double scaled = value / factor;
      int decimals = this == ONE ? 0 : Math.abs(scaled) < 10 ? 2 : 1;
      return signed(String.format(Locale.ROOT, "%,." + decimals + "f", scaled));
    }

    /** The amount with its unit: {@code "416.6 million"}. */
    String text(double value) {
      return word.isEmpty() ? number(value) : number(value) + " " + word;
    }

    /** Tick labels for a chart axis in this unit. */
    NumberFormat tickFormat() {
      return new ScaledFormat(factor);
    }
  }

  /** {@code value} in its own unit: {@code "416.6 million"}, {@code "352.4 thousand"}, {@code "8,750"}. */
  static String money(double value) {
    return Unit.of(value).text(value);
  }

  /** A whole amount with thousands separators, for tables: {@code "24,486,140"}. */
  static String whole(double value) {
    return Double.isFinite(value) ? signed(String.format(Locale.ROOT, "%,.0f", value)) : "\u2013";
  }

  /** A fraction as a percentage: {@code percent(0.4044, 1)} is {@code "40.4%"}. */
  static String percent(double fraction, int decimals) {
    if (!Double.isFinite(fraction)) {
      return "\u2013";
    }
    return signed(String.format(Locale.ROOT, "%." + decimals + "f", fraction * 100)) + "%";
  }

  /**
   * A probability as a percentage with one decimal, except that probabilities that round to 0% or 100% but
   * are not say so: {@code "< 0.1%"}, {@code "> 99.9%"}.
   */
  static String probability(double p) {
    if (p > 0 && p < 0.0005) {
      return "< 0.1%";
    }
    if (p < 1 && p > 0.9995) {
      return "> 99.9%";
    }
    return percent(p, 1);
  }

  /** A number with {@code decimals} decimals and thousands separators. */
  static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "\u2013";
    }
    return signed(String.format(Locale.ROOT, "%,." + decimals + "f", value));
  }

  /** A count with thousands separators: {@code "10,000"}. */
  static String count(long value) {
    return signed(String.format(Locale.ROOT, "%,d", value));
  }

  private static String signed(String formatted) {
    // "-0.0" is what a tiny negative amount rounds to: show it as "0.0".
    if (formatted.startsWith("-")) {
      String rest = formatted.substring(1);
      return rest.matches("[0,.]*%?") ? rest : MINUS + rest;
    }
    return formatted;
  }

  /** Divides by a unit, then formats like {@code #,##0.##}: tick labels in millions and so on. */
  private static final class ScaledFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final double factor;
    private final DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

    ScaledFormat(double factor) {
      this.factor = factor;
      format.setNegativePrefix(String.valueOf(MINUS));
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return format.format(number / factor, toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return format.format(number / factor, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      throw new UnsupportedOperationException("tick labels are never parsed");
    }
  }
}
