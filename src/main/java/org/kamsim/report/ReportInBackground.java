package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.kamsim.results.Result;

/**
 * {@link Report#renderWritten} on a thread of its own, so that a writer can write the result's data files
 * meanwhile: the report is drawn from the records in memory, into {@code report.html} and {@code charts/},
 * which no data file shares. Writing the CSV files is one thread's work; while it runs, the drawing would
 * otherwise wait for it with the other cores idle.
 */
public final class ReportInBackground {
  private final FutureTask<Throwable> drawing;

  private ReportInBackground(FutureTask<Throwable> drawing) {
    this.drawing = drawing;
  }

  /**
   * Starts drawing the report of {@code result} into {@code dir}.
   *
   * @param executor draws the charts
   * @param png whether to write the charts as PNG too
   */
  public static ReportInBackground start(Path dir, Result result, Executor executor, boolean png) {
    FutureTask<Throwable> drawing = new FutureTask<>(() -> Report.renderWritten(dir, result, executor, png));
    Thread thread = new Thread(drawing, "kamsim-report");
    thread.setDaemon(true); // never keeps the JVM alive; the writer always waits for it
    thread.start();
    return new ReportInBackground(drawing);
  }

  /**
   * Waits for the drawing to end and returns what {@link Report#renderWritten} returns: null when drawn,
   * else the failure that kept it from being drawn (the partial report removed).
   *
   * @throws IOException if the report could not be written
   */
  public Throwable await() throws IOException {
    try {
      return uninterruptibly();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error err) {
        throw err; // the VM's own failures (out of memory): renderWritten returns every other one
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Waits for the drawing to end, whatever its outcome: the writer failed and removes the directory. */
  public void awaitQuietly() {
    try {
      uninterruptibly();
    } catch (ExecutionException e) {
      // The writer's own failure is the one to report.
    }
  }

  private Throwable uninterruptibly() throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return drawing.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
