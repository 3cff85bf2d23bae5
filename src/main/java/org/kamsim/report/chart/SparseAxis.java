package org.kamsim.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis with at most a given number of ticks. JFreeChart picks the smallest tick unit whose labels
 * do not overlap, which on a tall axis means twenty labels; fewer read faster.
 */
final class SparseAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  private final int maxTicks;

  SparseAxis(String label, int maxTicks) {
    super(label);
    this.maxTicks = maxTicks;
  }

  /** Tick units for months: 1, 2, 3, 6, 12, 24, ... months. */
  static TickUnitSource monthUnits() {
    TickUnits units = new TickUnits();
    for (int m : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240, 600}) {
      units.add(new NumberTickUnit(m));
    }
    return units;
  }

  @Override
  protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    super.selectAutoTickUnit(g2, dataArea, edge);
    TickUnitSource source = getStandardTickUnits();
    TickUnit unit = getTickUnit();
    double length = getRange().getLength();
    for (int guard = 0; guard < 64 && length / unit.getSize() > maxTicks; guard++) {
      TickUnit larger = source.getLargerTickUnit(unit);
      if (larger == null || larger.getSize() <= unit.getSize()) {
        break;
      }
      unit = larger;
    }
    if (unit != getTickUnit()) {
      setTickUnit((NumberTickUnit) unit, false, false);
    }
  }
}
