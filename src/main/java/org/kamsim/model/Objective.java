package org.kamsim.model;

/** What {@code kamsim optimise} maximises. */
public enum Objective {
  /** Expected total profit over the horizon. */
  MEAN("mean"),
  /** Expected profit minus {@code risk_aversion} times the expected shortfall of profit at {@code alpha}. */
  MEAN_ES("mean-es"),
  /** Probability that horizon revenue stays at or above the survival threshold. */
  SURVIVAL("survival");

  private final String text;

  Objective(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Every objective's name, in declaration order. */
  public static java.util.List<String> names() {
    return java.util.Arrays.stream(values()).map(Objective::text).toList();
  }

  /** The objective named {@code text}, or null. */
  public static Objective parse(String text) {
    for (Objective o : values()) {
      if (o.text.equals(text)) {
        return o;
      }
    }
    return null;
  }
}
