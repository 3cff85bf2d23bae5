package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.kamsim.report.chart.CompareCharts.Split;
import org.kamsim.results.Column;
import org.kamsim.results.ColumnSpec;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.Table;
import org.kamsim.simulation.Stats;

/** The charts of {@code kamsim compare}: bars coloured by what they hold, markers that do not hide intervals. */
class CompareChartsTest {
  /** A base and one scenario, paired, with the given change in revenue and profit (mean and 95% interval). */
  private static Table compare(double mean, double low, double high, double pMean, double pLow, double pHigh) {
    List<Column> columns = new ArrayList<>();
    for (ColumnSpec c : CompareFile.COLUMNS) {
      columns.add(switch (c.type()) {
        case TEXT -> c.texts(2, i -> i == 0 ? "baseline" : "lose-one");
        case FLAG -> c.flags(2, i -> true);
        case INTEGER -> c.ints(2, i -> 100);
        default -> c.doubles(2, i -> i == 0 ? 0
            : c == CompareFile.DELTA_REVENUE_MEAN ? mean : c == CompareFile.DELTA_REVENUE_CI95_LOW ? low
            : c == CompareFile.DELTA_REVENUE_CI95_HIGH ? high : c == CompareFile.DELTA_PROFIT_MEAN ? pMean
            : c == CompareFile.DELTA_PROFIT_CI95_LOW ? pLow : c == CompareFile.DELTA_PROFIT_CI95_HIGH ? pHigh : 0);
      });
    }
    return Table.of(CompareFile.NAME, columns);
  }

  private static List<String> legend(XYPlot plot) {
    LegendItemCollection items = plot.getFixedLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  @Test
  void split_countsLessExactlyAsMuchAndMore() {
    Split split = Split.of(new double[] {-3, -0.5, 0, 0, 2});

    assertThat(split).isEqualTo(new Split(2, 2, 1));
    assertThat(split.futures()).isEqualTo(5);
    assertThat(split.share(2)).isEqualTo("40.0%");
    assertThat(split.share(0)).isEqualTo("none");
    assertThat(split.share(5)).isEqualTo("all");
  }

  @Test
  void difference_exactZeros_haveTheirOwnColourAndLegend_andNoRedBarHoldsThem() {
    // 96 futures lose between 1 and 96 thousand, 3 lose nothing, 1 gains 500: the old chart drew the zeros in
    // the last red bar ("less revenue").
    double[] changes = new double[100];
    for (int i = 0; i < 96; i++) {
      changes[i] = -1000.0 * (i + 1);
    }
    changes[99] = 500;
    double[] sorted = Stats.sorted(changes);
    Table compare = compare(-48_000, -50_000, -46_000, 0, 0, 0);

    XYPlot plot = CompareCharts.difference(compare, 1, sorted, Layout.WIDE).chart().getXYPlot();

    XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset();
    double[] share = new double[3];
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < bars.getItemCount(s); i++) {
        share[s] += bars.getEndYValue(s, i) - bars.getStartYValue(s, i);
        boolean middle = bars.getStartXValue(s, i) < 0 && bars.getEndXValue(s, i) > 0;
        // red bars start left of zero, blue ones end right of it; grey ones are the bin centred on zero
        if (s == 0) {
          assertThat(bars.getStartXValue(s, i) < 0).isTrue();
        }
        if (s == 1) {
          assertThat(middle).as("the exact zeros are in the bin centred on zero").isTrue();
        }
        if (s == 2) {
          assertThat(bars.getEndXValue(s, i) > 0).isTrue();
        }
      }
    }
    assertThat(share[0]).isCloseTo(0.96, within(1e-12));
    assertThat(share[1]).isCloseTo(0.03, within(1e-12));
    assertThat(share[2]).isCloseTo(0.01, within(1e-12));
    assertThat(legend(plot)).containsExactly("Less revenue than baseline: 96.0% of futures",
        "Exactly as much: 3.0% of futures", "More revenue than baseline: 1.0% of futures", "No change (0)",
        "Mean change \u221248.0 thousand");
  }

  @Test
  void difference_everyFutureLess_namesOnlyTheColourShown() {
    double[] sorted = Stats.sorted(new double[] {-5e6, -4e6, -3e6, -1e6});

    XYPlot plot = CompareCharts.difference(compare(-3.25e6, -5e6, -1e6, 0, 0, 0), 1, sorted, Layout.NARROW)
        .chart().getXYPlot();

    assertThat(legend(plot)).containsExactly("Less revenue than baseline: all futures", "No change (0)",
        "Mean change \u22123.25 million");
  }

  @Test
  void changes_meanMarkerIsAThinTick_thatCannotReachAcrossZeroFromANarrowInterval() {
    // A profit interval from -127 to -59 thousand against a revenue change of -12.2 million, as the
    // conservative program against the baseline: about 7 px wide on the laptop's chart.
    XYPlot plot = CompareCharts.changes(compare(-12.2e6, -12.4e6, -12.1e6, -93e3, -127e3, -59e3), Layout.WIDE)
        .chart().getXYPlot();

    for (int series = 0; series < 2; series++) {
      // The chart is horizontal: the shape's width is along the value axis.
      assertThat(plot.getRenderer().getSeriesShape(series).getBounds2D().getWidth()).isLessThanOrEqualTo(3);
    }
  }

  /** compare-periods.csv of two scenarios over 24 months; with {@code phased}, lose-one's plan grows in month 13. */
  private static Table periods(boolean phased) {
    int n = 48;
    List<Column> columns = new ArrayList<>(List.of(
        ComparePeriodsFile.SCENARIO.texts(n, i -> i < 24 ? "baseline" : "lose-one"),
        ComparePeriodsFile.MONTH.ints(n, i -> i % 24 + 1),
        ComparePeriodsFile.REVENUE_MEAN.doubles(n, i -> 1e6),
        ComparePeriodsFile.REVENUE_P05.doubles(n, i -> 0.8e6),
        ComparePeriodsFile.REVENUE_P50.doubles(n, i -> 1e6),
        ComparePeriodsFile.REVENUE_P95.doubles(n, i -> 1.2e6),
        ComparePeriodsFile.PROFIT_MEAN.doubles(n, i -> 2e5)));
    if (phased) {
      columns.add(ComparePeriodsFile.KEY_ACCOUNTS.ints(n, i -> i >= 24 + 12 ? 8 : 5));
      columns.add(ComparePeriodsFile.KAMS.ints(n, i -> i >= 24 + 12 ? 3 : 2));
    }
    return Table.of(ComparePeriodsFile.NAME, columns);
  }

  @Test
  void fans_markAPhasedScenariosChange_inItsColour_andNothingWithoutPhases() {
    Table compare = compare(1, 0.5, 1.5, 1, 0.5, 1.5);
    for (Layout layout : new Layout[] {Layout.WIDE, Layout.NARROW}) {
      XYPlot plot = (XYPlot) CompareCharts.fans(compare, periods(true), layout).chart().getPlot();
      List<org.jfree.chart.plot.ValueMarker> markers = new ArrayList<>();
      for (Object o : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
        markers.add((org.jfree.chart.plot.ValueMarker) o);
      }
      assertThat(markers).hasSize(1);
      assertThat(markers.get(0).getValue()).isEqualTo(12.5);
      assertThat(markers.get(0).getLabel()).isEqualTo("m13: 8 key, 3 KAMs");
      assertThat(markers.get(0).getPaint()).isEqualTo(ChartStyle.ORANGE);
      XYPlot plain = (XYPlot) CompareCharts.fans(compare, periods(false), layout).chart().getPlot();
      assertThat(plain.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNull();
    }
  }
}
