package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.BLUE;
import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.DASHED;
import static org.kamsim.report.chart.ChartStyle.DOTTED;
import static org.kamsim.report.chart.ChartStyle.GREEN;
import static org.kamsim.report.chart.ChartStyle.GREY;
import static org.kamsim.report.chart.ChartStyle.LINE;
import static org.kamsim.report.chart.ChartStyle.ORANGE;

import java.awt.Color;
import java.awt.Paint;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.Summary;
import org.kamsim.results.Table;

/**
 * How concentrated today's revenue is: the Lorenz curve (with the HHI, the Gini and what the largest 20% of
 * accounts bring), and the largest accounts one by one, each bar the account's share of today's revenue,
 * labelled with the running total, coloured by its place in today's key set and in the plan.
 */
public final class ConcentrationCharts {
  /** Accounts in the chart of the largest accounts, at both layouts (its caption counts them). */
  public static final int TOP = 15;

  private ConcentrationCharts() {}

  /**
   * An account's place in today's key set and in the plan, as a colour: its legend entry, and the words a
   * caption uses for it.
   */
  public enum Status {
    KEPT("Key today, key in the plan", BLUE, "blue accounts are key today and stay key in the plan"),
    DROPPED("Key today, dropped from the plan", ORANGE,
        "orange ones are key today but left out of the plan (a demoted account churns more)"),
    NEW("Made key by the plan", GREEN, "green ones are made key by the plan"),
    STANDARD("Standard account", GREY, "grey ones are standard accounts in both");

    final String label;
    final Color color;
    private final String meaning;

    Status(String label, Color color, String meaning) {
      this.label = label;
      this.color = color;
      this.meaning = meaning;
    }

    /** What the colour means, in a caption: "blue accounts are key today and stay key in the plan". */
    public String meaning() {
      return meaning;
    }

    static Status of(boolean keyToday, boolean keyInPlan) {
      return keyToday ? (keyInPlan ? KEPT : DROPPED) : (keyInPlan ? NEW : STANDARD);
    }
  }

  /** The statuses among the {@link #TOP} largest accounts: the colours {@link #topAccounts} draws. */
  public static java.util.EnumSet<Status> statusesShown(Table accounts) {
    int[] order = TailDrivers.largestFirst(accounts.doubles(AccountsFile.REVENUE_TODAY).toArray());
    java.util.EnumSet<Status> shown = java.util.EnumSet.noneOf(Status.class);
    for (int r = 0; r < Math.min(TOP, order.length); r++) {
      shown.add(Status.of(accounts.flags(AccountsFile.KEY_TODAY).get(order[r]),
          accounts.flags(AccountsFile.KEY_IN_PLAN).get(order[r])));
    }
    return shown;
  }

  static ChartFiles.Drawing lorenz(Table accounts, Summary.Concentration c, Layout layout) {
    double[] revenue = accounts.doubles(AccountsFile.REVENUE_TODAY).toArray();
    Arrays.sort(revenue);
    double total = Arrays.stream(revenue).sum();
    int n = revenue.length;
    double[] cumulative = new double[n + 1];
    for (int i = 0; i < n; i++) {
      cumulative[i + 1] = cumulative[i] + (total > 0 ? revenue[i] / total : 1.0 / n);
    }
    XYSeries curve = new XYSeries("Lorenz curve");
    for (int i = 0; i <= n; i++) {
      curve.add((double) i / n, cumulative[i]);
    }
    XYSeries equality = new XYSeries("Equality");
    equality.add(0, 0);
    equality.add(1, 1);
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(curve);
    dataset.addSeries(equality);
    XYLineAndShapeRenderer renderer = Renderers.lines();
    Renderers.style(renderer, 0, BLUE, LINE);
    Renderers.style(renderer, 1, GREY, DASHED);
    NumberAxis x = Axes.percent(layout.narrow() ? "Share of accounts, smallest first"
        : "Accounts, smallest to largest (cumulative share)", layout);
    NumberAxis y = Axes.percent(layout.narrow() ? "Share of revenue today" : "Revenue today (cumulative share)", layout);
    x.setRange(0, 1);
    y.setRange(0, 1);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    String pareto = null;
    if (n >= 5) {
      // Where the Pareto principle is read off the curve: what the largest 20% of accounts bring.
      double at = 0.8 * n;
      int i = (int) Math.floor(at);
      double below = i >= n ? 1 : cumulative[i] + (at - i) * (cumulative[i + 1] - cumulative[i]);
      pareto = "The largest 20% of accounts bring " + Amounts.percent(1 - below, 0) + " of revenue";
      if (layout.narrow()) {
        // On a phone the sentence would run out of the plot at the left: a line marks the point instead,
        // and the legend says what it shows.
        plot.addDomainMarker(new ValueMarker(0.8, DARK, DOTTED), Layer.FOREGROUND);
      } else {
        XYPointerAnnotation note = new XYPointerAnnotation(pareto, 0.8, below, -2.4);
        note.setFont(layout.marker());
        note.setPaint(DARK);
        note.setArrowPaint(DARK);
        note.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        note.setBaseRadius(60);
        note.setLabelOffset(6);
        plot.addAnnotation(note);
      }
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartStyle.line("Lorenz curve (Gini " + Amounts.decimal(c.gini(), 2) + ")", BLUE, LINE, layout));
    legend.add(ChartStyle.line("Every account the same size", GREY, DASHED, layout));
    if (pareto != null && layout.narrow()) {
      legend.add(ChartStyle.line(pareto + " (right of the dotted line)", DARK, DOTTED, layout));
    }
    legend.add(ChartStyle.note("HHI " + Amounts.decimal(c.hhi(), 3)
        + (c.hhi() > 0 ? " (as concentrated as " + Amounts.decimal(1 / c.hhi(), 0) + " equal accounts)" : ""),
        layout));
    legend.add(ChartStyle.note("Largest account " + Amounts.percent(c.top1Share(), 1), layout));
    if (n > 5) {
      legend.add(ChartStyle.note("Top 5 accounts " + Amounts.percent(c.top5Share(), 1), layout));
    }
    plot.setFixedLegendItems(legend);
    return new ChartFiles.Drawing(ChartStyle.chart("Concentration of today's revenue",
        "The further the curve sags below the diagonal, the more revenue depends on few accounts ("
            + Amounts.count(n) + " accounts)", plot, layout), layout.height(540, 460));
  }

  static ChartFiles.Drawing topAccounts(Table accounts, Layout layout) {
    DoubleColumn revenue = accounts.doubles(AccountsFile.REVENUE_TODAY);
    double total = revenue.sum();
    int[] order = TailDrivers.largestFirst(revenue.toArray());
    int shown = Math.min(TOP, order.length);
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    Paint[] paints = new Paint[shown];
    String[] labels = new String[shown];
    Map<Status, Boolean> present = new LinkedHashMap<>();
    double cumulative = 0;
    for (int r = 0; r < shown; r++) {
      int i = order[r];
      double share = total > 0 ? revenue.get(i) / total : 0;
      cumulative += share;
      bars.addValue(share, "Share of today's revenue", Labels.axis(accounts, i, layout.narrow() ? 14 : 28));
      labels[r] = Amounts.percent(share, 1) + (r == 0 ? "" : "  (top " + (r + 1) + ": " + Amounts.percent(cumulative, 0)
          + ")");
      Status status = Status.of(accounts.flags(AccountsFile.KEY_TODAY).get(i),
          accounts.flags(AccountsFile.KEY_IN_PLAN).get(i));
      paints[r] = status.color;
      present.put(status, true);
    }
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return paints[column];
      }
    };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0);
    renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
        return labels[column];
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(layout.tick());
    renderer.setDefaultItemLabelPaint(DARK);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryAxis categories = Axes.accountNames(0.25, layout);
    NumberAxis value = Axes.percent(layout.narrow() ? "Share of today's revenue"
        : "Share of today's revenue (annual run-rate)", layout);
    double[] ends = new double[shown];
    for (int r = 0; r < shown; r++) {
      ends[r] = bars.getValue(0, r).doubleValue();
    }
    Axes.roomForEndLabels(value, ends, labels, layout.tick(), layout);
    CategoryPlot plot = new CategoryPlot(bars, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    LegendItemCollection legend = new LegendItemCollection();
    for (Status s : present.keySet()) {
      legend.add(ChartStyle.swatch(s.label, s.color, layout));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(shown == 1 ? "The largest account" : "The " + shown + " largest accounts",
        "Each account's share of today's revenue; in brackets, the share of the largest accounts together",
        plot, layout);
    ChartStyle.categoryLabels(plot, layout);
    return new ChartFiles.Drawing(chart, layout.height(620, 560));
  }
}
