package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {
  @Test
  void hundredths_roundToTheNearestHundredth_shortestForm() {
    assertThat(ChartFiles.hundredths(28.7080078125)).isEqualTo("28.71");
    assertThat(ChartFiles.hundredths(496.5)).isEqualTo("496.5");
    assertThat(ChartFiles.hundredths(14.0)).isEqualTo("14");
    assertThat(ChartFiles.hundredths(0.004)).isEqualTo("0");
    assertThat(ChartFiles.hundredths(0.005)).isEqualTo("0.01");
    assertThat(ChartFiles.hundredths(-3.456)).isEqualTo("-3.46");
    assertThat(ChartFiles.hundredths(-0.001)).isEqualTo("0");
    assertThat(ChartFiles.hundredths(1.05)).isEqualTo("1.05");
    assertThat(ChartFiles.hundredths(2.1)).isEqualTo("2.1");
    assertThat(ChartFiles.hundredths(Double.NaN)).isEqualTo("NaN");
    assertThat(ChartFiles.hundredths(1e300)).isEqualTo("1.0E300");
  }

  @Test
  void svgCoordinates_haveAtMostTwoDecimals_andAPolylineIsOnePath(@TempDir Path dir) throws Exception {
    XYSeries s = new XYSeries("curve");
    for (int i = 0; i <= 500; i++) {
      s.add(i / 500.0, Math.sqrt(i / 500.0));
    }
    XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("x"), new NumberAxis("y"),
        Renderers.lines());
    ChartFiles.Chart chart = new ChartFiles.Chart("curve",
        layout -> new ChartFiles.Drawing(new JFreeChart(plot), 400));
    ChartFiles.Rendered r = ChartFiles.writeSvg(chart, dir);
    String svg = Files.readString(dir.resolve("curve.svg"));
    Matcher path = Pattern.compile("<path d='([^']*)'").matcher(svg);
    int longest = 0;
    while (path.find()) {
      longest = Math.max(longest, path.group(1).split("L").length);
      for (String number : path.group(1).split("[^0-9.\\-]+")) {
        if (number.contains(".")) {
          assertThat(number.substring(number.indexOf('.') + 1)).as(number).hasSizeLessThanOrEqualTo(2);
        }
      }
    }
    // 501 points drawn as one path of 501 vertices, not 500 separate segments.
    assertThat(longest).isEqualTo(501);
    assertThat(r.wide().element()).startsWith("<svg");
  }
}
