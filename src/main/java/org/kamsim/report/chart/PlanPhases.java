package org.kamsim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.kamsim.report.text.Lists;
import org.kamsim.results.Summary;

/**
 * The phases of a phased plan (MODEL.md, "Phased plans") as {@code summary.json}'s {@code plan} holds them:
 * the month-1 key set and headcount, then each change of {@code plan.changes}; and how a chart against the
 * month marks them: a thin dashed vertical line where each change takes effect, with a short label ("m13:
 * +10 key, 10 KAMs") placed where it fits. A plan that never changes has one phase and marks nothing.
 */
public final class PlanPhases {
  /** The markers' colour: neither the plan's blue nor the events' red, so that they read as a timeline. */
  static final Color COLOUR = ChartStyle.DARK;
  static final Stroke STROKE = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
      new float[] {5f, 4f}, 0f);
  /** Pixels between a marker's line and its label, and between the label and the plot's edge. */
  private static final double GAP = 4;
  /** Labels of neighbouring changes are stacked this many pixels apart, so that they never overlap. */
  private static final int STACK = 18;

  /**
   * One phase: the months it covers and the plan in them.
   *
   * @param from its first month
   * @param to its last month
   * @param keyAccounts accounts in the key set
   * @param kams the KAM headcount
   * @param promoted accounts that join the key set in month {@code from} (0 for the first phase)
   * @param demoted accounts that leave it in month {@code from} (0 for the first phase)
   */
  public record Phase(int from, int to, int keyAccounts, int kams, int promoted, int demoted) {}

  private final List<Phase> phases;

  private PlanPhases(List<Phase> phases) {
    this.phases = List.copyOf(phases);
  }

  /** The phases of {@code plan} over {@code months} months. */
  public static PlanPhases of(Summary.PlanValue plan, int months) {
    List<Phase> phases = new ArrayList<>();
    int from = 1;
    int key = plan.keyAccounts().size();
    int kams = plan.kams();
    int promoted = 0;
    int demoted = 0;
    for (Summary.PlanChange c : plan.changes()) {
      phases.add(new Phase(from, c.month() - 1, key, kams, promoted, demoted));
      from = c.month();
      promoted = c.promote().size();
      demoted = c.demote().size();
      key += promoted - demoted;
      kams = c.kams();
    }
    phases.add(new Phase(from, months, key, kams, promoted, demoted));
    return new PlanPhases(phases);
  }

  /** Whether the plan changes during the horizon. */
  public boolean phased() {
    return phases.size() > 1;
  }

  /** Every phase, month 1's first. */
  public List<Phase> phases() {
    return phases;
  }

  /** The phases from the first change on: one per marked line. */
  public List<Phase> changes() {
    return phases.subList(1, phases.size());
  }

  /**
   * A change's label: its month and what changes, "m13: +10 key, 10 KAMs", "m25: \u22121 key"; the headcount
   * is named when it changes, and "no change" when nothing does (a change that repeats the headcount).
   */
  public String label(Phase p) {
    Phase before = phases.get(phases.indexOf(p) - 1);
    List<String> what = new ArrayList<>();
    if (p.promoted() > 0) {
      what.add("+" + p.promoted() + " key");
    }
    if (p.demoted() > 0) {
      what.add("\u2212" + p.demoted() + " key");
    }
    if (p.kams() != before.kams()) {
      what.add(p.kams() + (p.kams() == 1 ? " KAM" : " KAMs"));
    }
    return "m" + p.from() + ": " + (what.isEmpty() ? "no change" : String.join(", ", what));
  }

  /** "month 13", "months 13 and 25": the months the plan changes in. */
  public String months() {
    List<String> months = changes().stream().map(p -> Integer.toString(p.from())).toList();
    return (months.size() == 1 ? "month " : "months ") + Lists.and(months);
  }

  /** What the markers are, for a chart's subtitle and the page's caption; empty when the plan never changes. */
  public String caption() {
    if (!phased()) {
      return "";
    }
    return (changes().size() == 1 ? "the thin dashed line marks the plan's change in "
        : "thin dashed lines mark the plan's changes in ") + months();
  }

  /**
   * Marks each change on {@code plan}, a chart whose x axis is the month ({@link Axes#months}) of
   * {@code months} months, and adds its legend entry to {@code legend}. The line sits between the month
   * before the change and the change's month, where the new plan starts to count. Labels go at the plot's
   * top ({@code top}) or bottom, below the {@code taken} rows of other labels there, stacked, each to the
   * right of its line, to the left where the right has no room, and shortened to its month where neither side
   * has room for the whole label. The plot's width is estimated from the chart's ({@link #plotWidth}); the
   * chart tests measure the drawn labels against the drawn plot.
   */
  void mark(XYPlot plot, LegendItemCollection legend, int months, boolean top, int taken, Layout layout) {
    if (!phased()) {
      return;
    }
    List<Integer> at = changes().stream().map(Phase::from).toList();
    List<String> labels = changes().stream().map(this::label).toList();
    lines(plot, at, labels, COLOUR, months, top, taken, layout);
    legend.add(ChartStyle.line("Plan changes: " + String.join("; ", labels), COLOUR, STROKE, layout));
  }

  /**
   * Draws a thin dashed line in {@code colour} before each month of {@code at} with its label of
   * {@code labels}, placed as {@link #mark} says; for charts that mark several plans' changes, each in its
   * scenario's colour ({@code kamsim compare}'s fans).
   */
  static void lines(XYPlot plot, List<Integer> at, List<String> labels, Color colour, int months, boolean top,
      int taken, Layout layout) {
    Font font = layout.marker();
    double width = plotWidth(layout);
    int stack = 0;
    for (int i = 0; i < at.size(); i++) {
      double x = at.get(i) - 0.5;
      double px = (x - 0.5) / months * width;
      String label = labels.get(i);
      boolean right = fits(label, font, width - px);
      if (!right && !fits(label, font, px)) {
        label = "m" + at.get(i);
        right = fits(label, font, width - px);
      }
      ValueMarker m = new ValueMarker(x, colour, STROKE);
      m.setLabel(label);
      m.setLabelFont(font);
      m.setLabelPaint(colour);
      m.setLabelBackgroundColor(ChartStyle.alpha(Color.WHITE, 0.85));
      int down = 4 + STACK * (taken + stack);
      if (top) {
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(down, GAP, 2, GAP));
      } else {
        m.setLabelAnchor(right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, GAP, down, GAP));
      }
      plot.addDomainMarker(m, Layer.FOREGROUND);
      stack = (stack + 1) % 3;
    }
  }

  /**
   * The width of a time chart's plot: the chart less its padding (10 + 16) and the money axis's tick labels
   * and title (about 70 pixels at either layout). An estimate on the short side, so that a label judged to fit
   * does.
   */
  static double plotWidth(Layout layout) {
    return layout.width() - 26 - 70;
  }

  private static boolean fits(String label, Font font, double room) {
    return Labels.width(label, font) + 3 * GAP <= room;
  }
}
