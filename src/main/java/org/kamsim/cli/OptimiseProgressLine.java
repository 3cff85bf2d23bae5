package org.kamsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.optimise.OptimiseProgress;

/**
 * The optimiser's progress on stderr: each sampling phase as a {@link ProgressBar}, each search phase as
 * one live line with the generation, the best objective and the elapsed time (redrawn on a terminal,
 * a plain line every few seconds otherwise).
 */
final class OptimiseProgressLine implements OptimiseProgress {
  private static final long REDRAW = 100_000_000L;
  private static final long LINE = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean interactive;
  private final LongSupplier clock;
  private final long start;
  private ProgressBar bar;
  private String phase = "";
  private boolean lineOpen;
  private long lastShown = Long.MIN_VALUE / 2;

  OptimiseProgressLine(PrintWriter err, boolean interactive, LongSupplier clock) {
    this.err = err;
    this.interactive = interactive;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  @Override
  public synchronized void phase(String name) {
    closeLine();
    if (bar != null) {
      bar.finish();
      bar = null;
    }
    phase = name;
    err.println("optimise: " + name + " (" + ProgressBar.time(elapsed()) + ")");
    err.flush();
  }

  @Override
  public synchronized void trials(String name, long done, long total) {
    if (bar == null) {
      bar = new ProgressBar(err, interactive, clock);
    }
    bar.progress(done, total);
  }

  @Override
  public synchronized void generation(OptimisationResult.GenerationRecord g) {
    long now = clock.getAsLong();
    if (now - lastShown < (interactive ? REDRAW : LINE)) {
      return;
    }
    lastShown = now;
    String text = String.format(Locale.ROOT, "  %s: generation %d, best %s, mean %s, %d KAMs  %s",
        g.phase(), g.generation(), number(g.best()), number(g.mean()), g.bestHeadcount(),
        ProgressBar.time(elapsed()));
    if (interactive) {
      err.print("\r" + text + "   ");
      lineOpen = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  /** Ends the display. */
  synchronized void finish() {
    closeLine();
    if (bar != null) {
      bar.finish();
    }
  }

  private void closeLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  private double elapsed() {
    return (clock.getAsLong() - start) / 1e9;
  }

  private static String number(double v) {
    return Math.abs(v) >= 1e4 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.4g", v);
  }
}
