package org.kamsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.api.Kamsim;
import org.kamsim.api.KamsimScenario;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.scenario.FieldOverride;
import org.kamsim.simulation.Simulator;

/**
 * {@code SparkMain simulate} in local mode writes, byte for byte, the files the local engine writes for the
 * same scenario, seed and overrides: whatever the partitions, and when Spark retries failed tasks.
 */
class SparkSimulateTest {
  /** The files compared: every data file (run.json differs in its timing and command). */
  private static final List<String> FILES = List.of("summary.json", "periods.csv", "accounts.csv", "trials.csv");
  private static final List<String> SET = List.of("--set", "program.discount=0.04");

  @TempDir
  static Path dir;
  private static Path scenario;
  private static Path local;
  private JavaSparkContext spark;

  /** The local engine's files, through the API as {@code kamsim simulate --threads 2 --no-report} writes them. */
  @BeforeAll
  static void localEngine() throws Exception {
    scenario = resource("several-blocks.yaml");
    KamsimScenario s = Kamsim.yaml(scenario, List.of(FieldOverride.parse("program.discount=0.04")))
        .withThreads(2);
    assertTrue(Simulator.blockCount(s.model()) >= 8, "several blocks");
    local = dir.resolve("local");
    s.simulate().write(local, ReportOutput.NONE, WriteProgress.SILENT);
  }

  @AfterEach
  void stop() {
    SparkBlocks.failFirstAttempts = false;
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void threePartitionsWriteTheLocalEnginesFiles() throws Exception {
    spark = start("local[2]");
    assertSameFiles(simulate("spark3", 3));
  }

  @Test
  void sevenPartitionsWriteTheSameFiles() throws Exception {
    spark = start("local[2]");
    assertSameFiles(simulate("spark7", 7));
  }

  /** Every task's first attempt throws; Spark retries it ({@code local[2,4]}: up to 4 attempts). */
  @Test
  void retriedTasksWriteTheSameFiles() throws Exception {
    spark = start("local[2,4]");
    SparkBlocks.failFirstAttempts = true;
    int before = SparkBlocks.FAILED_ATTEMPTS.get();
    assertSameFiles(simulate("retried", 4));
    // Every task failed once: 4 for the 9 blocks of all trials, 3 for the 3 tail blocks, 4 without the shocks.
    assertEquals(4 + 3 + 4, SparkBlocks.FAILED_ATTEMPTS.get() - before, "first attempts failed, then retried");
  }

  @Test
  void badOptionIsOneLineAndExitCode2() {
    StringWriter err = new StringWriter();
    int code;
    try {
      SparkMain.Options.parse(List.of("simulate", scenario.toString(), "--out", "x", "--partitions", "0"));
      code = 0;
    } catch (IllegalArgumentException e) {
      err.write(e.getMessage());
      code = SparkMain.INPUT;
    }
    assertEquals(SparkMain.INPUT, code);
    assertEquals("--partitions: must be >= 1, was 0", err.toString());
  }

  private static Path simulate(String name, int partitions) throws Exception {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("simulate", scenario.toString(), "--out", out.toString(),
        "--partitions", Integer.toString(partitions), "--no-report"));
    args.addAll(SET);
    StringWriter err = new StringWriter();
    int code = SparkMain.run(SparkMain.Options.parse(args), spark(), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(SparkMain.OK, code, err.toString());
    return out;
  }

  private static JavaSparkContext current;

  private static JavaSparkContext spark() {
    return current;
  }

  private static JavaSparkContext start(String master) {
    SparkConf conf = new SparkConf().setMaster(master).setAppName("kamsim-spark-test")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false");
    current = new JavaSparkContext(conf);
    current.setLogLevel("WARN");
    return current;
  }

  private static void assertSameFiles(Path spark) throws Exception {
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SparkSimulateTest.class.getResource("/" + name).toURI());
  }
}
