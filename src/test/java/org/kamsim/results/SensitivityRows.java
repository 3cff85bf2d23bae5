package org.kamsim.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made {@code sensitivity.csv} for tests of what is drawn and said from it: each row's figures chosen
 * to be one case (an effect, a U shape, noise, no effect, a clipped range, an input not varied).
 */
public final class SensitivityRows {
  private final String measure;
  private final List<Object[]> rows = new ArrayList<>();

  public SensitivityRows(String measure) {
    this.measure = measure;
  }

  /** One row, in the file's order (rank = position). */
  public SensitivityRows row(String parameter, double base, double low, double high, double valueBase,
      double valueLow, double valueHigh, double stderrLow, double stderrHigh, boolean noEffect,
      boolean withinNoise, boolean clipped) {
    rows.add(new Object[] {parameter, base, low, high, valueBase, valueLow, valueHigh, stderrLow, stderrHigh,
        noEffect, withinNoise, clipped});
    return this;
  }

  public Table table() {
    int n = rows.size();
    return Table.of(SensitivityFile.NAME,
        SensitivityFile.PARAMETER.texts(n, i -> (String) rows.get(i)[0]),
        SensitivityFile.BASE.doubles(n, i -> d(i, 1)),
        SensitivityFile.LOW.doubles(n, i -> d(i, 2)),
        SensitivityFile.HIGH.doubles(n, i -> d(i, 3)),
        SensitivityFile.MEASURE.texts(n, i -> measure),
        SensitivityFile.VALUE_BASE.doubles(n, i -> d(i, 4)),
        SensitivityFile.VALUE_LOW.doubles(n, i -> d(i, 5)),
        SensitivityFile.VALUE_HIGH.doubles(n, i -> d(i, 6)),
        SensitivityFile.SWING.doubles(n, i -> Math.abs(d(i, 6) - d(i, 5))),
        SensitivityFile.STDERR_LOW.doubles(n, i -> d(i, 7)),
        SensitivityFile.STDERR_HIGH.doubles(n, i -> d(i, 8)),
        SensitivityFile.NO_EFFECT.flags(n, i -> (Boolean) rows.get(i)[9]),
        SensitivityFile.WITHIN_NOISE.flags(n, i -> (Boolean) rows.get(i)[10]),
        SensitivityFile.CLIPPED.flags(n, i -> (Boolean) rows.get(i)[11]),
        SensitivityFile.RANK.ints(n, i -> i + 1));
  }

  private double d(int row, int column) {
    return (Double) rows.get(row)[column];
  }

  /**
   * Incremental profit: an effect (discount), a clipped range (persistence), a U shape beyond noise (ramp:
   * both ends 10 worse, 10 standard errors), noise (vacancy: changes of 1, 1 standard error), no effect (KAM
   * cost) and an input not varied (attrition, base 0).
   */
  public static Table mixed() {
    return new SensitivityRows("incremental_profit")
        .row("program.discount", 0.02, 0.01, 0.03, -100, -300, 100, 1, 1, false, false, false)
        .row("factor.persistence", 0.9, 0.45, 1, -100, -150, -50, 2, 2, false, false, true)
        .row("program.ramp_months", 12, 6, 18, -100, -110, -110, 1, 1, false, false, false)
        .row("kam.vacancy_months", 3, 2, 5, -100, -101, -99, 1, 1, false, true, false)
        .row("kam.cost_per_kam", 150_000, 75_000, 225_000, -100, -100, -100, 0, 0, true, false, false)
        .row("kam.attrition", 0, 0, 0, -100, -100, -100, 0, 0, true, false, false)
        .table();
  }
}
