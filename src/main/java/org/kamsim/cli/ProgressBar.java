package org.kamsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.kamsim.output.WriteProgress;
import org.kamsim.simulation.ProgressListener;

/**
 * Shows a run's progress on stderr, but only once it has run for a second: short runs print nothing.
 *
 * <p>On an interactive terminal, one line redrawn in place with {@code \r}, at most ten times a second:
 * {@code [###############...............]  52%  3.1s  eta 2.9s}, ended by a newline when the computation
 * ends. Elsewhere (pipes, CI logs), where {@code \r} would pile up, plain lines such as
 * {@code progress: 50% (2.0s, eta 2.0s)}: one when a new tenth of the work is done and at least two seconds
 * have passed since the last line, and one at least every minute so that a slow run still shows it is alive.
 *
 * <p>The estimate of the time left comes from the rate since the first half second (a warm rate): the first
 * blocks also load and compile the engine, and a rate that counted them would promise minutes for a
 * seconds-long run. After the computation, {@link #phase} names what the run does next ("writing the
 * results"), so that a long write is not silence after 100%.
 *
 * <p>Called from worker threads (once per block of trials, so a lock costs nothing measurable).
 */
final class ProgressBar implements ProgressListener, WriteProgress {
  private static final long SECOND = 1_000_000_000L;
  private static final long QUIET = SECOND;
  /** When the reference point of the warm rate is taken, and how long after it an estimate is shown. */
  private static final long WARM = SECOND / 2;
  private static final long REDRAW = SECOND / 10;
  private static final long LINE = 2 * SECOND;
  private static final long HEARTBEAT = 60 * SECOND;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean interactive;
  private final LongSupplier clock;
  private final long start;
  private long done;
  private long total;
  private long referenceTime = -1;
  private long referenceDone;
  private boolean shown;
  private long lastShown;
  private long lastShownDone;
  private int lastWidth;
  private boolean finished;
  /** Whether the total is only a bound (a run to a precision may stop far short of it): no time left shown. */
  private boolean openEnded;

  /**
   * @param err where to draw
   * @param interactive whether {@code err} is a terminal that understands {@code \r}
   * @param clock nanosecond clock ({@code System::nanoTime}; a fake one in tests)
   */
  ProgressBar(PrintWriter err, boolean interactive, LongSupplier clock) {
    this.err = err;
    this.interactive = interactive;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Whether the JVM's stderr is an interactive terminal: a console, and not a {@code dumb} one. */
  static boolean interactiveTerminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  @Override
  public synchronized void progress(long done, long total) {
    // Blocks finish out of order; show the furthest point reached.
    if (done < this.done) {
      return;
    }
    this.done = done;
    this.total = total;
    long now = clock.getAsLong();
    if (referenceTime < 0 && now - start >= WARM) {
      referenceTime = now;
      referenceDone = done;
    }
    if (finished || now - start < QUIET) {
      return;
    }
    if (interactive) {
      if (!shown || now - lastShown >= REDRAW) {
        draw(now);
      }
    } else if (!shown || now - lastShown >= HEARTBEAT
        || (now - lastShown >= LINE && tenths(done) > tenths(lastShownDone))) {
      line(now);
    }
  }

  /** Ends the display: the final state and a newline, if anything was shown at all. Idempotent. */
  synchronized void finish() {
    if (!shown || finished) {
      finished = true;
      return;
    }
    finished = true;
    long now = clock.getAsLong();
    if (interactive) {
      draw(now);
      err.println();
    } else if (done != lastShownDone) {
      line(now);
    }
    err.flush();
  }

  /**
   * Ends this stage's bar and starts the next one's from zero (a run in two stages, such as
   * {@code simulate --precision}: its first stage counts against the most trials allowed, the second
   * against the trials the first chose). {@code what} says, on a line of its own, why the count starts again,
   * when the run has taken long enough that a bar has been shown.
   */
  /**
   * Until the next stage, the total is only the most the work may take (a run to a precision stops when the
   * target is met): the bar shows how far it went, but no time left, which would be for the bound.
   */
  synchronized void openEnded() {
    openEnded = true;
  }

  synchronized void nextStage(String what) {
    boolean wasShown = shown;
    finish();
    if (wasShown) {
      err.println("kamsim: " + what);
      err.flush();
    }
    done = 0;
    total = 0;
    referenceTime = -1;
    referenceDone = 0;
    shown = false;
    lastShownDone = 0;
    lastWidth = 0;
    finished = false;
    openEnded = false;
  }

  /**
   * Ends the bar and says what the run does now, on a line of its own, when the run has taken long enough
   * that silence would puzzle: "kamsim: writing the results (4.2s)".
   */
  @Override
  public synchronized void phase(String what) {
    finish();
    long now = clock.getAsLong();
    if (shown || now - start >= QUIET) {
      err.println("kamsim: " + what + " (" + time((now - start) / 1e9) + ")");
      err.flush();
    }
  }

  /** A message that must be seen whatever the time, such as waiting for another run. */
  @Override
  public void waiting(String message) {
    notice(message);
  }

  synchronized void notice(String message) {
    finish();
    err.println("kamsim: " + message);
    err.flush();
  }

  private void draw(long now) {
    int percent = percent();
    int filled = total <= 0 ? 0 : (int) (WIDTH * Math.min(done, total) / total);
    double elapsed = (now - start) / 1e9;
    StringBuilder text = new StringBuilder(80).append('[');
    text.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
    text.append(String.format(Locale.ROOT, "%3d%%  %s", percent, time(elapsed)));
    String eta = eta(now);
    if (!eta.isEmpty()) {
      text.append("  eta ").append(eta);
    }
    int width = text.length();
    // Blanks over whatever the previous, longer line left behind.
    text.append(" ".repeat(Math.max(0, lastWidth - width)));
    lastWidth = width;
    err.print("\r" + text);
    err.flush();
    shown = true;
    lastShown = now;
    lastShownDone = done;
  }

  private void line(long now) {
    String eta = eta(now);
    err.println(String.format(Locale.ROOT, "progress: %d%% (%s%s)", percent(), time((now - start) / 1e9),
        eta.isEmpty() ? "" : ", eta " + eta));
    err.flush();
    shown = true;
    lastShown = now;
    lastShownDone = done;
  }

  /** The time left at the warm rate, or "" before there is one (or when the work is done). */
  private String eta(long now) {
    if (openEnded || referenceTime < 0 || done <= referenceDone || done >= total || now - referenceTime < WARM) {
      return "";
    }
    double rate = (double) (done - referenceDone) / (now - referenceTime);
    return time((total - done) / rate / 1e9);
  }

  private int percent() {
    return total <= 0 ? 0 : (int) (100 * Math.min(done, total) / total);
  }

  private long tenths(long count) {
    return total <= 0 ? 0 : 10 * Math.min(count, total) / total;
  }

  /** 3.1s below a minute, 2m05s from there. */
  static String time(double seconds) {
    if (seconds < 59.95) {
      return String.format(Locale.ROOT, "%.1fs", seconds);
    }
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
