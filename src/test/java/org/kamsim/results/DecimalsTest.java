package org.kamsim.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kamsim.results.Decimals.Format;

class DecimalsTest {
  @Test
  void text_theIssuesExamples_arePlainAndRoundedToWhatTheyMean() {
    assertThat(Decimals.text(2.448614E7, Format.MONEY)).isEqualTo("24486140");
    assertThat(Decimals.text(7.800000000000001, Format.SIGNIFICANT)).isEqualTo("7.8");
    assertThat(Decimals.text(-450000.0000000149, Format.MONEY)).isEqualTo("-450000");
    assertThat(Decimals.text(5.699999999999999, Format.SCORE)).isEqualTo("5.7");
    assertThat(Decimals.text(1234.5, Format.MONEY)).isEqualTo("1234.5");
    assertThat(Decimals.text(0.005, Format.MONEY)).isEqualTo("0.01");
    assertThat(Decimals.text(-0.004, Format.MONEY)).isEqualTo("0");
    assertThat(Decimals.text(0.16228351234, Format.SIGNIFICANT)).isEqualTo("0.162284");
    assertThat(Decimals.text(1.2345678e-7, Format.SIGNIFICANT)).isEqualTo("0.000000123457");
    assertThat(Decimals.text(3.2e17, Format.MONEY)).isEqualTo("320000000000000000");
    assertThat(Decimals.text(7.125, Format.SCORE)).isEqualTo("7.13");
  }

  @Test
  void money_matchesExactDecimalRounding_onRandomAmounts() {
    // The fast path against BigDecimal's exact value rounded half up, on amounts from a cent to ten trillion,
    // and on exact half cents, where rounding v * 100 first would go wrong.
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 200_000; i++) {
      double v = i % 2 == 0 ? Math.pow(10, rng.nextDouble(-2, 13)) * (rng.nextBoolean() ? 1 : -1)
          : (rng.nextLong(-2_000_000_000_000_000L, 2_000_000_000_000_000L) + 0.5) / 100;
      String exact = new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
      assertThat(Decimals.text(v, Format.MONEY)).as("%s", new BigDecimal(v)).isEqualTo(exact);
    }
  }

  @Test
  void roundThenText_readsBackToTheRoundedDouble_andTextIsStable() {
    SplittableRandom rng = new SplittableRandom(2);
    for (Format format : Format.values()) {
      for (int i = 0; i < 20_000; i++) {
        double v = Math.pow(10, rng.nextDouble(-6, 16)) * (rng.nextBoolean() ? 1 : -1);
        double rounded = Decimals.round(v, format);
        String text = Decimals.text(v, format);
        assertThat(Double.parseDouble(text)).as("%s %s", format, v).isEqualTo(rounded);
        assertThat(Decimals.text(rounded, format)).as("%s %s", format, v).isEqualTo(text);
        assertThat(text).doesNotContain("E").doesNotContain("e").isNotEqualTo("-0");
      }
    }
  }

  @Test
  void notFinite_isRefused() {
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Decimals.text(v, Format.MONEY)).isInstanceOf(NonFiniteFigureException.class)
          .hasMessageContaining("not a finite number");
    }
  }
}
