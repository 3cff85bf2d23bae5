package org.kamsim.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kamsim.optimise.OptimisationResult;
import org.kamsim.output.AnalysisWriter;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.ResultWriter;
import org.kamsim.output.RunInfo;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.ReportData;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Result;
import org.kamsim.results.StaffingFile;
import tech.tablesaw.api.Table;

/**
 * An optimised plan ({@code kamsim optimise}): {@code plan.json} as a record, {@code staffing.csv},
 * {@code plan.csv}, {@code convergence.csv} and {@code frontier.csv} as tables, the chosen plan simulated on
 * the fresh validation trials ({@link #simulation()}), the report's charts, and {@code write}.
 */
public final class OptimisationRun extends KamsimRun {
  private final OptimisationResult optimisation;
  private final ResultWriter.Files files;

  OptimisationRun(KamsimScenario scenario, RunInfo info, OptimisationResult optimisation, ResultWriter.Files files) {
    super(scenario, info);
    this.optimisation = optimisation;
    this.files = files;
  }

  /** The optimiser's own result: every plan it assessed, before rounding for the files. */
  public OptimisationResult optimisation() {
    return optimisation;
  }

  private PlanSearch search() {
    return files.result().search().orElseThrow();
  }

  /** {@code plan.json}: the chosen plan, its figures on the validation trials, and the rules of thumb. */
  public PlanSearch.Chosen plan() {
    return search().chosen();
  }

  /** {@code staffing.csv}: the best plan at each headcount. */
  public Table staffing() {
    return Tables.of(new AnalysisWriter.CsvFile(StaffingFile.NAME, search().staffing(), StaffingFile.COLUMNS));
  }

  /** {@code plan.csv}: every account, whether the chosen plan makes it key, and why. */
  public Table planAccounts() {
    return Tables.of(new AnalysisWriter.CsvFile(PlanAccountsFile.NAME, search().planAccounts(),
        PlanAccountsFile.COLUMNS));
  }

  /** {@code convergence.csv}: the search's best and mean objective per generation. */
  public Table convergence() {
    return Tables.of(new AnalysisWriter.CsvFile(ConvergenceFile.NAME, search().convergence(),
        ConvergenceFile.COLUMNS));
  }

  /** {@code frontier.csv}, when the scenario asked for the frontier. */
  public Optional<Table> frontier() {
    return search().frontier().map(t -> Tables.of(new AnalysisWriter.CsvFile(FrontierFile.NAME, t,
        FrontierFile.COLUMNS)));
  }

  /** The chosen plan simulated on the validation trials: the files {@code simulate} writes for it. */
  public SimulationRun simulation() {
    return new SimulationRun(scenario, info, files);
  }

  /** Everything the result directory holds, as the records the report is drawn from. */
  public Result result() {
    return files.result();
  }

  @Override
  List<ChartFiles.Chart> chartList() {
    return Charts.of(new ReportData(files.result()));
  }

  @Override
  public void write(Path dir, ReportOutput report, WriteProgress status) throws IOException,
      ReportNotDrawnException {
    withPool(pool -> ResultWriter.write(files, info, dir, report, pool, status));
  }
}
