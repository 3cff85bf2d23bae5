/**
 * The results of a run as its files hold them: the records of {@code summary.json}, {@code plan.json} and
 * {@code run.json} ({@link org.kamsim.results.Summary}, {@link org.kamsim.results.PlanSearch},
 * {@link org.kamsim.results.Provenance}), the CSV files as {@link org.kamsim.results.Table}s, each file's
 * name and columns as constants in one class ({@link org.kamsim.results.PeriodsFile},
 * {@link org.kamsim.results.AccountsFile}, ...), the codecs that write and read every file the same way
 * ({@link org.kamsim.results.CsvFormat}, {@link org.kamsim.results.SummaryJson}, ...), how numbers are
 * written ({@link org.kamsim.results.Decimals}), and the directory that appears all at once or not at all
 * ({@link org.kamsim.results.OutputDirectory}, {@link org.kamsim.results.DirectoryLock}).
 *
 * <p>Writers ({@code org.kamsim.output}) and readers ({@code org.kamsim.report.input}) meet here, so a
 * file's format is stated once; {@code CodecTest} checks that everything written reads back as it was.
 *
 * <p>May use {@code org.kamsim.model} (the objective's names), jackson-core, univocity-parsers and the JDK.
 * Files hold results only (no clock time outside {@code run.json}), numbers as plain decimals rounded to
 * what they mean, so one seed gives byte-identical files on any machine.
 */
package org.kamsim.results;
