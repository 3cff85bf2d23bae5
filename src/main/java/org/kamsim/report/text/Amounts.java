package org.kamsim.report.text;

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
public final class Amounts {
  public static final char MINUS = '\u2212';

  private Amounts() {}

  /**
   * A unit to show amounts in.
   *
   * @param factor what one unit is worth, such as 1e6
   * @param word the unit in a sentence, such as {@code "million"}; empty for plain amounts
   * @param plural the unit in an axis label, such as {@code "millions"}; empty for plain amounts
   */
  public record Unit(double factor, String word, String plural) {
    public static final Unit ONE = new Unit(1, "", "");
    public static final Unit THOUSAND = new Unit(1e3, "thousand", "thousands");
    public static final Unit MILLION = new Unit(1e6, "million", "millions");
    public static final Unit BILLION = new Unit(1e9, "billion", "billions");

    /**
     * The unit that shows {@code magnitude} with one to three digits before the point, after rounding: from
     * 999,950 up, one decimal in thousands would print "1,000.0 thousand", so that is millions already
     * (and likewise for billions).
     */
    public static Unit of(double magnitude) {
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
    public static Unit ofLargest(double... values) {
      double largest = 0;
      for (double v : values) {
        if (Double.isFinite(v)) {
          largest = Math.max(largest, Math.abs(v));
        }
      }
      return of(largest);
    }

    /** {@code "Revenue (millions)"}, or {@code what} alone for plain amounts. */
    public String axis(String what) {
      return plural.isEmpty() ? what : what + " (" + plural + ")";
    }

    /** The amount in this unit, rounded for reading: 416.6, 87.5, 1.88, 8,750. */
    public String number(double value) {
      if (!Double.isFinite(value)) {
        return "\u2013";
      }
      double scaled = value / factor;
      int decimals = this == ONE ? 0 : Math.abs(scaled) < 10 ? 2 : 1;
      return signed(String.format(Locale.ROOT, "%,." + decimals + "f", scaled));
    }

    /** The amount with its unit: {@code "416.6 million"}. */
    public String text(double value) {
      return word.isEmpty() ? number(value) : number(value) + " " + word;
    }

    /** Tick labels for a chart axis in this unit, with up to two decimals. */
    public NumberFormat tickFormat() {
      return new ScaledFormat(factor, "#,##0.##");
    }

    /** Tick labels in this unit with exactly {@code decimals} decimals (for ticks closer than 0.01 apart). */
    public NumberFormat tickFormat(int decimals) {
      return new ScaledFormat(factor, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }
  }

  /** {@code value} in its own unit: {@code "416.6 million"}, {@code "352.4 thousand"}, {@code "8,750"}. */
  public static String money(double value) {
    return Unit.of(value).text(value);
  }

  /**
   * An interval's two ends, {@code "1.84 million to 1.91 million"}, each as {@link #money} writes it; when
   * both would read the same (an interval narrower than the rounding), with as many more decimals in their
   * common unit as tell them apart, up to six: {@code "1.7201 million to 1.7234 million"}.
   */
  public static String range(double low, double high) {
    String a = money(low);
    String b = money(high);
    if (!a.equals(b) || !Double.isFinite(low) || !Double.isFinite(high)) {
      return a + " to " + b;
    }
    Unit unit = Unit.ofLargest(low, high);
    String suffix = unit.word().isEmpty() ? "" : " " + unit.word();
    for (int decimals = 3; decimals <= 6; decimals++) {
      String x = signed(String.format(Locale.ROOT, "%,." + decimals + "f", low / unit.factor()));
      String y = signed(String.format(Locale.ROOT, "%,." + decimals + "f", high / unit.factor()));
      if (!x.equals(y)) {
        return x + suffix + " to " + y + suffix;
      }
    }
    return a + " to " + b;
  }

  /** A whole amount with thousands separators, for tables: {@code "24,486,140"}. */
  public static String whole(double value) {
    return Double.isFinite(value) ? signed(String.format(Locale.ROOT, "%,.0f", value)) : "\u2013";
  }

  /** A fraction as a percentage: {@code percent(0.4044, 1)} is {@code "40.4%"}. */
  public static String percent(double fraction, int decimals) {
    if (!Double.isFinite(fraction)) {
      return "\u2013";
    }
    return signed(String.format(Locale.ROOT, "%." + decimals + "f", fraction * 100)) + "%";
  }

  /**
   * A small fraction, such as a standard error relative to its mean, as a percentage with two decimals, or
   * three below 0.1% so that it never reads as 0.00%: {@code "0.33%"}, {@code "0.048%"}.
   */
  public static String smallPercent(double fraction) {
    return percent(fraction, Math.abs(fraction) < 0.001 ? 3 : 2);
  }

  /**
   * A probability as a percentage with one decimal, except that probabilities that round to 0% or 100% but
   * are not say so: {@code "< 0.1%"}, {@code "> 99.9%"}.
   */
  public static String probability(double p) {
    if (p > 0 && p < 0.0005) {
      return "< 0.1%";
    }
    if (p < 1 && p > 0.9995) {
      return "> 99.9%";
    }
    return percent(p, 1);
  }

  /** A number with {@code decimals} decimals and thousands separators. */
  public static String decimal(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "\u2013";
    }
    return signed(String.format(Locale.ROOT, "%,." + decimals + "f", value));
  }

  /** A setting as a person writes it: {@code 0.5}, {@code 2}, {@code 0.125} (up to 6 significant digits). */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return "\u2013";
    }
    return signed(new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString());
  }

  /** A count with thousands separators: {@code "10,000"}. */
  public static String count(long value) {
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

  /** Divides by a unit, then formats with a pattern such as {@code #,##0.##}: tick labels in millions. */
  private static final class ScaledFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final double factor;
    private final DecimalFormat format;

    ScaledFormat(double factor, String pattern) {
      this.factor = factor;
      this.format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
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
