package org.kamsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.chart.Headless;
import org.kamsim.report.chart.ReportData;
import org.kamsim.report.chart.ChartFiles.Chart;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.html.HtmlReport;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.DirectoryLock;
import org.kamsim.results.OutputDirectory;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFileException;

/**
 * The report of a result directory: {@code report.html} and {@code charts/<name>.svg} (and {@code .png} when
 * asked), drawn from a
 * {@link Result}, the records its files hold (never from the engine), so that {@code kamsim simulate} and a
 * later {@code kamsim report} give the same report for the same files.
 *
 * <ul>
 *   <li>{@link #renderWritten} draws into a directory being assembled (the temporary directory of an
 *       {@link OutputDirectory}, which appears all at once when committed), from the result just written;
 *   <li>{@link #refresh} draws the report of an existing result again, reading its files, holding the
 *       directory's {@link DirectoryLock} so that no run replaces the directory meanwhile: the new
 *       {@code charts/} is assembled next to the old one and swapped in whole, and {@code report.html} is
 *       written to a temporary file renamed over the old one, so no reader ever sees half a report.
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

  private static boolean warmSvg;
  private static boolean warmPng;

  static {
    Headless.ensure();
  }

  private Report() {}

  /** The line the commands print once a report is drawn: where the page and the charts are. */
  public static String location(Path dir) {
    return "Report: " + dir.resolve(FILE) + " (charts in " + dir.resolve(CHARTS) + ")";
  }

  /**
   * Draws the report of {@code result}, whose files a writer has just written into {@code dir} (the
   * temporary directory of an {@link OutputDirectory}), keeping those files whatever happens to the drawing:
   * a failure to draw (anything but an {@link IOException} or the VM's own failure; AWT without fonts throws
   * a bare {@code Error}) removes the partial report and is returned, so that the writer can still put the
   * results in place. Returns null when drawn.
   *
   * @param executor draws the charts
   * @param png whether to write the charts as PNG too
   * @throws IOException if the report cannot be written
   */
  public static Throwable renderWritten(Path dir, Result result, Executor executor, boolean png)
      throws IOException {
    return renderWritten(dir, charts -> draw(result, charts, executor, png));
  }

  /**
   * As {@link #renderWritten(Path, Result, Executor, boolean)}, for an analysis ({@code compare},
   * {@code stress}, {@code sensitivity}) whose page and charts the caller builds: draws {@code charts} into
   * {@code dir/charts}, then writes {@code page} of the drawings as {@code report.html}.
   *
   * @param page the page, given the charts' drawings in the order of {@code charts}
   */
  public static Throwable renderAnalysis(Path dir, List<Chart> charts, Function<List<Rendered>, String> page,
      Executor executor, boolean png) throws IOException {
    return renderWritten(dir, chartsDir -> {
      warmUp(png);
      return draw(charts, chartsDir, executor, png, page);
    });
  }

  /** What draws a report into a folder for its charts, returning the page. */
  private interface Drawing {
    String draw(Path chartsDir) throws IOException;
  }

  private static Throwable renderWritten(Path dir, Drawing drawing) throws IOException {
    try {
      Path charts = Files.createDirectories(dir.resolve(CHARTS));
      Files.writeString(dir.resolve(FILE), drawing.draw(charts), StandardCharsets.UTF_8);
      return null;
    } catch (IOException | VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      Files.deleteIfExists(dir.resolve(FILE));
      OutputDirectory.deleteRecursively(dir.resolve(CHARTS));
      return e;
    }
  }

  /**
   * Draws the report of the result in {@code dir} again from its files, replacing {@code report.html} and
   * {@code charts/}. Reads everything first: a missing or corrupt file changes nothing.
   *
   * @param executor draws the charts
   * @param png whether to write the charts as PNG too
   * @param waiting told, with a sentence to show, when another run is writing {@code dir}
   * @throws ResultFileException if a file of the result is missing or unreadable (names the file)
   * @throws IOException if the report cannot be written; the old one is then left as it was
   */
  public static void refresh(Path dir, Executor executor, boolean png, Consumer<String> waiting)
      throws ResultFileException, IOException {
    // A run putting a new result in place moves the old one aside for a moment, under the lock: a directory
    // missing while a lock file exists may be one, so wait for the lock before saying it is missing. With no
    // lock file, no kamsim run ever wrote there, and a mistyped path leaves no file behind.
    if (!Files.isDirectory(dir) && !Files.exists(DirectoryLock.file(dir))) {
      throw new ResultFileException(dir, Files.exists(dir) ? "not a directory" : "no such directory");
    }
    try (DirectoryLock lock = DirectoryLock.acquire(dir, waiting)) {
      if (!Files.isDirectory(dir)) {
        throw new ResultFileException(dir, Files.exists(dir) ? "not a directory" : "no such directory");
      }
      Result result = ResultReader.read(dir);
      Path page = dir.resolve(FILE);
      try (OutputDirectory charts = OutputDirectory.openInLockedDirectory(dir.resolve(CHARTS), CHARTS_INDEX)) {
        String html = draw(result, charts.path(), executor, png);
        OutputDirectory.removeLeftovers(page);
        Path temp = OutputDirectory.sibling(page, "tmp");
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
  }

  /**
   * Draws every chart into {@code chartsDir} and returns the page. Charts are independent (each its own
   * JFreeChart, image and files), so they are drawn on the executor: first every chart's SVGs, which the page
   * embeds, then, when asked, every PNG, while this thread writes the page. The drawing classes are initialised first,
   * on this thread ({@link #warmUp}, usually done already by the preload while the computation ran), so
   * that charts drawn in parallel never initialise them concurrently.
   */
  private static String draw(Result result, Path chartsDir, Executor executor, boolean png)
      throws IOException {
    warmUp(png);
    ReportData data = new ReportData(result);
    return draw(Charts.of(data), chartsDir, executor, png, rendered -> HtmlReport.render(data, rendered));
  }

  private static String draw(List<Chart> charts, Path chartsDir, Executor executor, boolean png,
      Function<List<Rendered>, String> pageOf) throws IOException {
    List<CompletableFuture<Rendered>> svgs = new ArrayList<>();
    for (Chart chart : charts) {
      svgs.add(CompletableFuture.supplyAsync(() -> {
        try {
          return ChartFiles.writeSvg(chart, chartsDir);
        } catch (IOException e) {
          throw new CompletionException(e);
        }
      }, executor));
    }
    List<CompletableFuture<Void>> pngs = new ArrayList<>();
    for (Chart chart : png ? charts : List.<Chart>of()) {
      pngs.add(CompletableFuture.runAsync(() -> {
        try {
          ChartFiles.writePng(chart, chartsDir);
        } catch (IOException e) {
          throw new CompletionException(e);
        }
      }, executor));
    }
    try {
      List<Rendered> rendered = new ArrayList<>(charts.size());
      for (CompletableFuture<Rendered> f : svgs) {
        rendered.add(join(f));
      }
      String page = pageOf.apply(rendered);
      for (CompletableFuture<Void> f : pngs) {
        join(f);
      }
      StringBuilder index = new StringBuilder();
      for (Rendered r : rendered) {
        index.append(r.name()).append('\t').append(r.title()).append('\n');
      }
      Files.writeString(chartsDir.resolve(CHARTS_INDEX), index.toString(), StandardCharsets.UTF_8);
      return page;
    } finally {
      // On a failure, let no drawing outlive the call: the caller removes the folder it draws into.
      CompletableFuture.allOf(pngs.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
      CompletableFuture.allOf(svgs.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }
  }

  private static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Loads and initialises the drawing libraries (fonts, JFreeChart, JFreeSVG and, with {@code png}, Java2D's
   * rasteriser) by drawing a tiny chart in memory, once per JVM: what the first chart of a report would
   * otherwise pay for, after the computation (the preload calls it while the simulation runs), and so that
   * charts drawn in parallel never initialise these classes concurrently.
   */
  public static synchronized void warmUp(boolean png) throws IOException {
    if (warmSvg && (warmPng || !png)) {
      return;
    }
    XYSeriesCollection data = new XYSeriesCollection(new XYSeries("warm-up"));
    data.getSeries(0).add(0, 0);
    data.getSeries(0).add(1, 1);
    JFreeChart chart = new JFreeChart(new XYPlot(data, new org.jfree.chart.axis.NumberAxis("0"),
        new org.jfree.chart.axis.NumberAxis("0"), new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer()));
    ChartFiles.drawInMemory(chart, 64, 48, png);
    warmSvg = true;
    warmPng |= png;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
