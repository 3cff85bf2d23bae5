package org.kamsim.report.chart;

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
import org.kamsim.output.Fixtures;
import org.kamsim.report.Report;
import org.w3c.dom.Document;

/**
 * Every chart renders from a small run and a small optimisation as a non-blank PNG and a valid SVG, at both
 * layouts, and says what the data says.
 */
class ChartsTest {
  static final List<String> SIMULATION = List.of(Charts.FAN, Charts.REVENUE, Charts.REVENUE_S_CURVE,
      Charts.PROFIT, Charts.PROFIT_S_CURVE, Charts.LOST, Charts.PRECISION, Charts.LORENZ, Charts.TOP_ACCOUNTS,
      Charts.TAIL, Charts.PLAN_VALUE);
  static final List<String> OPTIMISATION = List.of(Charts.BASELINES, Charts.STAFFING, Charts.FRONTIER,
      Charts.CONVERGENCE);

  @TempDir
  static Path dir;
  static Path simulated;
  static Path optimised;

  @BeforeAll
  static void render() throws Exception {
    simulated = Fixtures.write(dir.resolve("simulated"));
    optimised = Fixtures.writeOptimised(dir.resolve("optimised"));
  }

  static Stream<String> allCharts() {
    return Stream.concat(SIMULATION.stream(), OPTIMISATION.stream());
  }

  private static Path png(String name) {
    return (SIMULATION.contains(name) ? simulated : optimised).resolve("charts/" + name + ".png");
  }

  @ParameterizedTest
  @MethodSource("allCharts")
  void chart_png_isNotBlank(String name) throws IOException {
    BufferedImage image = ImageIO.read(png(name).toFile());
    assertThat(image).as(name).isNotNull();
    assertThat(image.getWidth()).isEqualTo((int) Math.round(Layout.WIDE.width() * ChartFiles.PNG_SCALE));
    assertThat(image.getHeight()).isGreaterThanOrEqualTo((int) Math.round(300 * ChartFiles.PNG_SCALE));
    // A blank (single-colour) image has variance 0. A chart is mostly white background with a few percent
    // of dark text, lines and coloured areas: even 2% of pixels at grey level 0 against white (255) give
    // a variance of 0.02 * 0.98 * 255^2, about 1270. Threshold 500: blank or near-blank fails.
    assertThat(luminanceVariance(image)).as(name).isGreaterThan(500);
    // Variance alone also passes a chart with axes but no data (about 600 for an empty plot with title and
    // axes). Data marks are coloured, axes, grid and text grey: between the title (top 12%) and the legend
    // (bottom 20%), an empty plot has no strongly coloured pixel, the sparsest data chart (the frontier, a
    // few dots) about 0.1%.
    assertThat(colouredShare(image)).as(name).isGreaterThan(0.0005);
  }

  @ParameterizedTest
  @MethodSource("allCharts")
  void chart_svg_parsesAsXml_withItsText(String name) throws Exception {
    Path file = (SIMULATION.contains(name) ? simulated : optimised).resolve("charts/" + name + ".svg");
    Document svg = parse(file);
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width"))).isEqualTo(Layout.WIDE.width());
    assertThat(svg.getElementsByTagNameNS("*", "text").getLength()).as(name + ": text elements").isGreaterThan(5);
  }

  @Test
  void chartsFolder_holdsPngAndSvgOfEachChart() throws IOException {
    assertThat(files(simulated)).containsExactlyInAnyOrderElementsOf(expected(SIMULATION));
    List<String> all = new ArrayList<>(SIMULATION);
    all.addAll(OPTIMISATION);
    assertThat(files(optimised)).containsAll(expected(OPTIMISATION)).isSubsetOf(expected(all));
    assertThat(Files.readString(optimised.resolve("charts/index.txt"))).contains("staffing\tStaffing curve\n");
  }

  private static List<String> expected(List<String> names) {
    List<String> expected = new ArrayList<>(List.of(Report.CHARTS_INDEX));
    for (String name : names) {
      expected.add(name + ".png");
      expected.add(name + ".svg");
    }
    return expected;
  }

  private static List<String> files(Path run) throws IOException {
    try (Stream<Path> files = Files.list(run.resolve(Report.CHARTS))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  @Test
  void frontier_plotsSafetyNotDistanceFromTheMean() throws IOException {
    String svg = Files.readString(optimised.resolve("charts/frontier.svg"));
    // (The vertical axis's label is drawn rotated, which JFreeSVG writes as outlines, not text.)
    assertThat(svg).contains("Profit in the worst 5% of futures, mean (right is safer)")
        .doesNotContain("lower is safer").doesNotContain("ES 95% of profit");
  }

  @Test
  void frontier_headcountColours_neighboursTellApart() {
    // Neighbouring headcounts differ by at least 8 in CIE lightness L* (about the least difference two
    // small dots show at a glance), for 2 to 8 headcounts, and get lighter as the headcount grows.
    for (int count = 2; count <= 8; count++) {
      for (int k = 1; k < count; k++) {
        double darker = lightness(FrontierChart.colour(k - 1, count));
        double lighter = lightness(FrontierChart.colour(k, count));
        assertThat(lighter - darker).as("%d of %d", k, count).isGreaterThanOrEqualTo(8);
      }
    }
  }

  /** CIE L* of an sRGB colour. */
  static double lightness(java.awt.Color c) {
    double y = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : 24389.0 / 27 * y;
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  @Test
  void topAccounts_oneAxisOnly_runningShareInTheLabels() throws IOException {
    String svg = Files.readString(simulated.resolve("charts/top_accounts.svg"));
    assertThat(svg).contains("Share of today&apos;s revenue (annual run-rate)").contains("(top 2: ")
        .doesNotContain("Cumulative share of total revenue");
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
