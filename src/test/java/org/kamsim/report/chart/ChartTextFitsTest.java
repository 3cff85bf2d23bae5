package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.Result;
import org.kamsim.scenario.ScenarioLoader;

/**
 * No chart's text runs out of its room, at either layout: an axis title fits along its axis (JFreeChart
 * neither wraps nor shrinks one; a phone showed "(millions" cut to "(mill"), and every legend entry, its
 * lines wrapped, fits across the chart. Drawn from the bundled lose-top-account scenario (real account names,
 * both kinds of event) and the test fixture's optimisation.
 */
class ChartTextFitsTest {
  private static final FontRenderContext TEXT = new FontRenderContext(null, true, true);
  /** The legend's graphic and padding before the text (ChartStyle: 24-pixel line, 4 + 14 padding). */
  private static final double LEGEND_GRAPHIC = 44;

  @TempDir
  static Path dir;
  static Result simulated;
  static Result optimised;

  @BeforeAll
  static void write() throws Exception {
    Path lose = Fixtures.write(dir.resolve("lose"),
        ScenarioLoader.load(Path.of("scenarios/lose-top-account.yaml")).withTrials(2_000));
    simulated = ResultReader.read(lose);
    optimised = ResultReader.read(Fixtures.writeOptimised(dir.resolve("optimised")));
  }

  static Stream<Arguments> charts() {
    List<Arguments> cases = new ArrayList<>();
    for (Result r : new Result[] {simulated, optimised}) {
      for (ChartFiles.Chart chart : Charts.of(new ReportData(r))) {
        if (r == optimised && ChartsTest.SIMULATION.contains(chart.name())) {
          continue;
        }
        for (Layout layout : new Layout[] {Layout.WIDE, Layout.NARROW}) {
          cases.add(Arguments.of(chart.name(), layout.name(), chart, layout));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("charts")
  void axisTitlesAndLegendEntriesFit(String name, String layoutName, ChartFiles.Chart chart, Layout layout) {
    ChartFiles.Drawing d = chart.draw().apply(layout);
    JFreeChart c = d.chart();
    ChartRenderingInfo info = new ChartRenderingInfo();
    c.draw(new SVGGraphics2D(layout.width(), d.height()), new Rectangle(0, 0, layout.width(), d.height()), info);
    List<String> problems = new ArrayList<>();
    axes(c.getPlot(), info.getPlotInfo(), problems);
    LegendItemCollection items = c.getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      Font font = item.getLabelFont() != null ? item.getLabelFont() : c.getLegend().getItemFont();
      for (String line : item.getLabel().split("\n")) {
        double width = width(line, font) + LEGEND_GRAPHIC;
        if (width > layout.width() - 26) {
          problems.add("legend \"" + line + "\" is " + Math.round(width) + " px wide, the chart "
              + layout.width());
        }
      }
    }
    assertThat(problems).as(name + " " + layoutName).isEmpty();
  }

  private static void axes(Plot plot, PlotRenderingInfo info, List<String> problems) {
    if (plot instanceof CombinedDomainXYPlot combined) {
      List<XYPlot> subs = combined.getSubplots();
      Rectangle2D first = info.getSubplotInfo(0).getDataArea();
      fits(combined.getDomainAxis(), first.getWidth(), problems);
      for (int i = 0; i < subs.size(); i++) {
        Rectangle2D area = info.getSubplotInfo(i).getDataArea();
        for (int a = 0; a < subs.get(i).getRangeAxisCount(); a++) {
          fits(subs.get(i).getRangeAxis(a), area.getHeight(), problems);
        }
      }
      return;
    }
    Rectangle2D area = info.getDataArea();
    boolean horizontal;
    List<Axis> domain = new ArrayList<>();
    List<Axis> range = new ArrayList<>();
    if (plot instanceof XYPlot xy) {
      horizontal = xy.getOrientation() == PlotOrientation.HORIZONTAL;
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        domain.add(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        range.add(xy.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot cat) {
      horizontal = cat.getOrientation() == PlotOrientation.HORIZONTAL;
      domain.add(cat.getDomainAxis());
      for (int i = 0; i < cat.getRangeAxisCount(); i++) {
        range.add(cat.getRangeAxis(i));
      }
    } else {
      return;
    }
    for (Axis a : domain) {
      fits(a, horizontal ? area.getHeight() : area.getWidth(), problems);
    }
    for (Axis a : range) {
      fits(a, horizontal ? area.getWidth() : area.getHeight(), problems);
    }
  }

  private static void fits(Axis axis, double length, List<String> problems) {
    if (axis == null || axis.getLabel() == null || axis.getLabel().isEmpty()) {
      return;
    }
    double width = width(axis.getLabel(), axis.getLabelFont());
    if (width > length) {
      problems.add("axis title \"" + axis.getLabel() + "\" is " + Math.round(width) + " px, its axis "
          + Math.round(length));
    }
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, TEXT).getWidth();
  }
}
