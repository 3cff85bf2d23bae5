package org.kamsim.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.kamsim.report.ChartFiles.Chart;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loads libraries on background threads so that their cold start is not on the critical path, in two
 * stages:
 *
 * <ul>
 *   <li>{@link #start}, while the computation runs: jackson-core (first met when {@code summary.json} is
 *       written) and, for a report, AWT's fonts, the Java2D pipeline, JFreeChart and JFreeSVG. Commands start
 *       it once their scenario is loaded: started earlier it slowed the loading, which reads classes from the
 *       same jar, by as much as it saved.
 *   <li>{@link #startTablesaw}, once the computation is done: Tablesaw. The first use of its {@code Table}
 *       scans the class path for readers (about 0.4 s and 0.7 s of CPU on worker threads), which taken from
 *       a simulation using every core costs it as much as running it afterwards. Started when the results
 *       are being written, it runs while the writer formats the files and the report parses them back.
 * </ul>
 *
 * <p>Purely a head start: a failure here is ignored because the caller will meet it, and report it, in its
 * own time. But no library may be initialised from two threads at once: Tablesaw's column types initialise
 * one another in their static initialisers, and two threads starting that from different types deadlock;
 * other libraries may do the same. So each stage has a fence: the writers call {@link #finish()} before
 * they write, and the report calls {@link #awaitTablesaw()} before its first use of Tablesaw. The waits cost
 * nothing, the work being needed anyway.
 */
public final class Preload {
  private static volatile Thread libraries;
  private static volatile Thread tablesaw;

  private Preload() {}

  /** Starts preloading the JSON writer and, when {@code report}, the charts' libraries. */
  public static synchronized void start(boolean report) {
    if (libraries == null) {
      libraries = background("kamsim-preload", () -> load(report));
    }
  }

  /** Waits for a preload started by {@link #start}, if any, to end. */
  static void finish() {
    join(libraries);
  }

  /** Starts initialising Tablesaw, if not yet started. No Tablesaw call may then precede {@link #awaitTablesaw}. */
  static synchronized void startTablesaw() {
    if (tablesaw == null) {
      tablesaw = background("kamsim-preload-tablesaw", Preload::loadTablesaw);
    }
  }

  /** Waits for the initialisation started by {@link #startTablesaw}, if any, to end. */
  static void awaitTablesaw() {
    join(tablesaw);
  }

  /** Work for a background thread. */
  private interface Work {
    void run() throws Exception;
  }

  private static Thread background(String name, Work work) {
    Thread thread = new Thread(() -> ignoringFailure(work), name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void load(boolean report) throws Exception {
    Json.text(Json.object().put("preload", 0.5));
    if (report) {
      XYSeriesCollection data = new XYSeriesCollection(new XYSeries("preload"));
      data.getSeries(0).add(0, 0);
      data.getSeries(0).add(1, 1);
      JFreeChart chart = ChartFactory.createXYLineChart("0", "0", "0", data);
      chart.getTitle().setFont(ChartStyle.TITLE);
      ChartFiles.draw(new Chart("preload", chart, 64, 48));
    }
  }

  /** The column kinds the report reads, a table of them, and the operations the report's tables use. */
  private static void loadTablesaw() {
    Table table = Table.create("preload", StringColumn.create("s", new String[] {"a", "b"}),
        DoubleColumn.create("d", new double[] {1, 2}), IntColumn.create("i", new int[] {1, 2}),
        BooleanColumn.create("b", new boolean[] {true, false}));
    table.sortDescendingOn("d", "i").first(1).selectColumns("s", "d");
    table.splitOn("s").asTableList();
    table.where(table.booleanColumn("b").isTrue());
  }

  private static void ignoringFailure(Work work) {
    try {
      work.run();
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
