package org.kamsim.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kamsim.report.text.Amounts.Unit;

class AmountsTest {
  @Test
  void money_scalesToItsUnit() {
    assertThat(Amounts.money(4.1658774456990683E8)).isEqualTo("416.6 million");
    assertThat(Amounts.money(8.75e7)).isEqualTo("87.5 million");
    assertThat(Amounts.money(-1879546.6)).isEqualTo("\u22121.88 million");
    assertThat(Amounts.money(1.3e9)).isEqualTo("1.30 billion");
    assertThat(Amounts.money(352_400)).isEqualTo("352.4 thousand");
    assertThat(Amounts.money(8_750)).isEqualTo("8,750");
    assertThat(Amounts.money(Double.NaN)).isEqualTo("\u2013");
    // Where rounding would reach 1,000 of a unit, the next unit.
    assertThat(Amounts.money(999_949)).isEqualTo("999.9 thousand");
    assertThat(Amounts.money(999_960)).isEqualTo("1.00 million");
    assertThat(Amounts.money(-999_960)).isEqualTo("\u22121.00 million");
    assertThat(Amounts.money(999.96e6)).isEqualTo("1.00 billion");
  }

  @Test
  void unit_axisLabelAndTicks() {
    assertThat(Unit.of(4.2e8).axis("Revenue")).isEqualTo("Revenue (millions)");
    assertThat(Unit.ONE.axis("Revenue")).isEqualTo("Revenue");
    assertThat(Unit.MILLION.tickFormat().format(2.5e8)).isEqualTo("250");
    assertThat(Unit.MILLION.tickFormat().format(-1.25e6)).isEqualTo("\u22121.25");
  }

  @Test
  void whole_thousandsSeparators_trueMinus_noNegativeZero() {
    assertThat(Amounts.whole(24486140)).isEqualTo("24,486,140");
    assertThat(Amounts.whole(-1234.4)).isEqualTo("\u22121,234");
    assertThat(Amounts.whole(-0.2)).isEqualTo("0");
  }

  @Test
  void percentAndProbability() {
    assertThat(Amounts.percent(0.4044, 1)).isEqualTo("40.4%");
    assertThat(Amounts.probability(0.0001)).isEqualTo("< 0.1%");
    assertThat(Amounts.probability(0.99999)).isEqualTo("> 99.9%");
    assertThat(Amounts.probability(0)).isEqualTo("0.0%");
    assertThat(Amounts.probability(1)).isEqualTo("100.0%");
  }

  @Test
  void range_addsDecimalsOnlyWhenBothEndsWouldReadTheSame() {
    assertThat(Amounts.range(-1_912_617.72, -1_840_845.88)).isEqualTo("\u22121.91 million to \u22121.84 million");
    assertThat(Amounts.range(-1_722_100, -1_715_400)).isEqualTo("\u22121.722 million to \u22121.715 million");
    assertThat(Amounts.range(1_720_100, 1_720_400)).isEqualTo("1.7201 million to 1.7204 million");
    assertThat(Amounts.range(5, 5)).isEqualTo("5 to 5");
  }
}
