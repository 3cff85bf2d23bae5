package org.kamsim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.model.Scenario;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.scenario.FieldOverride;
import org.kamsim.simulation.BlockExecutor;
import org.kamsim.simulation.BlockJob;
import org.kamsim.simulation.BlockWorker;
import org.kamsim.simulation.Simulator;

/**
 * The seam a cluster runner uses, without a cluster: every block computed as a remote executor would (the
 * scenario and the job serialised and read back, a worker of its own, blocks in reverse order, each result
 * serialised and read back) and folded in block order gives the local engine's files, byte for byte.
 */
class RemoteBlocksTest {
  private static final List<String> FILES = List.of("summary.json", "periods.csv", "accounts.csv", "trials.csv");

  @TempDir
  Path dir;

  @Test
  void blocksComputedElsewhereInAnyOrderGiveTheLocalEnginesFiles() throws Exception {
    // full.yaml has shocks (all three passes); --set exercises the resolved text.
    Path file = Path.of(getClass().getResource("/scenario/full.yaml").toURI());
    KamsimScenario scenario = Kamsim.yaml(file, List.of(FieldOverride.parse("program.discount=0.04")))
        .withTrials(1_100).withThreads(2);
    assertTrue(Simulator.blockCount(scenario.model()) > 1, "several blocks");
    PortableScenario sent = roundTrip(scenario.portable());
    scenario.simulate().write(dir.resolve("local"), ReportOutput.NONE, WriteProgress.SILENT);
    scenario.simulate(new Elsewhere(sent)).write(dir.resolve("remote"), ReportOutput.NONE, WriteProgress.SILENT);
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)),
          Files.readAllBytes(dir.resolve("remote").resolve(f)), f);
    }
  }

  /** Blocks computed from a copy of the scenario's text, last block first; results folded in block order. */
  private record Elsewhere(PortableScenario scenario) implements BlockExecutor {
    @Override
    public <T extends Serializable> void run(Scenario model, BlockJob<T> job, int n, Consumer<T> inBlockOrder) {
      BlockWorker worker = new BlockWorker(roundTrip(scenario).model());
      BlockJob<T> copy = roundTrip(job);
      List<T> results = new ArrayList<>(n);
      for (int b = 0; b < n; b++) {
        results.add(null);
      }
      for (int b = n - 1; b >= 0; b--) {
        results.set(b, roundTrip(worker.compute(copy, b)));
      }
      results.forEach(inBlockOrder);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
