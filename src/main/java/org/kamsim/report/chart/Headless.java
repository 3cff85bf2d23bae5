package org.kamsim.report.chart;

/**
 * Charts are drawn on servers without a display: AWT must run headless, and the property only counts if it
 * is set before AWT first initialises, so every entry point that may draw calls {@link #ensure()} first.
 */
public final class Headless {
  private static final String DEFAULT_LOOK_AND_FEEL = "swing.defaultlaf";
  /** {@link ChartLookAndFeel}'s name, as text: naming the class would load Swing at start-up. */
  static final String CHART_LOOK_AND_FEEL = "org.kamsim.report.chart.ChartLookAndFeel";

  private Headless() {}

  /**
   * Sets {@code java.awt.headless=true}, since drawing to files never needs a display, and, unless the user
   * chose one, {@link ChartLookAndFeel} as Swing's default look and feel (see there why).
   */
  public static void ensure() {
    System.setProperty("java.awt.headless", "true");
    if (System.getProperty(DEFAULT_LOOK_AND_FEEL) == null) {
      System.setProperty(DEFAULT_LOOK_AND_FEEL, CHART_LOOK_AND_FEEL);
    }
  }
}
