package org.kamsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one message for running out of memory, wherever it happens (the simulation, a parser, the charts, a
 * background thread): not a bug but a limit, so no trace, exit code 1, and said once per run even if
 * several threads run out together.
 */
final class OutOfMemory {
  private static final AtomicBoolean SAID = new AtomicBoolean();

  private OutOfMemory() {}

  /** Whether {@code e} is, or was caused by, running out of memory. */
  static boolean causes(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Prints the message (the first time in this JVM) and returns the exit code. */
  static int report(PrintWriter err) {
    if (SAID.compareAndSet(false, true)) {
      // The arrays that filled the heap are garbage once unwound to here, so there is memory to say so.
      err.println("kamsim: out of memory (Java may use at most " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB here): give Java more memory, e.g. JAVA_OPTS=-Xmx4g ./kamsim ..., or use fewer --trials");
      err.flush();
    }
    return ExitCode.INTERNAL;
  }

  /** Allows the next run in this JVM (tests run many) to say it again. */
  static void reset() {
    SAID.set(false);
  }
}
