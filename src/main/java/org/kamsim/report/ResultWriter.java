package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.simulation.SimulationResult;

/**
 * Writes every file of a simulation's results into one directory, atomically (see {@link OutputDirectory}):
 * afterwards the directory holds this run's complete results, or, on failure, exactly what it held before.
 *
 * <p>The data files come first; a copy of the scenario file ({@code scenario.yaml}) makes the result
 * self-contained; the report ({@code report.html}, {@code charts/}) is then drawn from the files just
 * written (the CSV files' tables taken as written rather than parsed back: see {@link ReportData.Written}),
 * in the same temporary directory, before the directory is put in place. If the report cannot be
 * drawn, the results are put in place without it ({@link ReportNotDrawnException}): a long run's results
 * are never lost to a machine that cannot draw.
 */
public final class ResultWriter {
  /** The data files written, in the order they are written. */
  public static final List<String> FILES = List.of(SummaryJson.FILE, PeriodsCsv.FILE, AccountsCsv.FILE,
      TrialsCsv.FILE, RunJson.FILE);
  /** The copy of the scenario file, byte for byte, so that the result does not depend on the original. */
  public static final String SCENARIO_COPY = "scenario.yaml";
  /** The file whose presence marks a directory as kamsim results that a later run may replace. */
  public static final String MARKER = RunJson.FILE;

  private ResultWriter() {}

  /**
   * Checks, changing nothing, that results could replace what is at {@code target}; call it before a long
   * simulation so that a bad output path fails at once.
   */
  public static void checkTarget(Path target) throws IOException {
    OutputDirectory.checkReplaceable(target, MARKER);
  }

  /**
   * @param result the results
   * @param scenarioFile the scenario file as the user named it (for {@code run.json}, and copied as
   *     {@code scenario.yaml}); may be null
   * @param run how the run was made
   * @param target the directory to create or replace
   * @param report whether to draw {@code report.html} and {@code charts/}
   * @throws IOException if the results cannot be written; {@code target} is then left as it was
   * @throws ReportNotDrawnException if the results were written but the report could not be drawn
   */
  public static void write(SimulationResult result, Path scenarioFile, RunInfo run, Path target, boolean report)
      throws IOException, ReportNotDrawnException {
    Preload.finish(); // never initialise Jackson's classes alongside the preload (see Preload)
    Throwable notDrawn;
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      Path dir = out.path();
      RunJson.write(result, scenarioFile, run, dir.resolve(RunJson.FILE));
      notDrawn = writeSimulation(result, scenarioFile, dir, report);
      out.commit();
    }
    if (notDrawn != null) {
      throw new ReportNotDrawnException(target, notDrawn);
    }
  }

  /**
   * Writes a simulation's data files ({@code summary.json}, {@code periods.csv}, {@code accounts.csv},
   * {@code trials.csv}) and the copy of the scenario into {@code dir}, an output directory being prepared
   * that already holds its {@code run.json}, then, when {@code report}, draws the report from them
   * ({@link Report#renderWritten}). {@code optimise} uses it for the simulation of its chosen plan.
   *
   * @return what stopped the report being drawn, or null
   */
  static Throwable writeSimulation(SimulationResult result, Path scenarioFile, Path dir, boolean report)
      throws IOException {
    SummaryJson.write(result, dir.resolve(SummaryJson.FILE));
    ReportData.Written tables = new ReportData.Written(PeriodsCsv.frame(result), AccountsCsv.frame(result),
        TrialsCsv.frame(result));
    Csv.write(tables.periods(), dir.resolve(PeriodsCsv.FILE));
    Csv.write(tables.accounts(), dir.resolve(AccountsCsv.FILE));
    Csv.write(tables.trials(), dir.resolve(TrialsCsv.FILE));
    if (scenarioFile != null) {
      // Byte for byte, so that the result (and kamsim report) does not depend on the original still existing.
      Files.copy(scenarioFile, dir.resolve(SCENARIO_COPY));
    }
    // The report is drawn from the tables just written, as kamsim report would read them back.
    return report ? Report.renderWritten(dir, tables) : null;
  }
}
