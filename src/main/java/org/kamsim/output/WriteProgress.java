package org.kamsim.output;

import java.util.function.Consumer;

/** What a writer tells while it writes: each phase, and that it waits for another run writing the same folder. */
public interface WriteProgress {
  /** Nothing is told. */
  WriteProgress SILENT = of(what -> { }, message -> { });

  /** A phase begins: "writing the results", "drawing the report". */
  void phase(String what);

  /** The writer waits for another run that holds the folder's lock; {@code message} says so in a sentence. */
  void waiting(String message);

  /** Progress told to two consumers. */
  static WriteProgress of(Consumer<String> phase, Consumer<String> waiting) {
    return new WriteProgress() {
      @Override
      public void phase(String what) {
        phase.accept(what);
      }

      @Override
      public void waiting(String message) {
        waiting.accept(message);
      }
    };
  }
}
