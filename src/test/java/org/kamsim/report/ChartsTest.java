package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every chart renders from a small run (and hand-made optimiser files) as a non-blank PNG and a valid SVG. */
class ChartsTest {
  static final List<String> SIMULATION = List.of(ReportCharts.FAN, ReportCharts.REVENUE, ReportCharts.PROFIT,
      ReportCharts.LOST, ReportCharts.LORENZ, ReportCharts.PARETO, ReportCharts.TAIL, ReportCharts.PLAN_VALUE);
  static final List<String> OPTIMISATION = List.of(ReportCharts.CONVERGENCE, ReportCharts.STAFFING,
      ReportCharts.FRONTIER, ReportCharts.BASELINES);

  @TempDir
  static Path dir;
  static Path simulated;
  static Path optimised;

  @BeforeAll
  static void render() throws Exception {
    simulated = ReportFixture.write(dir.resolve("simulated"));
    optimised = ReportFixture.copy(simulated, dir.resolve("optimised"));
    PlanSearchFixture.write(optimised);
    Report.refresh(optimised);
  }

  static Stream<String> allCharts() {
    return Stream.concat(SIMULATION.stream(), OPTIMISATION.stream());
  }

  @ParameterizedTest
  @MethodSource("allCharts")
  void chart_png_isNotBlank(String name) throws IOException {
    BufferedImage image = ImageIO.read(optimised.resolve("charts/" + name + ".png").toFile());
    assertThat(image).as(name).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH * ChartFiles.PNG_SCALE);
    assertThat(image.getHeight()).isGreaterThanOrEqualTo(300 * ChartFiles.PNG_SCALE);
    // A blank (single-colour) image has variance 0. A chart is mostly white background with a few percent
    // of dark text, lines and coloured areas: even 2% of pixels at grey level 0 against white (255) give
    // a variance of 0.02 * 0.98 * 255^2, about 1270. Threshold 500: blank or near-blank fails.
    assertThat(luminanceVariance(image)).as(name).isGreaterThan(500);
    // Variance alone also passes a chart with axes but no data (about 600 for an empty plot with title and
    // axes). Data marks are coloured, axes, grid and text grey: between the title (top 12%) and the legend
    // (bottom 20%), an empty plot has no strongly coloured pixel, the sparsest data chart (the frontier, five
    // dots) about 0.1%.
    assertThat(colouredShare(image)).as(name).isGreaterThan(0.0005);
  }

  @ParameterizedTest
  @MethodSource("allCharts")
  void chart_svg_parsesAsXml(String name) throws Exception {
    Document svg = parse(optimised.resolve("charts/" + name + ".svg"));
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width"))).isEqualTo(ReportCharts.WIDTH);
    assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).as(name + ": text elements")
        .isGreaterThan(5);
  }

  @Test
  void simulationOnly_chartsFolderHoldsPngAndSvgOfEachSimulationChart() throws IOException {
    List<String> expected = new ArrayList<>(List.of(Report.CHARTS_INDEX));
    for (String name : SIMULATION) {
      expected.add(name + ".png");
      expected.add(name + ".svg");
    }
    try (Stream<Path> files = Files.list(simulated.resolve(Report.CHARTS))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void optimiseOnly_drawsTheOptimisationCharts() throws Exception {
    Path only = PlanSearchFixture.writeOptimiseOnly(dir.resolve("optimise-only"));
    Report.refresh(only);
    List<String> expected = new ArrayList<>(List.of(Report.CHARTS_INDEX));
    for (String name : OPTIMISATION) {
      expected.add(name + ".png");
      expected.add(name + ".svg");
    }
    try (Stream<Path> files = Files.list(only.resolve(Report.CHARTS))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(Files.readString(only.resolve("charts/index.txt")))
        .contains("staffing\tStaffing curve\n");
  }

  @Test
  void withOptimiserFiles_optimisationChartsToo() {
    for (String name : OPTIMISATION) {
      assertThat(optimised.resolve("charts/" + name + ".png")).isNotEmptyFile();
      assertThat(optimised.resolve("charts/" + name + ".svg")).isNotEmptyFile();
    }
  }

  /** Parses without any network access: no external DTD, no external entities. */
  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> {
      throw new IllegalStateException("the SVG must not need an external entity: " + systemId);
    });
    return builder.parse(file.toFile());
  }

  /**
   * Share of the pixels between the title and the legend (rows 12% to 80%) whose largest and smallest RGB
   * components differ by 60 or more: clearly coloured.
   */
  static double colouredShare(BufferedImage image) {
    long coloured = 0;
    int from = (int) (image.getHeight() * 0.12);
    int to = (int) (image.getHeight() * 0.80);
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) >= 60) {
          coloured++;
        }
      }
    }
    return (double) coloured / ((long) image.getWidth() * (to - from));
  }

  static double luminanceVariance(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        double l = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        sum += l;
        squares += l * l;
        n++;
      }
    }
    double mean = sum / n;
    return squares / n - mean * mean;
  }
}
