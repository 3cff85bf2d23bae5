/**
 * Writing a run's results: turns the engine's objects ({@code SimulationResult}, {@code OptimisationResult})
 * into the records and tables of {@code org.kamsim.results}, writes them as the files of one result
 * directory, all at once or not at all, has the report drawn from exactly what the files hold, and prints
 * the terminal's summary.
 *
 * <p>Entry points: {@link org.kamsim.output.ResultWriter} ({@code simulate}),
 * {@link org.kamsim.output.OptimiseWriter} ({@code optimise}), {@link org.kamsim.output.AnalysisWriter} with
 * {@link org.kamsim.output.CompareFiles} ({@code compare}), {@link org.kamsim.output.TextSummary},
 * {@link org.kamsim.output.Preload}.
 *
 * <p>May use {@code org.kamsim.results}, {@code org.kamsim.report} (to draw the report),
 * {@code org.kamsim.simulation}, {@code org.kamsim.optimise}, {@code org.kamsim.analysis}, {@code org.kamsim.model}
 * and the JDK; never
 * {@code org.kamsim.scenario} or {@code org.kamsim.cli}.
 */
package org.kamsim.output;
