package org.kamsim.output;

import org.kamsim.report.Report;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.JsonOut;
import org.kamsim.results.ResultFiles;

/**
 * Loads the libraries that writing results needs on a background thread while the computation runs:
 * jackson-core (first met when {@code summary.json} is written), the SHA-256 digest of {@code run.json} and,
 * for a report, AWT's fonts, the Java2D pipeline, JFreeChart and JFreeSVG. Without it that loading runs after
 * the computation, single-threaded. Commands start it once their scenario is loaded: started earlier it
 * slowed the loading, which reads classes from the same jar, by as much as it saved.
 *
 * <p>Purely a head start: a failure here is ignored because the writer will meet it, and report it, in its
 * own time. But the writer must not start while the preload is still running: libraries whose static
 * initialisers depend on one another deadlock when two threads start initialising them from different ends
 * (Tablesaw's column types did, when kamsim used it; AWT's and Java2D's classes are no safer). So the writers
 * call {@link #finish()} before they start; the wait costs nothing, the work being needed anyway.
 */
public final class Preload {
  private static volatile Thread libraries;

  private Preload() {}

  /** Starts preloading the JSON writer and the libraries that drawing {@code report} needs. */
  public static synchronized void start(ReportOutput report) {
    if (libraries == null) {
      Thread thread = new Thread(() -> loadIgnoringFailure(report), "kamsim-preload");
      thread.setDaemon(true);
      thread.start();
      libraries = thread;
    }
  }

  /** Waits for a preload started by {@link #start}, if any, to end. */
  public static void finish() {
    join(libraries);
  }

  private static void load(ReportOutput report) throws Exception {
    JsonOut.start().money("preload", 0.5).text();
    ResultFiles.sha256(new byte[0]); // run.json's scenario hash: the security providers, ~40 ms cold
    if (report.drawn()) {
      Report.warmUp(report.png());
    }
  }

  private static void loadIgnoringFailure(ReportOutput report) {
    try {
      load(report);
    } catch (Throwable e) {
      // Ignored, whatever it is (AWT without fonts throws a bare Error; a small heap, OutOfMemoryError):
      // see the class comment. The caller meets the same failure on its own thread and reports it there;
      // rethrown here, it would only print a second, unexplained trace.
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
