package org.kamsim.report.chart;

import static org.kamsim.report.chart.ChartStyle.DARK;
import static org.kamsim.report.chart.ChartStyle.RED;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Amounts.Unit;
import org.kamsim.report.text.Lists;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.Table;

/**
 * Where the worst futures come from (see {@link TailDrivers}): the accounts with the largest parts of the
 * revenue shortfall, each bar in money, split, for a scenario with events, into what the events cost the
 * account on average and its further shortfall in the worst 5% of futures; each labelled with its share of
 * the whole shortfall and of today's revenue.
 */
public final class TailDriversChart {
  /** Accounts in the chart, at both layouts (its caption counts them). */
  public static final int ACCOUNTS = 12;
  private static final Color LOST = new Color(0x7a1b12);

  private TailDriversChart() {}

  static ChartFiles.Drawing draw(Table accounts, TailDrivers drivers, int months, Layout layout) {
    int[] rows = drivers.top(ACCOUNTS);
    DoubleColumn revenue = accounts.doubles(AccountsFile.REVENUE_TODAY);
    double totalRevenue = revenue.sum();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    String[] labels = new String[rows.length];
    double[] ends = new double[rows.length];
    double largest = 0;
    double covered = 0;
    boolean events = drivers.withShocks();
    String lostSeries = "Lost to the scenario's events (mean over all futures)";
    String tailSeries = events ? "Further shortfall in the worst 5% of futures" : "Shortfall in the worst 5% of futures";
    for (int r = 0; r < rows.length; r++) {
      int i = rows[r];
      String label = Labels.axis(accounts, i, layout.narrow() ? 14 : 28);
      if (events) {
        dataset.addValue(drivers.lostToEvents(i), lostSeries, label);
      }
      dataset.addValue(drivers.inTheTail(i), tailSeries, label);
      largest = Math.max(largest, drivers.part(i));
      covered += drivers.share(i);
      String revenueShare = Amounts.percent(totalRevenue > 0 ? revenue.get(i) / totalRevenue : 0, 1);
      labels[r] = layout.narrow() ? Amounts.percent(drivers.share(i), 1) + "; revenue " + revenueShare
          : Amounts.percent(drivers.share(i), 1) + " of the shortfall; " + revenueShare + " of revenue";
      ends[r] = drivers.part(i);
    }
    int last = events ? 1 : 0;
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, events ? LOST : RED);
    renderer.setSeriesPaint(1, RED);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(CategoryDataset data, int row, int column) {
        return row == last ? labels[column] : null;
      }
    });
    renderer.setSeriesItemLabelsVisible(last, true);
    renderer.setDefaultItemLabelFont(layout.tick());
    renderer.setDefaultItemLabelPaint(DARK);
    renderer.setSeriesPositiveItemLabelPosition(last, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setSeriesNegativeItemLabelPosition(last, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
        TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryAxis categories = Axes.accountNames(0.3, layout);
    Unit unit = Unit.ofLargest(largest);
    NumberAxis value = Axes.money(layout.narrow() ? "Revenue short" : "Revenue short over " + months + " months", unit,
        layout);
    Axes.roomForEndLabels(value, ends, labels, layout.tick(), layout);
    CategoryPlot plot = new CategoryPlot(dataset, categories, value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.addRangeMarker(new ValueMarker(0, DARK, new java.awt.BasicStroke(1f)));
    LegendItemCollection legend = new LegendItemCollection();
    if (events) {
      legend.add(ChartStyle.swatch(lostSeries, LOST, layout));
    }
    legend.add(ChartStyle.swatch(tailSeries + " (its part of ES 95%)", RED, layout));
    plot.setFixedLegendItems(legend);
    String subtitle = "The " + Lists.count(rows.length, "account", "accounts") + " with the largest parts of "
        + "the revenue shortfall in the worst 5% of futures" + (events ? ", measured from the same futures without the scenario's events" : "")
        + " (together " + Amounts.percent(covered, 0) + " of it)"
        + (layout.narrow() ? "; labels: each one's share of the shortfall, then of today's revenue" : "");
    JFreeChart chart = ChartStyle.chart("Where the worst outcomes come from", subtitle, plot, layout);
    ChartStyle.categoryLabels(plot, layout);
    return new ChartFiles.Drawing(chart, layout.height(620, 560));
  }
}
