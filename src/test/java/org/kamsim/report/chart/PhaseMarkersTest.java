package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.model.Plan;
import org.kamsim.output.Fixtures;
import org.kamsim.report.Report;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.Result;

/**
 * A phased plan's changes on the charts against the month (the revenue fan and the plan's value over time):
 * one thin dashed line per change, between the month before it and its month, labelled with what changes,
 * each label inside the drawn plot at both layouts, and said in the subtitle, the legend and the page's
 * captions; a plan that never changes has none of them. The fixture's 24 months with changes in months 7, 13
 * and 22 put one label where only its left side has room on a phone.
 */
class PhaseMarkersTest {
  private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);
  private static final List<String> TIME_CHARTS = List.of(Charts.FAN, Charts.PLAN_VALUE);

  @TempDir
  static Path dir;
  static Path phasedDir;
  static Result phased;
  static Result plain;

  @BeforeAll
  static void write() throws Exception {
    Plan plan = new Plan(List.of("A001", "A002", "A003", "A004"), 1, List.of(
        new Plan.Change(7, List.of("A005", "A006"), List.of(), 2),
        new Plan.Change(13, List.of("A007"), List.of(), 2),
        new Plan.Change(22, List.of(), List.of("A004"), 3)));
    phasedDir = Fixtures.write(dir.resolve("phased"), Fixtures.scenario(plan, List.of(Fixtures.LOSE_LARGEST)));
    phased = ResultReader.read(phasedDir);
    plain = ResultReader.read(Fixtures.write(dir.resolve("plain")));
  }

  private static List<ChartFiles.Chart> timeCharts(Result r) {
    return Charts.of(new ReportData(r)).stream().filter(c -> TIME_CHARTS.contains(c.name())).toList();
  }

  @Test
  void phasedPlan_eachTimeChart_marksEveryChange_labelsInsideThePlot_atBothLayouts() {
    assertThat(timeCharts(phased)).hasSize(2);
    for (ChartFiles.Chart chart : timeCharts(phased)) {
      for (Layout layout : new Layout[] {Layout.WIDE, Layout.NARROW}) {
        String as = chart.name() + " " + layout.name();
        ChartFiles.Drawing d = chart.draw().apply(layout);
        JFreeChart c = d.chart();
        ChartRenderingInfo info = new ChartRenderingInfo();
        c.draw(new SVGGraphics2D(layout.width(), d.height()), new Rectangle(0, 0, layout.width(), d.height()),
            info);
        XYPlot plot = (XYPlot) c.getPlot();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        List<ValueMarker> markers = phaseMarkers(plot);
        assertThat(markers).as(as).extracting(ValueMarker::getValue).containsExactly(6.5, 12.5, 21.5);
        for (ValueMarker m : markers) {
          assertThat(m.getLabel()).as(as).startsWith("m" + Math.round(m.getValue() + 0.5));
          double x = plot.getDomainAxis().valueToJava2D(m.getValue(), area, RectangleEdge.BOTTOM);
          double width = width(m.getLabel(), m.getLabelFont());
          boolean right = m.getLabelAnchor() == RectangleAnchor.TOP_RIGHT
              || m.getLabelAnchor() == RectangleAnchor.BOTTOM_RIGHT;
          // The label starts (or ends) its offset's 4 pixels from the line, and must end inside the plot.
          if (right) {
            assertThat(x + 4 + width).as(as + " " + m.getLabel()).isLessThanOrEqualTo(area.getMaxX());
          } else {
            assertThat(x - 4 - width).as(as + " " + m.getLabel()).isGreaterThanOrEqualTo(area.getMinX());
          }
          // Stacked labels stay within the plot's height too (three rows of 18 pixels at most).
          assertThat(m.getLabelOffset().getTop() + m.getLabelOffset().getBottom() + 18).as(as)
              .isLessThan(area.getHeight());
        }
        assertThat(subtitle(c)).as(as).contains("thin dashed lines mark the plan's changes in months 7, 13 and 22");
        assertThat(legend(plot)).as(as).anyMatch(l -> l.startsWith("Plan changes: m7: +2 key, 2 KAMs; m13: +1 key;"));
      }
    }
  }

  @Test
  void phasedPlan_wideLabels_sayWhatChanges() {
    ChartFiles.Chart fan = timeCharts(phased).get(0);
    List<String> labels = phaseMarkers((XYPlot) fan.draw().apply(Layout.WIDE).chart().getPlot()).stream()
        .map(Marker::getLabel).toList();
    assertThat(labels).containsExactly("m7: +2 key, 2 KAMs", "m13: +1 key", "m22: \u22121 key, 3 KAMs");
  }

  @Test
  void plainPlan_noMarkers_noPhaseWords() {
    for (ChartFiles.Chart chart : timeCharts(plain)) {
      for (Layout layout : new Layout[] {Layout.WIDE, Layout.NARROW}) {
        JFreeChart c = chart.draw().apply(layout).chart();
        XYPlot plot = (XYPlot) c.getPlot();
        assertThat(phaseMarkers(plot)).as(chart.name()).isEmpty();
        assertThat(subtitle(c)).doesNotContain("plan's change");
        assertThat(legend(plot)).noneMatch(l -> l.startsWith("Plan changes"));
      }
    }
  }

  @Test
  void page_saysThePhases_inTheCaptions_andTabulatesThem() throws Exception {
    String html = Files.readString(phasedDir.resolve(Report.FILE));
    // Once under the fan, once under the plan's value over time.
    assertThat(html.split("Thin dashed lines mark the plan&#39;s changes in months 7, 13 and 22 \\(m7: \\+2 key, "
        + "2 KAMs; m13: \\+1 key; m22: \u22121 key, 3 KAMs\\)\\.", -1)).hasSize(3);
    assertThat(html).contains("<table class=\"phases\"").contains("From month").contains("Demoted");
    // The headline's sentence on the plan says it is month 1's, and where the changes take it: 4 + 2 + 1 - 1.
    assertThat(html).contains("<strong>The plan.</strong> In month 1 the plan covers 4 key accounts with 1 KAM;")
        .contains("After its last change, in month 22, it covers 6 key accounts with 3 KAMs.");
    String plainHtml = Files.readString(dir.resolve("plain").resolve(Report.FILE));
    assertThat(plainHtml).doesNotContain("dashed lines mark the plan").doesNotContain("class=\"phases\"");
  }

  private static List<ValueMarker> phaseMarkers(XYPlot plot) {
    List<ValueMarker> markers = new ArrayList<>();
    Collection<?> all = plot.getDomainMarkers(Layer.FOREGROUND);
    if (all != null) {
      for (Object o : all) {
        if (o instanceof ValueMarker m && m.getStroke() == PlanPhases.STROKE) {
          markers.add(m);
        }
      }
    }
    return markers;
  }

  private static String subtitle(JFreeChart c) {
    return ((TextTitle) c.getSubtitle(c.getSubtitleCount() - 1)).getText();
  }

  private static List<String> legend(XYPlot plot) {
    LegendItemCollection items = plot.getLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel().replace('\n', ' '));
    }
    return labels;
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, TEXT).getWidth();
  }
}
