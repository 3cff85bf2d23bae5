package org.kamsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.kamsim.api.Kamsim;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.ScenarioException;
import org.kamsim.api.SimulationRun;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.TextSummary;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.Result;
import org.kamsim.scenario.FieldOverride;

/**
 * {@code spark-submit --class org.kamsim.spark.SparkMain kamsim-spark.jar simulate SCENARIO --out DIR
 * [--set FIELD=VALUE]... [--trials N] [--seed S] [--partitions N] [--no-report] [--png]}: {@code kamsim
 * simulate} with its blocks of trials computed as Spark tasks ({@link SparkBlocks}) and everything else on
 * the driver, writing the very files {@code kamsim simulate} writes, bit for bit (but {@code run.json}'s
 * timing). The scenario and its portfolio are read on the driver only; executors get their text.
 *
 * <p>Exit codes as the command line's: 0 done, 1 internal error, 2 bad input (one line naming the option or
 * field and the value; nothing written), 3 results not written.
 */
public final class SparkMain {
  static final int OK = 0;
  static final int INPUT = 2;
  static final int OUTPUT = 3;
  private static final String USAGE = "usage: SparkMain simulate SCENARIO --out DIR [--set FIELD=VALUE]... "
      + "[--trials N] [--seed S] [--partitions N] [--no-report] [--png]";

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
    try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("kamsim simulate"))) {
      code = run(options, spark, out, err);
    }
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs a parsed command on {@code spark}; returns the exit code. */
  static int run(Options options, JavaSparkContext spark, PrintWriter out, PrintWriter err) {
    KamsimScenario scenario;
    try {
      scenario = Kamsim.yaml(options.scenario, options.overrides);
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
    scenario = scenario.withCommand(options.command);
    try {
      ResultWriter.checkTarget(options.out);
    } catch (IOException e) {
      err.println("simulate: cannot write to " + options.out + ": " + e.getMessage());
      return OUTPUT;
    }
    int partitions = options.partitions != null ? options.partitions : spark.defaultParallelism();
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

  /** The command line, checked: each bad option is a one-line error naming it and its value. */
  static final class Options {
    final List<String> command;
    Path scenario;
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
      if (args.isEmpty() || !args.get(0).equals("simulate")) {
        throw new IllegalArgumentException("command: only simulate runs on Spark, was "
            + (args.isEmpty() ? "nothing" : "\"" + args.get(0) + "\"") + "; " + USAGE);
      }
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
          case "--no-report" -> noReport = true;
          case "--png" -> png = true;
          default -> {
            if (a.startsWith("-") || o.scenario != null) {
              throw new IllegalArgumentException("unknown option or extra argument \"" + a + "\"; " + USAGE);
            }
            o.scenario = path("SCENARIO", a);
          }
        }
      }
      if (o.scenario == null) {
        throw new IllegalArgumentException("SCENARIO: missing; " + USAGE);
      }
      if (o.out == null) {
        throw new IllegalArgumentException("--out: missing (the results directory); " + USAGE);
      }
      o.report = ReportOutput.of(noReport, png);
      return o;
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
