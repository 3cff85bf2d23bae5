package org.kamsim.report;

/**
 * Charts are drawn on servers without a display: AWT must run headless, and the property only counts if it
 * is set before AWT first initialises, so every entry point that may draw calls {@link #ensure()} first.
 */
public final class Headless {
  private Headless() {}

  /** Sets {@code java.awt.headless=true}; drawing to files never needs a display. */
  public static void ensure() {
    System.setProperty("java.awt.headless", "true");
  }
}
