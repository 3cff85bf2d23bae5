package org.kamsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.kamsim.api.PortableScenario;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.BlockExecutor;
import org.kamsim.simulation.BlockJob;
import org.kamsim.simulation.BlockWorker;
import scala.Tuple2;

/**
 * The engine's blocks of trials as Spark tasks. The scenario reaches each executor once, as a broadcast of its
 * text ({@link PortableScenario}), and each pass's {@link BlockJob} (at most the tail's trial indexes) once per
 * pass, as a broadcast too; a task is a contiguous range of block indexes, and returns each block's result
 * with its index. The driver sorts them by index and folds them in block order, never in arrival order
 * ({@code reduce} and {@code treeReduce} fold in whatever order tasks finish, so their bits vary): every output
 * is the local engine's, bit for bit, whatever the partitions, the executors, or retried tasks.
 *
 * <p>Blocks run in waves of {@link #BLOCKS_PER_TASK} blocks per partition, each wave a Spark job that the
 * driver collects and folds before the next: the driver holds at most one wave's block results (mostly
 * per-account sums, 24 bytes an account a block), never the whole run's.
 */
final class SparkBlocks implements BlockExecutor, AutoCloseable {
  /** Blocks a task computes per wave: enough to make a task's start-up (milliseconds) negligible. */
  static final int BLOCKS_PER_TASK = 4;

  /**
   * Test hook: when true, the first attempt of every task throws, so that Spark must retry it (a master of
   * {@code local[N,maxFailures]} allows retries in local mode). Never set outside tests.
   */
  static volatile boolean failFirstAttempts;
  /** Test hook: how many first attempts threw. */
  static final AtomicInteger FAILED_ATTEMPTS = new AtomicInteger();

  private final JavaSparkContext spark;
  private final PortableScenario portable;
  private final int partitions;
  private Broadcast<SentScenario> scenario;

  /**
   * @param portable the scenario every pass runs, as text for the executors
   * @param partitions tasks per wave (at most the wave's blocks)
   */
  SparkBlocks(JavaSparkContext spark, PortableScenario portable, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions: must be >= 1, was " + partitions);
    }
    this.spark = spark;
    this.portable = portable;
    this.partitions = partitions;
  }

  @Override
  public <T extends Serializable> void run(Scenario model, BlockJob<T> job, int n, Consumer<T> inBlockOrder) {
    if (model.trials() != portable.model().trials() || model.seed() != portable.model().seed()) {
      throw new IllegalArgumentException("scenario: not the one this executor was built for");
    }
    if (n == 0) {
      return;
    }
    if (scenario == null) {
      scenario = spark.broadcast(new SentScenario(portable));
    }
    Broadcast<SentScenario> sent = scenario;
    Broadcast<BlockJob<T>> pass = spark.broadcast(job);
    try {
      int wave = partitions * BLOCKS_PER_TASK;
      for (int from = 0; from < n; from += wave) {
        int to = Math.min(n, from + wave);
        List<Integer> blocks = IntStream.range(from, to).boxed().collect(Collectors.toList());
        List<Tuple2<Integer, T>> results = new ArrayList<>(spark
            .parallelize(blocks, Math.min(partitions, to - from))
            .mapPartitions((Iterator<Integer> indexes) -> compute(sent, pass, indexes))
            .collect());
        results.sort(Comparator.comparing(Tuple2::_1));
        int expected = from;
        for (Tuple2<Integer, T> r : results) {
          if (r._1() != expected++) {
            throw new IllegalStateException("block " + (expected - 1) + ": missing from the results");
          }
          inBlockOrder.accept(r._2());
        }
      }
    } finally {
      pass.destroy();
    }
  }

  /** A task: its blocks, each with its index, computed by one worker of the broadcast scenario. */
  private static <T extends Serializable> Iterator<Tuple2<Integer, T>> compute(Broadcast<SentScenario> sent,
      Broadcast<BlockJob<T>> pass, Iterator<Integer> indexes) {
    if (failFirstAttempts && TaskContext.get().attemptNumber() == 0) {
      FAILED_ATTEMPTS.incrementAndGet();
      throw new IllegalStateException("injected failure of a first attempt (test hook)");
    }
    BlockWorker worker = sent.value().worker();
    BlockJob<T> job = pass.value();
    List<Tuple2<Integer, T>> out = new ArrayList<>();
    while (indexes.hasNext()) {
      int b = indexes.next();
      out.add(new Tuple2<>(b, worker.compute(job, b)));
    }
    return out.iterator();
  }

  /** Removes the scenario's broadcast from the executors (an analysis makes one of these per run). */
  @Override
  public void close() {
    if (scenario != null) {
      scenario.destroy();
      scenario = null;
    }
  }
}
