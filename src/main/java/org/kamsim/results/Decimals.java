package org.kamsim.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How a result file writes a number: as a plain decimal (never {@code 2.448614E7}), rounded to what the
 * figure means, the same way in every file. {@link #round} gives the double that reading the text back
 * yields, so a figure handed to the report in memory equals the figure read from its file.
 */
public final class Decimals {
  /** Below this magnitude cents fit a long exactly, and {@link #cents} needs no BigDecimal. */
  private static final double FAST_MONEY = 1e13;
  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

  /** How a figure is rounded. */
  public enum Format {
    /** An amount of money: to the cent. */
    MONEY,
    /** A share, a probability, a mean count, a load: to 6 significant digits. */
    SIGNIFICANT,
    /** A score of the scoring matrix: to 2 decimals, half up. */
    SCORE
  }

  private Decimals() {}

  /** {@code value} rounded as {@code format} writes it. */
  public static double round(double value, Format format) {
    requireFinite(value);
    if (format == Format.MONEY && Math.abs(value) < FAST_MONEY) {
      return cents(value) / 100.0;
    }
    return value == 0 ? 0 : rounded(value, format).doubleValue();
  }

  /** {@code value} rounded as {@code format} says, as plain decimal text without trailing zeros. */
  public static String text(double value, Format format) {
    requireFinite(value);
    if (format == Format.MONEY && Math.abs(value) < FAST_MONEY) {
      return centsText(cents(value));
    }
    return plain(rounded(value, format));
  }

  /** The exact value of {@code value} rounded as {@code format} says: the one rule both forms follow. */
  private static BigDecimal rounded(double value, Format format) {
    return switch (format) {
      case MONEY, SCORE -> new BigDecimal(value).setScale(2, RoundingMode.HALF_UP);
      case SIGNIFICANT -> new BigDecimal(value).round(SIX);
    };
  }

  /**
   * {@code value} in cents, rounded half away from zero exactly as {@code BigDecimal.setScale(2, HALF_UP)}
   * rounds the double's exact value: {@code round(v * 100)} alone can land on the wrong side of a half cent,
   * as the product is rounded before it is compared; {@link Math#fma} gives the sign of
   * {@code 100 v - (c +- 1/2)} without that rounding.
   */
  static long cents(double value) {
    double a = Math.abs(value);
    long c = (long) Math.floor(a * 100 + 0.5);
    if (Math.fma(a, 100, -(c - 0.5)) < 0) {
      c--;
    } else if (Math.fma(a, 100, -(c + 0.5)) >= 0) {
      c++;
    }
    return value < 0 ? -c : c;
  }

  private static String centsText(long cents) {
    if (cents == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder(24);
    if (cents < 0) {
      out.append('-');
    }
    long abs = Math.abs(cents);
    out.append(abs / 100);
    long fraction = abs % 100;
    if (fraction != 0) {
      out.append('.').append((char) ('0' + fraction / 10));
      if (fraction % 10 != 0) {
        out.append((char) ('0' + fraction % 10));
      }
    }
    return out.toString();
  }

  private static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new NonFiniteFigureException(value);
    }
  }
}
