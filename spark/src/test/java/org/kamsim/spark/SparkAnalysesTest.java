package org.kamsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.api.Kamsim;
import org.kamsim.api.KamsimScenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.optimise.OptimiseProgress;
import org.kamsim.optimise.Optimiser;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.CompareFile;
import org.kamsim.results.ComparePeriodsFile;
import org.kamsim.results.CompareTrialsFile;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.ReverseStressAccountsFile;
import org.kamsim.results.ReverseStressFile;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.StaffingFile;
import org.kamsim.results.StressFile;
import org.kamsim.results.TrialsFile;
import org.kamsim.scenario.FieldOverride;

/**
 * {@code SparkMain compare}, {@code stress} and {@code sensitivity} in local mode write, byte for byte, the
 * files the local engine writes (through the API, as {@code kamsim compare|stress|sensitivity --threads 2
 * --no-report} does) for the same scenarios, trials, seed and overrides. Their runs are scenarios built in
 * code (stress rungs, sensitivity variants), sent to the executors as text. {@code SparkMain optimise} writes
 * {@code kamsim optimise}'s files.
 */
class SparkAnalysesTest {
  /** 3 blocks of 250 trials, the last one short: enough to check the order of the fold, quick to run. */
  private static final int TRIALS = 600;
  private static final String SET = "program.discount=0.04";

  @TempDir
  static Path dir;
  private static Path scenario;
  private static Path other;
  private static JavaSparkContext spark;

  @BeforeAll
  static void start() throws URISyntaxException {
    scenario = resource("several-blocks.yaml");
    other = resource("other-plan.yaml");
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("kamsim-spark-test")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.enabled", "false");
    spark = new JavaSparkContext(conf);
    spark.setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  private static KamsimScenario local(Path file) {
    return Kamsim.yaml(file, List.of(FieldOverride.parse(SET))).withTrials(TRIALS).withThreads(2);
  }

  @Test
  void compareWritesTheLocalEnginesFiles() throws Exception {
    Path local = dir.resolve("compare-local");
    local(scenario).compare(List.of(local(other)), "").write(local, ReportOutput.NONE, WriteProgress.SILENT);
    Path onSpark = sparkMain("compare-spark", "compare", scenario.toString(), other.toString());
    assertSameFiles(local, onSpark, List.of(CompareFile.NAME, ComparePeriodsFile.NAME,
        CompareTrialsFile.NAME));
  }

  @Test
  void stressWritesTheLocalEnginesFiles() throws Exception {
    Path local = dir.resolve("stress-local");
    local(scenario).stress(3, 4).write(local, ReportOutput.NONE, WriteProgress.SILENT);
    Path onSpark = sparkMain("stress-spark", "stress", scenario.toString(), "--depth", "3", "--month", "4");
    assertSameFiles(local, onSpark, List.of(StressFile.NAME, ReverseStressFile.NAME,
        ReverseStressAccountsFile.NAME));
  }

  @Test
  void sensitivityWritesTheLocalEnginesFiles() throws Exception {
    Path local = dir.resolve("sensitivity-local");
    local(scenario).sensitivity(SensitivityMeasure.PROFIT).write(local, ReportOutput.NONE, WriteProgress.SILENT);
    Path onSpark = sparkMain("sensitivity-spark", "sensitivity", scenario.toString(), "--measure", "profit");
    assertSameFiles(local, onSpark, List.of(SensitivityFile.NAME));
  }

  /**
   * {@code optimise}: the search on the driver, the fresh trials' sample and the chosen plan's simulation on
   * Spark, and every file (the plan, the staffing curve, the convergence, the frontier, the chosen plan's
   * simulation on the fresh trials) is {@code kamsim optimise}'s, byte for byte. The validation is 3 blocks of
   * fresh trials; the chosen plan is a key set and headcount set in code, sent as text.
   */
  @Test
  void optimiseWritesTheLocalEnginesFiles() throws Exception {
    Path file = resource("optimise-small.yaml");
    Path local = dir.resolve("optimise-local");
    local(file).withSeed(11).optimise(new Optimiser.Options(null, null, null, null, true),
        new OptimiseProgress() {}).write(local, ReportOutput.NONE, WriteProgress.SILENT);
    Path onSpark = sparkMain("optimise-spark", "optimise", file.toString(), "--seed", "11", "--frontier");
    assertSameFiles(local, onSpark, List.of(ResultFiles.PLAN, PlanAccountsFile.NAME, StaffingFile.NAME,
        ConvergenceFile.NAME, FrontierFile.NAME, ResultFiles.SUMMARY, PeriodsFile.NAME, AccountsFile.NAME,
        TrialsFile.NAME));
  }

  @Test
  void frontierIsAnOptionOfOptimiseOnly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkMain.Options.parse(List.of("simulate", "a.yaml", "--out", "x", "--frontier")));
    assertEquals("--frontier: an option of optimise only, not of simulate", e.getMessage());
  }

  @Test
  void anOptionOfAnotherCommandIsOneLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkMain.Options.parse(List.of("compare", "a.yaml", "b.yaml", "--out", "x", "--depth", "3")));
    assertEquals("--depth: an option of stress only, not of compare", e.getMessage());
  }

  /** Runs {@code SparkMain} with {@code args}, the overrides, the trials and 3 partitions; its output folder. */
  private static Path sparkMain(String name, String... args) {
    Path out = dir.resolve(name);
    List<String> line = new ArrayList<>(List.of(args));
    line.addAll(List.of("--out", out.toString(), "--set", SET, "--trials", Integer.toString(TRIALS),
        "--partitions", "3", "--no-report"));
    StringWriter err = new StringWriter();
    int jobs = spark.statusTracker().getJobIdsForGroup(null).length;
    int code = SparkMain.run(SparkMain.Options.parse(line), spark, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(SparkMain.OK, code, err.toString());
    // The runs' blocks were Spark jobs (at least one per run and pass), not the driver's threads.
    int ran = spark.statusTracker().getJobIdsForGroup(null).length - jobs;
    assertTrue(ran >= 2, name + ": Spark jobs " + ran);
    return out;
  }

  /**
   * Every file the local run wrote but {@code run.json} (its timing and command differ) is in the Spark run's
   * folder with the same bytes, and the folders hold the same files; {@code expected} are among them.
   */
  private static void assertSameFiles(Path local, Path onSpark, List<String> expected) throws IOException {
    List<Path> files = files(local);
    assertEquals(files, files(onSpark), "the same files");
    for (String e : expected) {
      assertTrue(files.contains(Path.of(e)), e + " in " + files);
    }
    for (Path f : files) {
      if (!f.toString().equals("run.json")) {
        assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(onSpark.resolve(f)),
            f.toString());
      }
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SparkAnalysesTest.class.getResource("/" + name).toURI());
  }
}
