package org.kamsim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.cli.Fixture;

/** Cancelling a run, watching its progress, and drawing its charts. */
class RunControlTest {
  @TempDir
  Path dir;

  private Fixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new Fixture(dir);
  }

  private static Set<Thread> liveWorkers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("kamsim-worker-")).collect(Collectors.toSet());
  }

  @Test
  void interruptedRun_stopsWithinASecond_writesNothing_leavesNoWorkerThread() throws Exception {
    // 2,000,000 trials of 12 months take the best part of a minute on two threads: it is still running
    // when it is interrupted. It is interrupted 300 ms into its trials: before them it allocates its per-trial
    // arrays (half a gigabyte here), which no check can cut short (see docs/api.md).
    CountDownLatch started = new CountDownLatch(1);
    KamsimScenario s = Kamsim.scenario(fixture.goodScenario()).withTrials(2_000_000).withThreads(2)
        .withProgress((done, total) -> started.countDown());
    Path target = dir.resolve("never");
    Set<Thread> workersBefore = liveWorkers();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread run = new Thread(() -> {
      try {
        s.simulate().write(target);
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "api-run");
    run.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    assertThat(run.isAlive()).as("still running when interrupted").isTrue();
    Set<Thread> ours = liveWorkers();
    ours.removeAll(workersBefore); // earlier tests' pools may still be winding down
    assertThat(ours).hasSize(2);
    long interrupted = System.nanoTime();
    run.interrupt();
    run.join(1000);

    assertThat(run.isAlive()).as("stopped within a second").isFalse();
    assertThat((System.nanoTime() - interrupted) / 1e9).isLessThan(1.0);
    assertThat(thrown.get()).isInstanceOf(CancellationException.class);
    assertThat(target).doesNotExist();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("portfolio.csv", "good.yaml");
    for (Thread worker : ours) {
      // The run waited for its pool to terminate; a thread may take a moment more to be reaped.
      worker.join(100);
      assertThat(worker.isAlive()).as(worker.getName()).isFalse();
    }
  }

  @Test
  void progress_seesMonotoneCountsReachingTheTotal() throws Exception {
    List<long[]> seen = new ArrayList<>();
    Kamsim.scenario(fixture.goodScenario()).withThreads(2)
        .withProgress((done, total) -> seen.add(new long[] {done, total})).simulate();

    assertThat(seen).isNotEmpty();
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i)[0]).isGreaterThan(seen.get(i - 1)[0]);
      assertThat(seen.get(i)[1]).isEqualTo(seen.get(0)[1]);
    }
    long[] last = seen.get(seen.size() - 1);
    assertThat(last[0]).isEqualTo(last[1]);
  }

  @Test
  void chart_isTheWideDrawingOfTheReportsChart() throws Exception {
    SimulationRun r = Kamsim.scenario(fixture.goodScenario()).withTrials(500).simulate();

    assertThat(r.charts()).contains("revenue_fan", "concentration_lorenz", "tail_drivers", "plan_value");
    BufferedImage fan = r.chart("revenue_fan");
    assertThat(fan.getWidth()).isEqualTo(1440); // the wide layout's 960 chart units at the PNG's 1.5 scale
    assertThat(fan.getHeight()).isGreaterThan(300);
    assertThat(distinctColours(fan)).as("something is drawn").isGreaterThan(5);
    assertThatThrownBy(() -> r.chart("no_such_chart")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("chart: no chart named \"no_such_chart\" in this run; it has [");
  }

  private static long distinctColours(BufferedImage image) {
    return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
        .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
  }
}
