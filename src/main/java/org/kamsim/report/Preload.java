package org.kamsim.report;

import java.security.MessageDigest;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.ChartFiles.Chart;

/**
 * Loads the libraries that writing results needs on a background thread while the computation runs:
 * jackson-core (first met when {@code summary.json} is written), the SHA-256 digest of {@code run.json}
 * and, for a report, AWT's fonts, the Java2D pipeline, JFreeChart and JFreeSVG. Without it that loading
 * runs after the computation, single-threaded.
 * Commands start it once their scenario is loaded: started earlier it slowed the loading, which reads
 * classes from the same jar, by as much as it saved.
 *
 * <p>Not Tablesaw: the report uses only its columns (see {@link Frame}), which load in a few
 * milliseconds.
 *
 * <p>Purely a head start: a failure here is ignored because the writer will meet it, and report it, in its
 * own time. But the writer must not start while the preload is still running: libraries whose static
 * initialisers depend on one another (Tablesaw's column types are one) deadlock when two threads start
 * initialising them from different ends. So the writers call {@link #finish()} before they start; the wait
 * costs nothing, the work being needed anyway.
 */
public final class Preload {
  private static volatile Thread libraries;

  private Preload() {}

  /** Starts preloading the JSON writer and, when {@code report}, the charts' libraries. */
  public static synchronized void start(boolean report) {
    if (libraries == null) {
      Thread thread = new Thread(() -> loadIgnoringFailure(report), "kamsim-preload");
      thread.setDaemon(true);
      thread.start();
      libraries = thread;
    }
  }

  /** Waits for a preload started by {@link #start}, if any, to end. */
  static void finish() {
    join(libraries);
  }

  private static void load(boolean report) throws Exception {
    Json.text(Json.object().put("preload", 0.5));
    MessageDigest.getInstance("SHA-256"); // run.json's scenario hash: the security providers, ~40 ms cold
    if (report) {
      XYSeriesCollection data = new XYSeriesCollection(new XYSeries("preload"));
      data.getSeries(0).add(0, 0);
      data.getSeries(0).add(1, 1);
      JFreeChart chart = ChartFactory.createXYLineChart("0", "0", "0", data);
      chart.getTitle().setFont(ChartStyle.TITLE);
      ChartFiles.draw(new Chart("preload", chart, 64, 48));
    }
  }

  private static void loadIgnoringFailure(boolean report) {
    try {
      load(report);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Ignored, whatever it is (AWT without fonts throws a bare Error): see the class comment. The
      // caller meets the same failure on its own thread and reports it there.
    }
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
