package org.kamsim.results;

import java.util.Optional;

/**
 * Everything in one result directory: what {@code simulate} writes, {@code run.json}, the saved scenario
 * and, for {@code optimise}, the search's files. The report is drawn from this alone, whether a writer hands
 * it over as it wrote the files or {@code kamsim report} reads it back from them.
 *
 * @param summary {@code summary.json}
 * @param periods {@code periods.csv} ({@link PeriodsFile})
 * @param accounts {@code accounts.csv} ({@link AccountsFile})
 * @param trials {@code trials.csv} ({@link TrialsFile})
 * @param provenance {@code run.json}
 * @param scenario {@code scenario.yaml}, when saved
 * @param search the files of {@code optimise}, when present
 */
public record Result(Summary summary, Table periods, Table accounts, Table trials, Provenance provenance,
    Optional<SavedScenario> scenario, Optional<PlanSearch> search) {

  /**
   * The scenario file as it was run, saved with the results as {@code scenario.yaml}.
   *
   * @param text its text (a byte that is not UTF-8 shows as U+FFFD)
   * @param sha256 SHA-256 of its bytes, to compare with {@code run.json}'s
   */
  public record SavedScenario(String text, String sha256) {}
}
