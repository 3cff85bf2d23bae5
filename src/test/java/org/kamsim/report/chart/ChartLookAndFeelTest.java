package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.plaf.metal.MetalLookAndFeel;
import org.junit.jupiter.api.Test;

class ChartLookAndFeelTest {
  @Test
  void headlessInstallsItByItsName() {
    assertThat(Headless.CHART_LOOK_AND_FEEL).isEqualTo(ChartLookAndFeel.class.getName());
  }

  @Test
  void panelBackgroundIsMetals() {
    // JFreeChart's default chart background is this colour: the same as under Swing's own default.
    assertThat(new ChartLookAndFeel().getDefaults().getColor("Panel.background"))
        .isEqualTo(new MetalLookAndFeel().getDefaults().getColor("Panel.background"));
  }

  @Test
  void isAUsableLookAndFeel() {
    ChartLookAndFeel laf = new ChartLookAndFeel();
    assertThat(laf.isSupportedLookAndFeel()).isTrue();
    assertThat(laf.isNativeLookAndFeel()).isFalse();
    assertThat(laf.getID()).isNotBlank();
  }
}
