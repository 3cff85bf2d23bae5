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
 * written, in the same temporary directory, before the directory is put in place.
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

  /** Writes the results with the report: {@code write(result, scenarioFile, run, target, true)}. */
  public static void write(SimulationResult result, Path scenarioFile, RunInfo run, Path target)
      throws IOException {
    write(result, scenarioFile, run, target, true);
  }

  /**
   * @param result the results
   * @param scenarioFile the scenario file as the user named it (for {@code run.json}, and copied as
   *     {@code scenario.yaml}); may be null
   * @param run how the run was made
   * @param target the directory to create or replace
   * @param report whether to draw {@code report.html} and {@code charts/}
   */
  public static void write(SimulationResult result, Path scenarioFile, RunInfo run, Path target, boolean report)
      throws IOException {
    Preload.finish(); // never initialise Jackson's classes alongside the preload (see Preload)
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      Path dir = out.path();
      writeData(result, dir);
      RunJson.write(result, scenarioFile, run, dir.resolve(RunJson.FILE));
      saveScenario(scenarioFile, dir);
      if (report) {
        Report.renderWritten(dir);
      }
      out.commit();
    }
  }

  /**
   * Writes the simulation's data files ({@code summary.json}, {@code periods.csv}, {@code accounts.csv},
   * {@code trials.csv}) into {@code dir}, an output directory being prepared; {@code optimise} uses it for
   * the simulation of its chosen plan.
   */
  public static void writeData(SimulationResult result, Path dir) throws IOException {
    SummaryJson.write(result, dir.resolve(SummaryJson.FILE));
    PeriodsCsv.write(result, dir.resolve(PeriodsCsv.FILE));
    AccountsCsv.write(result, dir.resolve(AccountsCsv.FILE));
    TrialsCsv.write(result, dir.resolve(TrialsCsv.FILE));
  }

  /**
   * Copies the scenario file, byte for byte, to {@code scenario.yaml} in {@code dir}, so that the result
   * (and {@code kamsim report}) does not depend on the original still existing; does nothing when
   * {@code scenarioFile} is null (a scenario built in code).
   */
  public static void saveScenario(Path scenarioFile, Path dir) throws IOException {
    if (scenarioFile != null) {
      Files.copy(scenarioFile, dir.resolve(SCENARIO_COPY));
    }
  }
}
