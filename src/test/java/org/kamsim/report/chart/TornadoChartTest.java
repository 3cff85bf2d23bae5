package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.kamsim.results.SensitivityRows;

/** The tornado chart: noise drawn grey with a legend entry, and labels no line runs through. */
class TornadoChartTest {
  @Test
  void noiseRows_areGreyWithALegendEntry_andLabelsCoverTheLines() {
    for (Layout layout : new Layout[] {Layout.WIDE, Layout.NARROW}) {
      XYPlot plot = TornadoChart.draw(SensitivityRows.mixed(), 36, layout).chart().getXYPlot();
      XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot.getDataset();
      // Row 4 of 6 (kam.vacancy_months) is within noise: drawn at y = 6 - 1 - 3 = 2 in the grey series only.
      assertThat(data.getSeries(2).getItemCount()).isEqualTo(1);
      assertThat(data.getSeries(2).getX(0).doubleValue()).isEqualTo(2);
      assertThat(data.getSeries(0).getItemCount()).isEqualTo(5);
      assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(ChartStyle.GREY);
      assertThat(plot.getRenderer().getSeriesPaint(3)).isEqualTo(ChartStyle.GREY);
      LegendItemCollection legend = plot.getFixedLegendItems();
      List<String> entries = new ArrayList<>();
      for (int i = 0; i < legend.getItemCount(); i++) {
        entries.add(legend.get(i).getLabel());
      }
      assertThat(entries).contains("Both within 2 standard errors of the base: noise");
      // Plot annotations are drawn after the markers: an opaque label hides the base line behind its text.
      for (XYAnnotation a : plot.getAnnotations()) {
        assertThat(((XYTextAnnotation) a).getBackgroundPaint()).isEqualTo(Color.WHITE);
      }
      assertThat(((XYTextAnnotation) plot.getAnnotations().get(4)).getText()).endsWith(", no effect");
      assertThat(((XYTextAnnotation) plot.getAnnotations().get(5)).getText()).endsWith(", not varied");
    }
  }

  @Test
  void withoutNoise_thereIsNoGreyLegendEntry() {
    XYPlot plot = TornadoChart.draw(new SensitivityRows("profit")
        .row("program.discount", 0.02, 0.01, 0.03, 10, 12, 8, 0.1, 0.1, false, false, false).table(), 12,
        Layout.WIDE).chart().getXYPlot();
    assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(3);
  }
}
