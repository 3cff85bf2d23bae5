package org.kamsim.report.chart;

import javax.swing.LookAndFeel;
import javax.swing.UIDefaults;
import javax.swing.plaf.ColorUIResource;

/**
 * The Swing look and feel kamsim installs as the default ({@link Headless#ensure()}): one entry,
 * {@code Panel.background}, the only default anything kamsim draws reads. JFreeChart's {@code JFreeChart}
 * class reads it once, in its static initialiser, as the default chart background (every kamsim chart sets
 * its own). Swing's default, Metal, would build some 600 defaults for that one colour: about 150 classes
 * and 95 lambdas, whose generated classes are enough to get the JDK's bytecode library compiled by C2, a
 * second of compilation in all. The colour is Metal's, so charts that kept the default would look the same.
 */
public final class ChartLookAndFeel extends LookAndFeel {
  /** Metal's {@code Panel.background}. */
  static final ColorUIResource PANEL_BACKGROUND = new ColorUIResource(238, 238, 238);

  /** For {@code UIManager}, which creates the look and feel by its class name. */
  public ChartLookAndFeel() {}

  @Override
  public String getName() {
    return "kamsim charts";
  }

  @Override
  public String getID() {
    return "kamsim-charts";
  }

  @Override
  public String getDescription() {
    return "The defaults kamsim's headless chart drawing reads, and nothing else";
  }

  @Override
  public boolean isNativeLookAndFeel() {
    return false;
  }

  @Override
  public boolean isSupportedLookAndFeel() {
    return true;
  }

  @Override
  public UIDefaults getDefaults() {
    UIDefaults defaults = new UIDefaults(1, 0.75f);
    defaults.put("Panel.background", PANEL_BACKGROUND);
    return defaults;
  }
}
