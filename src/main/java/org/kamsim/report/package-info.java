/**
 * The report of a result directory: {@code report.html} and {@code charts/}, drawn from a
 * {@link org.kamsim.results.Result} (the records its files hold), never from the engine.
 * {@link org.kamsim.report.Report} is the entry point.
 *
 * <p>Sub-packages, each with one job, dependencies pointing one way ({@code html -> chart -> text}, all
 * {@code -> org.kamsim.results}):
 * <ul>
 *   <li>{@code report.input}: reads a result directory back ({@code kamsim report});
 *   <li>{@code report.text}: words and numbers for people, shared with the terminal;
 *   <li>{@code report.chart}: one class per chart family (JFreeChart, PNG and SVG through JFreeSVG), each drawn
 *       wide for a laptop and narrow for a phone;
 *   <li>{@code report.html}: the page, in sections.
 * </ul>
 *
 * <p>May use {@code org.kamsim.results}, {@code org.kamsim.model}'s {@code Objective},
 * {@code org.kamsim.simulation.Stats} (quantiles defined once), JFreeChart, JFreeSVG, Swing only for
 * {@link org.kamsim.report.chart.ChartLookAndFeel}, SnakeYAML (only to show the saved scenario's settings as
 * written) and the JDK; never {@code org.kamsim.scenario}, {@code org.kamsim.output} or {@code org.kamsim.cli}.
 * It computes nothing the engine has not, beyond summaries of the files for display (percentiles, histogram
 * bins, sums by segment).
 */
package org.kamsim.report;
