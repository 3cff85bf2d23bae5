package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.OutputDirectory;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Provenance;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.RunJson;
import org.kamsim.results.Summary;
import org.kamsim.results.SummaryJson;
import org.kamsim.results.Table;
import org.kamsim.results.TrialsFile;
import org.kamsim.report.ReportInBackground;
import org.kamsim.report.ReportOutput;
import org.kamsim.simulation.Precision;
import org.kamsim.simulation.SimulationResult;

/**
 * Writes every file of a simulation's results into one directory, atomically (see {@link OutputDirectory}):
 * afterwards the directory holds this run's complete results, or, on failure, exactly what it held before.
 *
 * <p>The report ({@code report.html}, {@code charts/}) is drawn from exactly what the files hold (their
 * figures rounded as written, handed over rather than parsed back), in the same temporary directory, on a
 * thread of its own while this one writes the data files and the copy of the scenario file ({@code
 * scenario.yaml}); the directory is put in place once both are done. If the report cannot be drawn, the
 * results are put in place without it ({@link ReportNotDrawnException}): a long run's results are never lost
 * to a machine that cannot draw.
 */
public final class ResultWriter {
  private ResultWriter() {}

  /**
   * Checks, changing nothing, that results could replace what is at {@code target}; call it before a long
   * simulation so that a bad output path fails at once.
   */
  public static void checkTarget(Path target) throws IOException {
    OutputDirectory.checkReplaceable(target, ResultFiles.MARKER);
  }

  /**
   * @param result the results
   * @param run how the run was made
   * @param target the directory to create or replace
   * @param report whether to draw {@code report.html} and {@code charts/}, and the charts' formats
   * @param executor draws the charts
   * @param status told what is being done ("writing the results", "drawing the report"), and when the
   *     run waits for another one writing the same directory
   * @throws IOException if the results cannot be written; {@code target} is then left as it was
   * @return the records the written files hold, as the report was drawn from them
   * @throws ReportNotDrawnException if the results were written but the report could not be drawn
   * @throws org.kamsim.results.NonFiniteFigureException if a figure is not a finite number; nothing is
   *     written
   */
  public static Result write(SimulationResult result, RunInfo run, Path target, ReportOutput report,
      Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    return write(result, Optional.empty(), run, target, report, executor, status);
  }

  /**
   * As {@link #write(SimulationResult, RunInfo, Path, ReportOutput, Executor, WriteProgress)}, for a run to a
   * precision: {@code summary.json} also holds its {@code precision} block; every other file is what a plain
   * run of as many trials writes.
   *
   * @param precision what the first stage of {@code --precision} found; empty for a plain run
   */
  public static Result write(SimulationResult result, Optional<Precision> precision, RunInfo run, Path target,
      ReportOutput report, Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    return write(files(result, precision, run), run, target, report, executor, status);
  }

  /**
   * The files of a simulation's results, built (and rounded) in memory, to write with
   * {@link #write(Files, RunInfo, Path, ReportOutput, Executor, WriteProgress)} or to hand to a caller as they
   * are (the API's tables are these).
   *
   * @param precision what the first stage of {@code --precision} found; empty for a plain run
   * @throws org.kamsim.results.NonFiniteFigureException if a figure is not a finite number
   */
  public static Files files(SimulationResult result, Optional<Precision> precision, RunInfo run) {
    Provenance provenance = run.provenance(result.scenario(), result.trials(), OptionalLong.empty(),
        OptionalLong.empty());
    return new Files(result, precision, provenance, null);
  }

  /**
   * What one result directory holds, built (and rounded) before anything is written, so that a figure that
   * cannot be written stops the run before it touches the disk.
   */
  public static final class Files {
    final String summaryText;
    final String runText;
    final Result result;
    final Optional<SearchText> search;

    /**
     * @param precision what {@code --precision}'s first stage found; empty for any other run
     * @param search the optimiser's files, or null for {@code simulate}
     */
    Files(SimulationResult simulation, Optional<Precision> precision, Provenance provenance, SearchText search) {
      summaryText = SummaryJson.text(SimulationFiles.summary(simulation, precision));
      runText = RunJson.text(provenance);
      Summary summary = SummaryJson.fromText(summaryText);
      Table periods = SimulationFiles.periods(simulation);
      Table accounts = SimulationFiles.accounts(simulation);
      Table trials = SimulationFiles.trials(simulation);
      this.search = Optional.ofNullable(search);
      result = new Result(summary, periods, accounts, trials, RunJson.fromText(runText), Optional.empty(),
          this.search.map(SearchText::search));
    }

    /**
     * The records the files hold, as read back from them would give (without the saved scenario, which only
     * writing adds): {@code summary.json}, the CSV files' tables, {@code run.json} and the search's files.
     */
    public Result result() {
      return result;
    }

    /** The text of {@code summary.json} as written. */
    public String summaryText() {
      return summaryText;
    }
  }

  /** The optimiser's files: {@code plan.json}'s text and the records the report draws. */
  record SearchText(String planText, PlanSearch search) {}

  /**
   * Writes {@code files} into {@code target} as {@link #write(SimulationResult, RunInfo, Path, ReportOutput,
   * Executor, WriteProgress)} does, with {@code run}'s scenario file saved beside them.
   */
  public static Result write(Files files, RunInfo run, Path target, ReportOutput report, Executor executor,
      WriteProgress status) throws IOException, ReportNotDrawnException {
    Preload.finish(); // never initialise the libraries' classes alongside the preload (see Preload)
    status.phase("writing the results");
    Throwable notDrawn = null;
    Result result = files.result;
    try (OutputDirectory out = OutputDirectory.open(target, ResultFiles.MARKER, status::waiting)) {
      Path dir = out.path();
      if (run.scenarioFile() != null) {
        result = new Result(result.summary(), result.periods(), result.accounts(), result.trials(),
            result.provenance(), Optional.of(new Result.SavedScenario(run.scenarioFile().text(),
                run.scenarioFile().sha256())), result.search());
      }
      ReportInBackground drawing = report.drawn() ? ReportInBackground.start(dir, result, executor, report.png())
          : null;
      try {
        java.nio.file.Files.writeString(dir.resolve(ResultFiles.RUN), files.runText);
        java.nio.file.Files.writeString(dir.resolve(ResultFiles.SUMMARY), files.summaryText);
        CsvFormat.write(result.periods(), PeriodsFile.columns(result.summary().npv().isPresent(),
            !result.summary().plan().changes().isEmpty()),
            dir.resolve(PeriodsFile.NAME));
        CsvFormat.write(result.accounts(), AccountsFile.COLUMNS, dir.resolve(AccountsFile.NAME));
        CsvFormat.write(result.trials(), TrialsFile.COLUMNS, dir.resolve(TrialsFile.NAME));
        if (files.search.isPresent()) {
          SearchFiles.write(files.search.get(), dir);
        }
        if (run.scenarioFile() != null) {
          run.scenarioFile().copyTo(dir.resolve(ResultFiles.SCENARIO_COPY));
        }
      } catch (IOException | RuntimeException | Error e) {
        if (drawing != null) {
          drawing.awaitQuietly(); // before the temporary directory, which it draws into, is removed
        }
        throw e;
      }
      if (drawing != null) {
        status.phase("drawing the report");
        notDrawn = drawing.await();
      }
      out.commit();
    }
    if (notDrawn != null) {
      throw new ReportNotDrawnException(target, result, notDrawn);
    }
    return result;
  }
}
