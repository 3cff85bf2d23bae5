package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.results.PlanJson;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Provenance;
import org.kamsim.results.Result;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.report.ReportOutput;

/**
 * Writes the results of {@code kamsim optimise} into one directory, atomically (see
 * {@link org.kamsim.results.OutputDirectory}): {@code plan.json}, {@code plan.csv}, {@code staffing.csv},
 * {@code convergence.csv}, {@code frontier.csv} (when a frontier was searched) and {@code run.json}, with
 * the files of {@code simulate} for the chosen plan and the report. Every figure of a plan comes from the
 * fresh validation trials; {@code run.json} names both the search's and the validation's seed and trials.
 */
public final class OptimiseWriter {
  private OptimiseWriter() {}

  /**
   * @param result the optimisation's results
   * @param chosen the chosen plan simulated on the fresh trials, written as {@code simulate} writes it
   * @param run how the run was made
   * @param target the directory to create or replace
   * @param report whether to draw {@code report.html} and {@code charts/}, and the charts' formats
   * @param executor draws the charts
   * @param status told what is being done, and when the run waits for another one
   * @throws IOException if the results cannot be written; {@code target} is then left as it was
   * @return the records the written files hold
   * @throws ReportNotDrawnException if the results were written but the report could not be drawn
   */
  public static Result write(OptimisationResult result, SimulationResult chosen, RunInfo run, Path target,
      ReportOutput report, Executor executor, WriteProgress status) throws IOException, ReportNotDrawnException {
    return ResultWriter.write(files(result, chosen, run), run, target, report, executor, status);
  }

  /**
   * The files {@link #write} writes, built in memory (see {@link ResultWriter#files}).
   *
   * @throws org.kamsim.results.NonFiniteFigureException if a figure is not a finite number
   */
  public static ResultWriter.Files files(OptimisationResult result, SimulationResult chosen, RunInfo run) {
    Provenance provenance = run.provenance(result.scenario(), result.searchTrials(),
        OptionalLong.of(result.validationSeed()), OptionalLong.of(result.validationTrials()));
    String planText = PlanJson.text(SearchFiles.chosen(result));
    PlanSearch search = new PlanSearch(PlanJson.fromText(planText), SearchFiles.planAccounts(result),
        SearchFiles.staffing(result), SearchFiles.convergence(result), SearchFiles.frontier(result));
    return new ResultWriter.Files(chosen, Optional.empty(), provenance,
        new ResultWriter.SearchText(planText, search));
  }
}
