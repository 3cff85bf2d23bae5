package org.kamsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamsim.api.Kamsim;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.ScenarioException;
import org.kamsim.model.Scenario;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.report.Report;
import org.kamsim.report.ReportOutput;
import org.kamsim.results.NonFiniteFigureException;
import org.kamsim.scenario.FieldOverride;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The arguments of every command that runs a scenario (a picocli mixin): the scenario file, the output
 * directory and the run overrides, with loading the scenario and naming the output, so that
 * {@code simulate} and {@code optimise} read and check their input the same way.
 */
final class ScenarioOptions {
  static final int MAX_THREADS = 1024;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
  Path scenarioFile;

  Path out;

  @Option(names = "--no-report",
      description = "Write the data files only: no report.html and no charts/ (for simulate and optimise, "
          + "kamsim report draws them later).")
  boolean noReport;

  @Option(names = "--png",
      description = "Also write each chart as a PNG image (1,440 pixels wide) beside its SVG, for tools that "
          + "take no SVG. About 0.3 s more.")
  boolean png;

  /** The report these options ask for. */
  ReportOutput report() {
    return ReportOutput.of(noReport, png);
  }

  @Option(names = "--set", paramLabel = "FIELD=VALUE", converter = OverrideConverter.class,
      description = "Override a scenario field, named by its dotted path, with a YAML value, as if edited in "
          + "the file (repeatable; later ones win): --set program.discount=0.05, --set plan.key=[A001,A002]. "
          + "scenario.yaml in the results is then the resolved scenario.")
  List<FieldOverride> overrides = new ArrayList<>();

  private Integer trials;
  private Long seed;
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Output directory (default: a folder of out/ in the current directory named after the "
          + "scenario, the command (as the description above says) and the --set overrides, such as out/baseline "
          + "or out/baseline-set-program.discount_0).")
  void setOut(String value) {
    if (value.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--out: must name a directory, was empty");
    }
    try {
      out = Path.of(value);
    } catch (InvalidPathException e) {
      throw new ParameterException(spec.commandLine(), "--out: not a valid path, was \"" + value + "\"");
    }
  }

  @Option(names = "--trials", paramLabel = "N",
      description = "Monte Carlo trials (default: the scenario's; optimise scores every plan on them).")
  void setTrials(int value) {
    trials = inRange(spec, "--trials", value, 1, Scenario.MAX_TRIALS);
  }

  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
  void setSeed(long value) {
    seed = value;
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1..1024 (default: the number of processors). Results do not depend on it.")
  void setThreads(int value) {
    threads = inRange(spec, "--threads", value, 1, MAX_THREADS);
  }

  int threads() {
    return threads;
  }

  /** Whether {@code --trials} was given. */
  boolean trialsGiven() {
    return trials != null;
  }

  /** A number option in [lo, hi], or a usage error (exit 2) naming the option and the value. */
  static int inRange(CommandSpec spec, String option, int value, int lo, int hi) {
    if (value < lo || value > hi) {
      throw new ParameterException(spec.commandLine(),
          option + ": must be in [" + lo + ", " + hi + "], was " + value);
    }
    return value;
  }

  /**
   * The scenario with the command line's overrides, trials, seed and threads, recording {@code command} for
   * {@code run.json}; or null, after printing every error of the scenario and its portfolio (or of the
   * overrides) to {@code err}.
   */
  KamsimScenario load(List<String> command, PrintWriter err) {
    return load(scenarioFile, command, err);
  }

  /**
   * {@code file} as {@link #load(List, PrintWriter)} loads the scenario file, for commands that read several
   * scenarios with the same options ({@code compare}).
   */
  KamsimScenario load(Path file, List<String> command, PrintWriter err) {
    KamsimScenario scenario;
    try {
      scenario = Kamsim.yaml(file, overrides);
    } catch (ScenarioException e) {
      for (String line : e.lines()) {
        err.println(line);
      }
      return null;
    }
    if (trials != null) {
      int months = scenario.model().horizonMonths();
      if ((long) trials * months > Scenario.MAX_TRIAL_MONTHS) {
        err.println("--trials: " + trials + " trials x " + months
            + " months is more than the engine holds (" + Scenario.MAX_TRIAL_MONTHS + " trial-months)");
        return null;
      }
      scenario = scenario.withTrials(trials);
    }
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    return scenario.withThreads(threads).withCommand(command);
  }

  /** {@code --set FIELD=VALUE}: one that is not of that form is a usage error (exit 2), as picocli reports. */
  static final class OverrideConverter implements ITypeConverter<FieldOverride> {
    @Override
    public FieldOverride convert(String value) {
      try {
        return FieldOverride.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * {@code --out}, or {@code out/<scenario name><suffix>}; with {@code --set}, the overrides are part of the
   * name ({@code out/baseline-set-program.discount_0}), so that a quick what-if never replaces the results of
   * the scenario as written.
   */
  Path target(KamsimScenario scenario, String suffix) {
    return target(scenario.name() + suffix);
  }

  /** {@code --out}, or {@code out/<name>} with the {@code --set} overrides, as {@link #target(KamsimScenario, String)}. */
  Path target(String defaultName) {
    if (out != null) {
      return out;
    }
    StringBuilder name = new StringBuilder(defaultName);
    if (!overrides.isEmpty()) {
      name.append("-set");
      for (FieldOverride o : overrides) {
        name.append('-').append(o.field()).append('_').append(o.value());
      }
    }
    return defaultOutput(name.length() <= MAX_NAME ? name.toString()
        : name.substring(0, MAX_NAME - 9) + "-" + String.format("%08x", name.toString().hashCode()));
  }

  /** Longest default folder name: well within every common file system's 255. */
  private static final int MAX_NAME = 120;

  /**
   * {@code out/<name>}, with every character of the name that is not safe in a file name on common systems
   * replaced by '_', so that a scenario named {@code ../x} or {@code a/b} stays inside {@code out}.
   */
  static Path defaultOutput(String scenarioName) {
    String safe = scenarioName.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.startsWith(".")) {
      safe = "_" + safe;
    }
    return Path.of("out", safe);
  }

  /** Where the report is, once the results are written: nothing with {@code --no-report}. */
  void printReportLocation(PrintWriter stdout, Path target) {
    if (!noReport) {
      stdout.println();
      stdout.println(Report.location(target));
    }
  }

  /**
   * Reports that the results were written but their report could not be drawn, what to do about it, and
   * returns the exit code.
   */
  static int reportNotDrawn(String command, PrintWriter stderr, ReportNotDrawnException e) {
    Path dir = e.directory();
    stderr.println("kamsim " + command + ": the results are in " + dir + ", but " + e.getMessage());
    // An analysis's page is drawn by its own command (kamsim report refuses its folder): say so.
    String then = e.result() != null ? "Then draw it with 'kamsim report " + dir + "', or run with --no-report."
        : "Then run the command again, or run it with --no-report.";
    stderr.println("Drawing charts without a display needs fontconfig and a font (on Debian or Ubuntu: "
        + "apt-get install fontconfig fonts-dejavu-core). " + then);
    return ExitCode.INTERNAL;
  }

  /**
   * Reports that a figure of the results is not a finite number (the inputs drove a sum past what a double
   * holds), so that nothing was written; returns the exit code.
   */
  static int notFinite(String command, PrintWriter stderr, NonFiniteFigureException e) {
    stderr.println("kamsim " + command + ": a figure of the results is not a finite number (" + e.getMessage()
        + "): the scenario's amounts, growth or volatility are too large for the horizon; nothing was written");
    return ExitCode.INPUT;
  }

  /** Reports that results could not be written to {@code target}; returns the exit code. */
  static int cannotWrite(String command, PrintWriter stderr, Path target, IOException e) {
    String detail = describe(e);
    // Name the output directory once: most messages from the report package start with it already.
    String where = detail.startsWith(target.toString()) ? "" : " to " + target;
    stderr.println("kamsim " + command + ": cannot write results" + where + ": " + detail);
    return ExitCode.OUTPUT;
  }

  /** An I/O failure in a few words, naming the file (Java's messages are often the bare path). */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      String where = fse.getFile() + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile());
      String why = fse.getReason();
      if (why == null) {
        why = e instanceof AccessDeniedException ? "permission denied"
            : e instanceof NoSuchFileException ? "no such file or directory"
            : e instanceof FileAlreadyExistsException ? "already exists"
            : e instanceof NotDirectoryException ? "not a directory"
            : e instanceof DirectoryNotEmptyException ? "directory not empty"
            : e.getClass().getSimpleName();
      }
      return where + ": " + why;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
