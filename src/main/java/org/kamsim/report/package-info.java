/**
 * Writing results: the files of a run ({@code summary.json}, {@code periods.csv}, {@code accounts.csv},
 * {@code trials.csv}, {@code run.json}), a short text summary for the terminal, and the
 * {@link org.kamsim.report.OutputDirectory} that puts a run's files in place all at once or not at all.
 * {@link org.kamsim.report.ResultWriter} is the entry point.
 *
 * <p>May use {@code org.kamsim.simulation} (the results), {@code org.kamsim.model} (the scenario behind
 * them), Jackson (JSON) and the JDK; never {@code org.kamsim.scenario} or {@code org.kamsim.cli}. It turns
 * results into bytes and computes nothing the engine has not: every figure written comes from a
 * {@link org.kamsim.simulation.SimulationResult}.
 *
 * <p>Files hold results only (no clock time outside {@code run.json}), numbers are written so that they
 * read back to the same double, and so one seed gives byte-identical files on any machine.
 */
package org.kamsim.report;
