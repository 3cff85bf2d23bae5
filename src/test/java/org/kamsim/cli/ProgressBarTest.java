package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private static final long MS = 1_000_000L;

  /** A clock the test moves by hand. */
  private long now = 5_000 * MS;

  private final StringWriter text = new StringWriter();

  private ProgressBar bar(boolean interactive) {
    return new ProgressBar(new PrintWriter(text, true), interactive, () -> now);
  }

  @Test
  void runUnderASecond_printsNothing() {
    for (boolean interactive : new boolean[] {true, false}) {
      ProgressBar bar = bar(interactive);
      for (int done = 1000; done <= 10_000; done += 1000) {
        now += 90 * MS;
        bar.progress(done, 10_000);
      }
      bar.finish();
    }
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void plain_linesEveryTwoSecondsAtNewTenths_thenTheEnd() {
    ProgressBar bar = bar(false);
    // 100 updates of 1%, 100 ms apart: a 10 s run.
    for (int done = 100; done <= 10_000; done += 100) {
      now += 100 * MS;
      bar.progress(done, 10_000);
    }
    bar.finish();
    assertThat(text.toString()).isEqualTo(String.join(System.lineSeparator(),
        "progress: 10% (1.0s, eta 9.0s)",
        "progress: 30% (3.0s, eta 7.0s)",
        "progress: 50% (5.0s, eta 5.0s)",
        "progress: 70% (7.0s, eta 3.0s)",
        "progress: 90% (9.0s, eta 1.0s)",
        "progress: 100% (10.0s)", ""));
  }

  @Test
  void openEnded_showsHowFarItWent_butNoTimeLeft_untilTheNextStage() {
    ProgressBar bar = bar(false);
    bar.openEnded();
    for (int done = 100; done <= 5_000; done += 100) {
      now += 100 * MS;
      bar.progress(done, 10_000);
    }
    bar.nextStage("target reached");
    for (int done = 100; done <= 10_000; done += 100) {
      now += 100 * MS;
      bar.progress(done, 10_000);
    }
    bar.finish();
    assertThat(text.toString()).startsWith(String.join(System.lineSeparator(),
        "progress: 10% (1.0s)",
        "progress: 30% (3.0s)",
        "progress: 50% (5.0s)",
        "kamsim: target reached",
        "progress: 1% (5.1s)",
        "progress: 21% (7.1s, eta 7.9s)", ""));
  }

  @Test
  void interactive_redrawsInPlace_atMostTenTimesASecond_endsWithNewline() {
    ProgressBar bar = bar(true);
    // 200 updates, 10 ms apart: 2 s.
    for (int done = 100; done <= 20_000; done += 100) {
      now += 10 * MS;
      bar.progress(done, 20_000);
    }
    bar.finish();
    bar.finish();
    String out = text.toString();
    long redraws = out.chars().filter(c -> c == '\r').count();
    // Shown from 1.0 s to 2.0 s every 100 ms (11 draws) plus the final one.
    assertThat(redraws).isEqualTo(12);
    assertThat(out).startsWith("\r[###############...............]  50%  1.0s  eta 1.0s")
        .endsWith("\r[##############################] 100%  2.0s" + System.lineSeparator());
  }

  @Test
  void outOfOrderBlocks_neverMoveBackwards() {
    ProgressBar bar = bar(false);
    now += 1500 * MS;
    bar.progress(3000, 10_000);
    now += 3000 * MS;
    bar.progress(2000, 10_000);
    bar.finish();
    assertThat(text.toString()).isEqualTo("progress: 30% (1.5s)" + System.lineSeparator());
  }

  @Test
  void eta_comesFromTheWarmRate_notFromASlowStart() {
    ProgressBar bar = bar(false);
    // The first 10% takes 5 s (class loading, compilation), the rest runs at 10% a second.
    now += 5000 * MS;
    bar.progress(1000, 10_000);
    now += 1000 * MS;
    bar.progress(2000, 10_000);
    now += 2000 * MS;
    bar.progress(4000, 10_000);
    // From the start the rate would be 4000 in 8 s: 12 s left. At the warm rate, 6000 at 1000 per second.
    assertThat(text.toString()).endsWith("progress: 40% (8.0s, eta 6.0s)" + System.lineSeparator());
  }

  @Test
  void phases_afterTheBar_areSaid_onceTheRunIsLong() {
    ProgressBar quiet = bar(false);
    now += 300 * MS;
    quiet.phase("writing the results");
    assertThat(text.toString()).isEmpty();
    ProgressBar bar = bar(false);
    now += 1500 * MS;
    bar.progress(10_000, 10_000);
    bar.phase("writing the results");
    bar.notice("waiting for another kamsim run that is writing out/x");
    assertThat(text.toString()).isEqualTo(String.join(System.lineSeparator(), "progress: 100% (1.5s)",
        "kamsim: writing the results (1.5s)", "kamsim: waiting for another kamsim run that is writing out/x", ""));
  }

  @Test
  void time_secondsThenMinutes() {
    assertThat(ProgressBar.time(3.14)).isEqualTo("3.1s");
    assertThat(ProgressBar.time(125.4)).isEqualTo("2m05s");
  }
}
