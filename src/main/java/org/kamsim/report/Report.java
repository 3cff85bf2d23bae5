package org.kamsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.kamsim.report.ChartFiles.Chart;
import org.kamsim.report.ChartFiles.Rendered;

/**
 * The report of a result directory: {@code report.html} and {@code charts/<name>.png|.svg}, drawn from the
 * directory's files (never from the engine; a writer hands on the CSV files' tables as it wrote them, see
 * {@link ReportData.Written}), so that {@code kamsim simulate} and a later
 * {@code kamsim report} give the same report for the same files.
 *
 * <ul>
 *   <li>{@link #render} writes into a directory being assembled (the temporary directory of an
 *       {@link OutputDirectory}, which appears all at once when committed);
 *   <li>{@link #refresh} re-renders the report of an existing result in place: the new {@code charts/} is
 *       assembled next to the old one and swapped in whole (see {@link OutputDirectory}), and
 *       {@code report.html} is written to a temporary file renamed over the old one, so no reader ever
 *       sees half a chart or half a page.
 * </ul>
 */
public final class Report {
  /** The page. */
  public static final String FILE = "report.html";
  /** The folder of chart images. */
  public static final String CHARTS = "charts";
  /**
   * The index of {@code charts/} (one line per chart: file name, tab, title), written last: a folder without
   * it is not one this class wrote, and {@link #refresh} never replaces it.
   */
  public static final String CHARTS_INDEX = "index.txt";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The line the commands print once a report is drawn: where the page and the charts are. */
  public static String location(Path dir) {
    return "Report: " + dir.resolve(FILE) + " (charts in " + dir.resolve(CHARTS) + ")";
  }

  static {
    Headless.ensure();
  }

  private Report() {}

  /**
   * Reads the result in {@code dir} and writes {@code report.html} and {@code charts/} into it.
   *
   * @throws ReportInputException if a file of the result is missing or unreadable (names the file)
   * @throws IOException if the report cannot be written
   */
  public static void render(Path dir) throws ReportInputException, IOException {
    render(dir, null);
  }

  private static void render(Path dir, ReportData.Written written) throws ReportInputException, IOException {
    Preload.finish();
    ReportData data = ReportData.read(dir, written);
    Path charts = Files.createDirectories(dir.resolve(CHARTS));
    Files.writeString(dir.resolve(FILE), draw(data, charts), StandardCharsets.UTF_8);
  }

  /**
   * {@link #render} for a writer that has just written the result's files into {@code dir} (the temporary
   * directory of an {@link OutputDirectory}), with the tables it wrote the CSV files from ({@code written},
   * null to read the files; see {@link ReportData#read(Path, ReportData.Written)}), keeping those files
   * whatever happens to the drawing: a failure to draw (anything but an {@link IOException} or the VM's own
   * failure; AWT without fonts throws a bare {@code Error}) removes the partial report and is returned, so
   * that the writer can still put the results in place. A file or table it cannot read back is a bug,
   * returned the same way. Returns null when drawn.
   *
   * @throws IOException if the report cannot be written
   */
  static Throwable renderWritten(Path dir, ReportData.Written written) throws IOException {
    try {
      render(dir, written);
      return null;
    } catch (ReportInputException e) {
      return discard(dir, new IllegalStateException("cannot read back the results just written: "
          + e.getMessage(), e));
    } catch (IOException | VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      return discard(dir, e);
    }
  }

  private static Throwable discard(Path dir, Throwable failure) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
    OutputDirectory.deleteRecursively(dir.resolve(CHARTS));
    return failure;
  }

  /**
   * Re-renders the report of the result in {@code dir} from its files, replacing {@code report.html} and
   * {@code charts/}. Reads everything first: a missing or corrupt file changes nothing.
   *
   * @throws ReportInputException if a file of the result is missing or unreadable (names the file)
   * @throws IOException if the report cannot be written; the old one is then left as it was
   */
  public static void refresh(Path dir) throws ReportInputException, IOException {
    Preload.finish();
    ReportData data = ReportData.read(dir);
    Path page = dir.resolve(FILE);
    try (OutputDirectory charts = OutputDirectory.open(dir.resolve(CHARTS), CHARTS_INDEX)) {
      String html = draw(data, charts.path());
      // Not Files.createTempFile, whose owner-only permissions would stick to the page once renamed.
      byte[] bytes = new byte[8];
      RANDOM.nextBytes(bytes);
      Path temp = dir.resolve("." + FILE + ".tmp-" + HexFormat.of().formatHex(bytes));
      try {
        Files.writeString(temp, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        charts.commit();
        move(temp, page);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Draws every chart into {@code chartsDir} and returns the page. Charts are independent (each its own
   * JFreeChart, image and files), so all but the first are drawn on all cores; the list keeps the
   * charts' order.
   */
  private static String draw(ReportData data, Path chartsDir) throws IOException {
    List<Chart> charts = ReportCharts.all(data);
    List<Rendered> rendered = new ArrayList<>(charts.size());
    if (!charts.isEmpty()) {
      // The first chart alone, on this thread: it initialises the drawing classes (fonts, Java2D, SVG),
      // so that the charts drawn in parallel never initialise classes concurrently.
      rendered.add(ChartFiles.write(charts.get(0), chartsDir));
      try {
        rendered.addAll(charts.subList(1, charts.size()).parallelStream().map(chart -> {
          try {
            return ChartFiles.write(chart, chartsDir);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).toList());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    StringBuilder index = new StringBuilder();
    for (Rendered r : rendered) {
      index.append(r.name()).append('\t').append(r.title()).append('\n');
    }
    Files.writeString(chartsDir.resolve(CHARTS_INDEX), index.toString(), StandardCharsets.UTF_8);
    return HtmlReport.render(data, rendered);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
