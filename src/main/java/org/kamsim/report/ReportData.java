package org.kamsim.report;

import static org.kamsim.report.CsvInput.bool;
import static org.kamsim.report.CsvInput.integer;
import static org.kamsim.report.CsvInput.number;
import static org.kamsim.report.CsvInput.optionalNumber;
import static org.kamsim.report.CsvInput.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the report shows, read from the files of one result directory (or, for the CSV files, taken
 * from the tables they were just written from: {@link Written}), never from the engine: so that
 * {@code simulate} (or {@code optimise}) and a later {@code kamsim report} draw the same report from the
 * same files.
 *
 * <p>A directory holds the results of {@code simulate} ({@code summary.json}, {@code periods.csv},
 * {@code accounts.csv}, {@code trials.csv}), of {@code optimise} ({@code plan.json} and its CSV files), or
 * both; {@code run.json} is always required. Where {@code summary.json} is present the other simulation
 * files must be too; without it, {@code plan.json} must be there, else the error names
 * {@code summary.json}. {@code scenario.yaml} is optional (absent from scenarios built in code).
 *
 * @param dir the directory read
 * @param simulation the results of {@code simulate}, if present
 * @param provenance {@code run.json}
 * @param scenarioText the text of {@code scenario.yaml}, if saved
 * @param scenarioSha256 SHA-256 of {@code scenario.yaml}'s bytes, if saved
 * @param search the files of {@code optimise}, where present
 */
record ReportData(Path dir, Optional<Simulation> simulation, Provenance provenance,
    Optional<String> scenarioText, Optional<String> scenarioSha256, PlanSearch search) {

  /**
   * The files of {@code simulate}.
   *
   * @param summary {@code summary.json}
   * @param periods {@code periods.csv}, one row per month
   * @param accounts {@code accounts.csv}, one row per account, in portfolio order
   * @param trials {@code trials.csv}: revenue, profit and accounts lost of every trial
   */
  record Simulation(SummaryFigures summary, Frame periods, Frame accounts, Frame trials) {}

  static final List<CsvInput.Spec> PERIODS = List.of(integer("month"), number("revenue_mean"),
      number("revenue_p05"), number("revenue_p25"), number("revenue_p50"), number("revenue_p75"),
      number("revenue_p95"), number("profit_mean"), number("active_accounts_mean"),
      number("status_quo_revenue_p50"), number("incremental_profit_mean"),
      number("cumulative_incremental_profit_mean"));
  static final List<CsvInput.Spec> ACCOUNTS = List.of(text("id"), text("name"), text("segment"),
      text("region"), number("revenue_today"), optionalNumber("share_today"), bool("key_today"),
      bool("key_in_plan"), optionalNumber("score"), number("probability_lost"), number("expected_revenue"),
      number("expected_profit"), number("es95_contribution"), optionalNumber("es95_contribution_share"));
  static final List<CsvInput.Spec> TRIALS = List.of(number("revenue"), number("profit"),
      number("accounts_lost"));

  /**
   * The tables of {@code simulate}'s CSV files as {@link Csv#write} wrote them: a writer that has just
   * written them hands them on, so that its report is drawn from exactly the values in the files without
   * parsing them back (see {@link CsvInput#asRead}).
   */
  record Written(Frame periods, Frame accounts, Frame trials) {}

  /** Reads the result in {@code dir}. */
  static ReportData read(Path dir) throws ReportInputException {
    return read(dir, null);
  }

  /**
   * Reads the result in {@code dir}, taking {@code periods.csv}, {@code accounts.csv} and {@code trials.csv}
   * from {@code written} when it is not null.
   */
  static ReportData read(Path dir, Written written) throws ReportInputException {
    Path summaryFile = dir.resolve(SummaryJson.FILE);
    Optional<Simulation> simulation = Optional.empty();
    if (Files.exists(summaryFile) || !Files.exists(dir.resolve(PlanSearch.PLAN_JSON))) {
      simulation = Optional.of(simulation(dir, written));
    }
    Provenance provenance = Provenance.read(dir.resolve(RunJson.FILE));
    Path scenario = dir.resolve(ResultWriter.SCENARIO_COPY);
    Optional<String> text = Optional.empty();
    Optional<String> sha = Optional.empty();
    if (Files.isRegularFile(scenario)) {
      try {
        // Shown as it is: a byte that is not UTF-8 becomes U+FFFD rather than failing the report.
        byte[] bytes = Files.readAllBytes(scenario);
        text = Optional.of(new String(bytes, StandardCharsets.UTF_8));
        sha = Optional.of(RunJson.sha256(bytes));
      } catch (IOException e) {
        throw new ReportInputException(scenario, "cannot read: " + e.getMessage());
      }
    }
    return new ReportData(dir, simulation, provenance, text, sha, PlanSearch.read(dir));
  }

  private static Simulation simulation(Path dir, Written written) throws ReportInputException {
    SummaryFigures summary = SummaryFigures.read(dir.resolve(SummaryJson.FILE));
    Frame periods;
    Frame accounts;
    Frame trials;
    if (written == null) {
      periods = CsvInput.read(dir.resolve(PeriodsCsv.FILE), PERIODS);
      accounts = CsvInput.read(dir.resolve(AccountsCsv.FILE), ACCOUNTS);
      trials = CsvInput.read(dir.resolve(TrialsCsv.FILE), TRIALS);
    } else {
      periods = CsvInput.asRead(written.periods(), PERIODS);
      accounts = CsvInput.asRead(written.accounts(), ACCOUNTS);
      trials = CsvInput.asRead(written.trials(), TRIALS);
    }
    if (periods.rowCount() != summary.horizonMonths()) {
      throw new ReportInputException(dir.resolve(PeriodsCsv.FILE), periods.rowCount()
          + " months, but summary.json has horizon_months " + summary.horizonMonths());
    }
    return new Simulation(summary, periods, accounts, trials);
  }

  /** The scenario's name, from whichever result is there. */
  String scenarioName() {
    return simulation.map(s -> s.summary().scenario())
        .or(() -> search.plan().map(PlanSearch.Chosen::scenario).filter(n -> !n.isEmpty()))
        .orElse(provenance.scenario());
  }
}
