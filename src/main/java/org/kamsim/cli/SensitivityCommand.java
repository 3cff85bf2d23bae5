package org.kamsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamsim.api.KamsimScenario;
import org.kamsim.api.SensitivityRun;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.model.SensitivitySpec;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.MeasureText;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code kamsim sensitivity}: runs the scenario and, one input at a time, its variants at the input's low and
 * high values on the same random numbers; writes {@code sensitivity.csv} and the tornado report, and prints
 * the five inputs with the largest swings and where the files are.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"One-at-a-time sensitivity of a scenario on common random numbers.", "",
        "Sets each of 15 inputs (program, KAM and factor parameters, and portfolio-wide changes to churn, "
            + "growth and margin) to its low and then its high value, all else and the random draws as in the "
            + "scenario, and measures each run. Writes sensitivity.csv (one row per input, by swing), "
            + "run.json, a copy of the scenario and, unless --no-report, report.html with a tornado chart. "
            + "Ranges come from the scenario's sensitivity section, else half and one and a half times the "
            + "base (growth and margin shifts: -0.02 and +0.02). Default output directory: "
            + "out/<scenario name>-sensitivity, or out/<scenario name>-sensitivity-<measure> for a measure other "
            + "than incremental_profit, so that runs of different measures do not replace each other."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCode.OK_HELP, ExitCode.INTERNAL_HELP,
        ExitCode.INPUT_HELP, ExitCode.OUTPUT_HELP})
final class SensitivityCommand implements Callable<Integer> {
  /** Inputs the terminal lists. */
  static final int SHOWN = 5;

  private final List<String> command;
  private final boolean interactive;

  @Mixin
  ScenarioOptions options;

  private SensitivityMeasure measure;

  @Option(names = "--measure", paramLabel = "M",
      description = "What to measure of each run: incremental_profit (plan minus status quo, mean), profit "
          + "(mean), revenue_var95 (mean minus 5th percentile of revenue) or probability_below (of the survival "
          + "threshold). Default: the scenario's sensitivity.measure, else incremental_profit.")
  void setMeasure(String value) {
    measure = SensitivityMeasure.parse(value);
    if (measure == null) {
      throw new ParameterException(options.spec.commandLine(), "--measure: " + SensitivityMeasure.unknown(value));
    }
  }

  /**
   * @param command the whole command line, for {@code run.json}
   * @param interactive whether stderr is a terminal that can redraw a progress bar
   */
  SensitivityCommand(List<String> command, boolean interactive) {
    this.command = List.copyOf(command);
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = options.spec.commandLine().getOut();
    PrintWriter stderr = options.spec.commandLine().getErr();
    KamsimScenario scenario = options.load(command, stderr);
    if (scenario == null) {
      return ExitCode.INPUT;
    }
    SensitivityMeasure m = measure != null ? measure : scenario.model().sensitivity().measure();
    Path target = options.target(scenario, suffix(m));
    return AnalysisRun.run("sensitivity", options, interactive, target, progress -> {
      SensitivityRun run = scenario.withListener(progress).sensitivity(m);
      List<AnalysisWriter.CsvFile> files = run.files();
      return new AnalysisRun.Computed(run, summary(files.get(0).table(), m), files);
    });
  }

  /**
   * The default directory's suffix: {@code -sensitivity} for the default measure, else
   * {@code -sensitivity-<measure>}, so that a run of another measure does not replace the default one.
   */
  static String suffix(SensitivityMeasure m) {
    return m == SensitivitySpec.DEFAULT.measure() ? "-sensitivity" : "-sensitivity-" + m.text();
  }

  /**
   * The measure at base and the inputs with the largest swings, as the file ranks them, in columns of fixed
   * width (each as wide as its longest entry), each marked when the file says its effect is nil or noise.
   */
  static List<String> summary(Table t, SensitivityMeasure m) {
    int shown = Math.min(SHOWN, t.rowCount());
    DoubleColumn low = t.doubles(SensitivityFile.LOW);
    DoubleColumn high = t.doubles(SensitivityFile.HIGH);
    String[][] cells = new String[shown][];
    int[] width = new int[6];
    for (int i = 0; i < shown; i++) {
      cells[i] = new String[] {t.texts(SensitivityFile.PARAMETER).get(i),
          MeasureText.value(m, t.doubles(SensitivityFile.SWING).get(i)),
          MeasureText.value(m, t.doubles(SensitivityFile.VALUE_LOW).get(i)), Amounts.plain(low.get(i)),
          MeasureText.value(m, t.doubles(SensitivityFile.VALUE_HIGH).get(i)), Amounts.plain(high.get(i))};
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.max(width[c], cells[i][c].length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(MeasureText.name(m) + " at base: " + MeasureText.value(m, t.doubles(SensitivityFile.VALUE_BASE)
        .get(0)) + " (" + MeasureText.better(m) + "). Largest swings:");
    // Names and settings left-aligned, amounts right-aligned, so that the columns line up.
    String row = "  %d. %-" + width[0] + "s  swing %" + width[1] + "s   %" + width[2] + "s at %-" + width[3]
        + "s   %" + width[4] + "s at %-" + width[5] + "s";
    for (int i = 0; i < shown; i++) {
      String note = t.flags(SensitivityFile.NO_EFFECT).get(i) ? "  (no effect)"
          : t.flags(SensitivityFile.WITHIN_NOISE).get(i) ? "  (within noise)" : "";
      String[] c = cells[i];
      lines.add((String.format(Locale.ROOT, row, i + 1, c[0], c[1], c[2], c[3], c[4], c[5]) + note).stripTrailing());
    }
    return lines;
  }
}
