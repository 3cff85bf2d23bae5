package org.kamsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kamsim.analysis.Runs;
import org.kamsim.api.ComparisonRun;
import org.kamsim.api.KamsimScenario;
import org.kamsim.output.CompareFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code kamsim compare}: run a base scenario and one or more others, and write how each differs from the
 * base, per trial where the runs are paired. Every scenario file is read and checked before anything runs,
 * and every error of every file is reported.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Compare scenarios with a base (the first SCENARIO) and write the comparison.", "",
        "Runs every scenario and writes compare.csv (one row per scenario, the base first: its horizon "
            + "figures and its change against the base), compare-periods.csv (each scenario's months), "
            + "compare-trials.csv (each scenario's horizon totals per trial, and its change against the base "
            + "in the same trial), run.json (the base's provenance), a copy of the base scenario (scenario.yaml) "
            + "and of every scenario (scenarios/) into the output directory, with the report unless --no-report. "
            + "The default directory names the scenarios: "
            + "out/<base>-vs-<other>-<other>..., such as out/baseline-vs-lose-top-account-lose-top-three; with "
            + "more than " + CompareCommand.MAX_NAMED + " others or a name longer than " + CompareCommand.MAX_NAME
            + " characters, out/<base>-vs-<first other>-and-<N>-more-<digest of the others' names>.",
        "Changes are paired per trial when a scenario has the base's portfolio, horizon, trials and seed; "
            + "--trials and --seed set them for every scenario. Two scenarios with the same name are told "
            + "apart by their files."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class CompareCommand implements Callable<Integer> {
  /** The most other scenarios the default directory's name lists. */
  static final int MAX_NAMED = 3;
  /** The longest default directory name that lists every scenario. */
  static final int MAX_NAME = 80;

  private final List<String> command;
  private final boolean interactive;

  /** The base scenario (its first positional parameter), the output and the overrides for every scenario. */
  @Mixin
  ScenarioOptions options;

  @Mixin
  PrecisionOptions precision;

  // Not required for picocli: its "Missing required parameter: 'OTHER'" does not say what compare needs.
  @Parameters(index = "1..*", arity = "0..*", paramLabel = "OTHER",
      description = "The scenarios to compare with the first one (at least one).")
  List<Path> others = new ArrayList<>();

  /**
   * @param command the whole command line, for {@code run.json}
   * @param interactive whether stderr is a terminal that can redraw a progress bar
   */
  CompareCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    if (others == null || others.isEmpty()) {
      throw new ParameterException(options.spec.commandLine(), "needs a base scenario and at least one other "
          + "scenario to compare with it (kamsim compare SCENARIO OTHER...), was only " + options.scenarioFile);
    }
    precision.check(options);
    List<Path> paths = new ArrayList<>();
    paths.add(options.scenarioFile);
    paths.addAll(others);
    List<KamsimScenario> scenarios = new ArrayList<>();
    boolean failed = false;
    // Every file through the one loader of every command (overrides included), each in turn: all of
    // every file's errors are printed before the command gives up, each distinct line once (an error of
    // --set is the same for every file; a file's own errors name the file).
    Set<String> errors = new LinkedHashSet<>();
    for (Path p : paths) {
      StringWriter buffer = new StringWriter();
      KamsimScenario loaded = options.load(p, command, new PrintWriter(buffer));
      errors.addAll(buffer.toString().lines().toList());
      if (loaded == null) {
        failed = true;
      } else {
        scenarios.add(loaded);
      }
    }
    for (String line : errors) {
      stderr.println(line);
    }
    if (failed) {
      return ExitCode.INPUT;
    }
    List<String> names = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      names.add(scenarios.get(i).name());
      given.add(paths.get(i).toString());
    }
    List<String> labels = CompareFiles.labels(names, given);
    if (labels == null) {
      stderr.println("kamsim compare: SCENARIO: a file is given twice, was " + String.join(" ", given));
      return ExitCode.INPUT;
    }
    Path target = options.target(defaultName(names));
    return AnalysisRun.run("compare", options, interactive, target, progress -> {
      List<KamsimScenario> runs = new ArrayList<>();
      for (KamsimScenario s : scenarios) {
        runs.add(s.withListener(progress));
      }
      PrecisionOptions.Common common = precision.atCommonTrials(runs, progress);
      ComparisonRun comparison = common.scenarios().get(0).compare(
          common.scenarios().subList(1, common.scenarios().size()), common.note());
      return new AnalysisRun.Computed(comparison, comparison.summaryLines(), comparison.files());
    });
  }

  /**
   * The default directory's name: the scenarios' names, {@code <base>-vs-<other1>-<other2>}, so that comparing
   * the same base with other scenarios does not replace the last comparison; with more than
   * {@link #MAX_NAMED} others, or beyond {@link #MAX_NAME} characters, {@code <base>-vs-<other1>-and-<N>-more-}
   * and eight hex digits of the others' names, so that two such comparisons do not share a folder.
   * {@link ScenarioOptions#defaultOutput} makes it safe as a file name.
   *
   * @param names the scenarios' names, the base first
   */
  static String defaultName(List<String> names) {
    List<String> others = names.subList(1, names.size());
    String all = names.get(0) + "-vs-" + String.join("-", others);
    if (others.size() == 1 || (others.size() <= MAX_NAMED && all.length() <= MAX_NAME)) {
      return all;
    }
    // The shortened name must still tell different comparisons apart: a digest of every other's name.
    return names.get(0) + "-vs-" + others.get(0) + "-and-" + (others.size() - 1) + "-more-"
        + String.format(Locale.ROOT, "%08x", String.join("\n", others).hashCode());
  }
}
