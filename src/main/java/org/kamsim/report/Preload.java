package org.kamsim.report;

import java.io.IOException;
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
 * <p>Purely a head start: the writers load the same classes themselves when they need them (the JVM makes
 * a second thread wait for a class another is initialising), and a failure here is ignored because the
 * writer will meet it, and report it, in its own time.
 */
public final class Preload {
  private Preload() {}

  /** Starts preloading the JSON writer and, when {@code report}, the report's libraries. */
  public static void start(boolean report) {
    Thread thread = new Thread(() -> load(report), "kamsim-preload");
    thread.setDaemon(true);
    thread.start();
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
    } catch (RuntimeException | IOException | LinkageError e) {
      // Ignored: see the class comment.
    }
  }
}
