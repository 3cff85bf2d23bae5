package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.simulation.SimulationResult;

/**
 * Writes every file of a simulation's results into one directory, atomically (see {@link OutputDirectory}):
 * afterwards the directory holds this run's complete results, or, on failure, exactly what it held before.
 */
public final class ResultWriter {
  /** The files written, in the order they are written. */
  public static final List<String> FILES = List.of(SummaryJson.FILE, PeriodsCsv.FILE, AccountsCsv.FILE,
      TrialsCsv.FILE, RunJson.FILE);
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
   * @param scenarioFile the scenario file as the user named it (for {@code run.json}); may be null
   * @param run how the run was made
   * @param target the directory to create or replace
   */
  public static void write(SimulationResult result, Path scenarioFile, RunInfo run, Path target)
      throws IOException {
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      Path dir = out.path();
      SummaryJson.write(result, dir.resolve(SummaryJson.FILE));
      PeriodsCsv.write(result, dir.resolve(PeriodsCsv.FILE));
      AccountsCsv.write(result, dir.resolve(AccountsCsv.FILE));
      TrialsCsv.write(result, dir.resolve(TrialsCsv.FILE));
      RunJson.write(result, scenarioFile, run, dir.resolve(RunJson.FILE));
      out.commit();
    }
  }
}
