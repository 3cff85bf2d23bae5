package org.kamsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.kamsim.analysis.StressTest;
import org.kamsim.api.ComparisonRun;
import org.kamsim.api.Kamsim;
import org.kamsim.api.KamsimRun;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.OptimisationRun;
import org.kamsim.api.PortableScenario;
import org.kamsim.api.ScenarioException;
import org.kamsim.api.SensitivityRun;
import org.kamsim.api.SimulationRun;
import org.kamsim.api.StressRun;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.optimise.OptimiseProgress;
import org.kamsim.optimise.Optimiser;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.TextSummary;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFiles;
import org.kamsim.scenario.FieldOverride;
import org.kamsim.simulation.BlockExecutor;

/**
 * {@code spark-submit --class org.kamsim.spark.SparkMain kamsim-spark.jar simulate SCENARIO --out DIR
 * [--set FIELD=VALUE]... [--trials N] [--seed S] [--partitions N] [--no-report] [--png]}: {@code kamsim
 * simulate} with its blocks of trials computed as Spark tasks ({@link SparkBlocks}) and everything else on
 * the driver, writing the very files {@code kamsim simulate} writes, bit for bit (but {@code run.json}'s
 * timing). The scenario and its portfolio are read on the driver only; executors get their text.
 *
 * <p>{@code compare BASE OTHER...}, {@code stress SCENARIO [--depth K] [--month M]} and
 * {@code sensitivity SCENARIO [--measure M]} take the same options and run the same way: each of their runs
 * (a scenario of the comparison, a rung of the stress ladder or of the reverse stress test, a sensitivity
 * variant) has its blocks computed as Spark tasks, one run after the other, with the scenario the run needs
 * sent as text ({@link PortableScenario#of(Scenario)}: the variants are built in code and have no file), and
 * their files are {@code kamsim}'s, bit for bit.
 *
 * <p>{@code optimise SCENARIO [--frontier]} searches on the driver, as {@code kamsim optimise} does on its
 * threads (a generation scores a few dozen plans on the search sample in milliseconds: too little work to
 * send away), and runs its validation on Spark: the fresh trials' sample that scores the finalists and
 * baselines, and the simulation of the chosen plan on those trials. Its files are {@code kamsim optimise}'s,
 * bit for bit.
 *
 * <p>Exit codes as the command line's: 0 done, 1 internal error, 2 bad input (one line naming the option or
 * field and the value; nothing written), 3 results not written.
 */
public final class SparkMain {
  static final int OK = 0;
  static final int INPUT = 2;
  static final int OUTPUT = 3;
  /** The commands that run on Spark. */
  static final List<String> COMMANDS = List.of("simulate", "compare", "stress", "sensitivity", "optimise");
  private static final String USAGE = "usage: SparkMain simulate SCENARIO | compare BASE OTHER... | stress SCENARIO "
      + "[--depth K] [--month M] | sensitivity SCENARIO [--measure M] | optimise SCENARIO [--frontier], then "
      + "--out DIR [--set FIELD=VALUE]... [--trials N] [--seed S] [--partitions N] [--no-report] [--png]";

  private SparkMain() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Options options;
    try {
      options = Options.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      System.exit(INPUT);
      return;
    }
    int code;
    // The master and the rest come from spark-submit (--master, --conf).
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("kamsim " + options.verb))) {
      code = run(options, spark, out, err);
    }
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs a parsed command on {@code spark}; returns the exit code. */
  static int run(Options options, JavaSparkContext spark, PrintWriter out, PrintWriter err) {
    List<KamsimScenario> scenarios = new ArrayList<>();
    for (Path file : options.scenarios) {
      KamsimScenario scenario;
      try {
        scenario = Kamsim.yaml(file, options.overrides);
        if (options.trials != null) {
          scenario = scenario.withTrials(options.trials);
        }
        if (options.seed != null) {
          scenario = scenario.withSeed(options.seed);
        }
      } catch (ScenarioException e) {
        e.lines().forEach(err::println);
        return INPUT;
      } catch (IllegalArgumentException e) {
        err.println("--" + e.getMessage());
        return INPUT;
      }
      scenarios.add(scenario);
    }
    KamsimScenario scenario = scenarios.get(0).withCommand(options.command);
    int partitions = options.partitions != null ? options.partitions : spark.defaultParallelism();
    if (options.verb.equals("simulate")) {
      return simulate(options, spark, scenario, partitions, out, err);
    }
    if (options.verb.equals("optimise")) {
      return optimise(options, spark, scenario, partitions, out, err);
    }
    try {
      AnalysisWriter.checkTarget(options.out);
    } catch (IOException e) {
      err.println(options.verb + ": cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    }
    // Each run's blocks on Spark, its scenario sent as text; the blocks close (unbroadcast) after the run.
    Function<Scenario, BlockExecutor> blocks = s -> new SparkBlocks(spark, PortableScenario.of(s), partitions);
    KamsimRun run;
    List<AnalysisWriter.CsvFile> files;
    try {
      switch (options.verb) {
        case "compare" -> {
          ComparisonRun c = scenario.compare(scenarios.subList(1, scenarios.size()), "", blocks);
          run = c;
          files = c.files();
        }
        case "stress" -> {
          int accounts = scenario.model().portfolio().size();
          int depth = options.depth != null ? options.depth : Math.min(StressTest.DEFAULT_DEPTH, accounts);
          StressRun r = scenario.stress(depth, options.month != null ? options.month : 1, blocks);
          run = r;
          files = r.files();
        }
        default -> {
          SensitivityRun r = scenario.sensitivity(options.measure != null ? options.measure
              : scenario.model().sensitivity().measure(), blocks);
          run = r;
          files = r.files();
        }
      }
    } catch (IllegalArgumentException e) { // --depth, --month out of range; a file given twice to compare
      String m = e.getMessage();
      err.println(m.startsWith("depth:") || m.startsWith("month:") ? options.verb + ": --" + m : m);
      return INPUT;
    }
    try {
      run.write(options.out, options.report, WriteProgress.SILENT);
    } catch (IOException e) {
      err.println(options.verb + ": cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    } catch (ReportNotDrawnException e) {
      err.println(options.verb + ": the results are written, but the report could not be drawn: "
          + e.getMessage());
      return OUTPUT;
    }
    out.println("Results in " + options.out + " (" + String.join(", ", AnalysisWriter.names(files)) + ")");
    return OK;
  }

  private static int simulate(Options options, JavaSparkContext spark, KamsimScenario scenario, int partitions,
      PrintWriter out, PrintWriter err) {
    try {
      ResultWriter.checkTarget(options.out);
    } catch (IOException e) {
      err.println("simulate: cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    }
    SparkBlocks blocks = new SparkBlocks(spark, scenario.portable(), partitions);
    Result written;
    try {
      SimulationRun run = scenario.simulate(blocks);
      written = run.writeResult(options.out, options.report, WriteProgress.SILENT);
    } catch (IOException e) {
      err.println("simulate: cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    } catch (ReportNotDrawnException e) {
      err.println("simulate: the results are written, but the report could not be drawn: " + e.getMessage());
      return OUTPUT;
    } finally {
      blocks.close();
    }
    TextSummary.print(written, options.out, out);
    return OK;
  }

  private static int optimise(Options options, JavaSparkContext spark, KamsimScenario scenario, int partitions,
      PrintWriter out, PrintWriter err) {
    if (scenario.model().plan().phased()) {
      err.println("optimise: warning: plan.changes are ignored (the optimiser searches one key set and headcount "
          + "for the whole horizon; the scenario's plan is compared as its month-1 set); run simulate to price "
          + "the phased plan");
    }
    try {
      ResultWriter.checkTarget(options.out);
    } catch (IOException e) {
      err.println("optimise: cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    }
    // The validation's two passes on Spark, each scenario sent as text; their blocks close after the pass.
    Function<Scenario, BlockExecutor> blocks = s -> new SparkBlocks(spark, PortableScenario.of(s), partitions);
    OptimisationRun run;
    try {
      run = scenario.optimise(new Optimiser.Options(null, null, null, null, options.frontier),
          new OptimiseProgress() {}, blocks);
    } catch (ScenarioException e) { // nothing to search: the pinned accounts need more KAMs than allowed
      e.lines().forEach(err::println);
      return INPUT;
    }
    try {
      run.write(options.out, options.report, WriteProgress.SILENT);
    } catch (IOException e) {
      err.println("optimise: cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    } catch (ReportNotDrawnException e) {
      err.println("optimise: the results are written, but the report could not be drawn: " + e.getMessage());
      return OUTPUT;
    }
    List<String> files = new ArrayList<>(ResultFiles.SEARCH);
    if (run.optimisation().frontier().isEmpty()) {
      files.remove(FrontierFile.NAME);
    }
    out.println("Results in " + options.out + " (" + String.join(", ", files)
        + ", and the files of simulate for the chosen plan)");
    return OK;
  }

  /** The command line, checked: each bad option is a one-line error naming it and its value. */
  static final class Options {
    final List<String> command;
    String verb;
    /** The scenario files, the base first for compare. */
    final List<Path> scenarios = new ArrayList<>();
    Integer depth;
    Integer month;
    SensitivityMeasure measure;
    boolean frontier;
    Path out;
    final List<FieldOverride> overrides = new ArrayList<>();
    Integer trials;
    Long seed;
    Integer partitions;
    ReportOutput report;

    private Options(List<String> command) {
      this.command = command;
    }

    static Options parse(List<String> args) {
      List<String> command = new ArrayList<>(List.of("kamsim-spark"));
      command.addAll(args);
      Options o = new Options(List.copyOf(command));
      if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
        throw new IllegalArgumentException("command: must be one of " + String.join(", ", COMMANDS) + ", was "
            + (args.isEmpty() ? "nothing" : "\"" + args.get(0) + "\"") + "; " + USAGE);
      }
      o.verb = args.get(0);
      boolean noReport = false;
      boolean png = false;
      for (int i = 1; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "--out", "-o" -> o.out = path(a, value(args, ++i, a));
          case "--set" -> o.overrides.add(override(value(args, ++i, a)));
          case "--trials" -> o.trials = positive(a, value(args, ++i, a));
          case "--seed" -> o.seed = number(a, value(args, ++i, a));
          case "--partitions" -> o.partitions = positive(a, value(args, ++i, a));
          case "--depth" -> o.depth = positive(only(o, a, "stress"), value(args, ++i, a));
          case "--month" -> o.month = positive(only(o, a, "stress"), value(args, ++i, a));
          case "--measure" -> o.measure = measure(only(o, a, "sensitivity"), value(args, ++i, a));
          case "--frontier" -> {
            only(o, a, "optimise");
            o.frontier = true;
          }
          case "--no-report" -> noReport = true;
          case "--png" -> png = true;
          default -> {
            if (a.startsWith("-") || !o.scenarios.isEmpty() && !o.verb.equals("compare")) {
              throw new IllegalArgumentException("unknown option or extra argument \"" + a + "\"; " + USAGE);
            }
            o.scenarios.add(path("SCENARIO", a));
          }
        }
      }
      if (o.scenarios.isEmpty()) {
        throw new IllegalArgumentException("SCENARIO: missing; " + USAGE);
      }
      if (o.verb.equals("compare") && o.scenarios.size() < 2) {
        throw new IllegalArgumentException("OTHER: compare needs a base scenario and at least one other, was only "
            + o.scenarios.get(0) + "; " + USAGE);
      }
      if (o.out == null) {
        throw new IllegalArgumentException("--out: missing (the results directory); " + USAGE);
      }
      o.report = ReportOutput.of(noReport, png);
      return o;
    }

    /** {@code option}, if the command is {@code verb}: the options of one command are errors for the others. */
    private static String only(Options o, String option, String verb) {
      if (!o.verb.equals(verb)) {
        throw new IllegalArgumentException(option + ": an option of " + verb + " only, not of " + o.verb);
      }
      return option;
    }

    private static SensitivityMeasure measure(String option, String value) {
      SensitivityMeasure m = SensitivityMeasure.parse(value);
      if (m == null) {
        throw new IllegalArgumentException(option + ": " + SensitivityMeasure.unknown(value));
      }
      return m;
    }

    private static String value(List<String> args, int i, String option) {
      if (i >= args.size()) {
        throw new IllegalArgumentException(option + ": missing value");
      }
      return args.get(i);
    }

    private static Path path(String option, String value) {
      try {
        if (value.isEmpty()) {
          throw new InvalidPathException(value, "empty");
        }
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException(option + ": not a valid path, was \"" + value + "\"");
      }
    }

    private static FieldOverride override(String value) {
      try {
        return FieldOverride.parse(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--set: " + e.getMessage());
      }
    }

    private static long number(String option, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + ": must be a whole number, was \"" + value + "\"");
      }
    }

    private static int positive(String option, String value) {
      long n = number(option, value);
      if (n < 1 || n > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(option + ": must be >= 1, was " + value);
      }
      return (int) n;
    }
  }
}
