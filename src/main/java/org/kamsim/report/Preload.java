package org.kamsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.ChartFiles.Chart;
import tech.tablesaw.api.Table;

/**
 * Loads the libraries that writing results needs on a background thread while the computation runs:
 * Jackson (about 0.3 s cold, first met when {@code summary.json} is written) and, for a report, Tablesaw's
 * {@code Table} (whose first use scans the class path), AWT's fonts and the Java2D pipeline, JFreeChart
 * and JFreeSVG. Without it that loading runs after the computation, single-threaded. Commands start it
 * once their scenario is loaded: started earlier it slowed the loading, which reads classes from the same
 * jar, by as much as it saved.
 *
 * <p>Purely a head start: a failure here is ignored because the writer will meet it, and report it, in
 * its own time. But the report must not start while the preload is still running: Tablesaw's column types
 * initialise one another in their static initialisers, and two threads starting that from different types
 * deadlock, and other libraries may do the same. So the writers call {@link #finish()} before they start;
 * the wait costs nothing, the work being needed anyway.
 */
public final class Preload {
  private static volatile Thread running;

  private Preload() {}

  /** Starts preloading the JSON writer and, when {@code report}, the report's libraries. */
  public static synchronized void start(boolean report) {
    if (running != null) {
      return;
    }
    Thread thread = new Thread(() -> load(report), "kamsim-preload");
    thread.setDaemon(true);
    running = thread;
    thread.start();
  }

  /** Waits for a preload started by {@link #start}, if any, to end. */
  static void finish() {
    Thread thread = running;
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

  private static void load(boolean report) {
    try {
      Json.text(Json.object().put("preload", 0.5));
      if (report) {
        Table.create("preload");
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("preload"));
        data.getSeries(0).add(0, 0);
        data.getSeries(0).add(1, 1);
        JFreeChart chart = ChartFactory.createXYLineChart("0", "0", "0", data);
        chart.getTitle().setFont(ChartStyle.TITLE);
        ChartFiles.draw(new Chart("preload", chart, 64, 48));
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Ignored, whatever it is (AWT without fonts throws a bare Error): see the class comment. The
      // writer meets the same failure on its own thread and reports it there.
    }
  }
}
