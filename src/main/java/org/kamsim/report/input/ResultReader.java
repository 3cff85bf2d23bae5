package org.kamsim.report.input;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.ConvergenceFile;
import org.kamsim.results.CsvFormat;
import org.kamsim.results.FrontierFile;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.PlanJson;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Provenance;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFileException;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.RunJson;
import org.kamsim.results.StaffingFile;
import org.kamsim.results.Summary;
import org.kamsim.results.SummaryJson;
import org.kamsim.results.Table;
import org.kamsim.results.TrialsFile;

/**
 * Reads the files of one result directory back into a {@link Result}, for {@code kamsim report}: the files
 * of {@code simulate} and {@code run.json} are required, {@code scenario.yaml} optional, and the files of
 * {@code optimise} are read when {@code plan.json} is there (then all but {@code frontier.csv} must be).
 * Every problem names the file (and line or field): a missing file, a file that is not a regular file, a
 * cell or figure that is not a finite number, tables that contradict {@code summary.json}.
 */
public final class ResultReader {
  private ResultReader() {}

  public static Result read(Path dir) throws ResultFileException {
    Summary summary = SummaryJson.read(dir.resolve(ResultFiles.SUMMARY));
    Table periods = CsvFormat.read(dir.resolve(PeriodsFile.NAME),
        PeriodsFile.columns(summary.npv().isPresent(),
            !summary.plan().changes().isEmpty()));
    Table accounts = CsvFormat.read(dir.resolve(AccountsFile.NAME), AccountsFile.COLUMNS);
    Table trials = CsvFormat.read(dir.resolve(TrialsFile.NAME), TrialsFile.COLUMNS);
    requireRows(dir.resolve(PeriodsFile.NAME), periods, summary.horizonMonths(), "months", "horizon_months");
    requireRows(dir.resolve(TrialsFile.NAME), trials, summary.trials(), "trials", "trials");
    if (accounts.rowCount() == 0) {
      throw new ResultFileException(dir.resolve(AccountsFile.NAME), "no accounts");
    }
    Provenance provenance = RunJson.read(dir.resolve(ResultFiles.RUN));
    Optional<PlanSearch> search = Optional.empty();
    if (Files.exists(dir.resolve(ResultFiles.PLAN))) {
      Path frontier = dir.resolve(FrontierFile.NAME);
      search = Optional.of(new PlanSearch(PlanJson.read(dir.resolve(ResultFiles.PLAN)),
          CsvFormat.read(dir.resolve(PlanAccountsFile.NAME), PlanAccountsFile.COLUMNS),
          CsvFormat.read(dir.resolve(StaffingFile.NAME), StaffingFile.COLUMNS),
          CsvFormat.read(dir.resolve(ConvergenceFile.NAME), ConvergenceFile.COLUMNS),
          Files.exists(frontier) ? Optional.of(CsvFormat.read(frontier, FrontierFile.COLUMNS))
              : Optional.empty()));
    }
    Path copy = dir.resolve(ResultFiles.SCENARIO_COPY);
    Optional<Result.SavedScenario> scenario = Optional.empty();
    if (Files.exists(copy)) {
      byte[] bytes = ResultFiles.bytes(copy);
      scenario = Optional.of(new Result.SavedScenario(new String(bytes, StandardCharsets.UTF_8), ResultFiles.sha256(bytes)));
    }
    return new Result(summary, periods, accounts, trials, provenance, scenario, search);
  }

  private static void requireRows(Path file, Table table, long expected, String what, String field)
      throws ResultFileException {
    if (table.rowCount() != expected) {
      throw new ResultFileException(file, table.rowCount() + " " + what + ", but summary.json has " + field + " "
          + expected);
    }
  }
}
