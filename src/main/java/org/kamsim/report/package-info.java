/**
 * Writing results: the files of a run ({@code summary.json}, {@code periods.csv}, {@code accounts.csv},
 * {@code trials.csv}, {@code run.json}, a copy of the scenario as {@code scenario.yaml}), a short text summary
 * for the terminal, the {@link org.kamsim.report.OutputDirectory} that puts a run's files in place all at
 * once or not at all, and the report: {@code report.html} and {@code charts/}.
 * {@link org.kamsim.report.ResultWriter} is the entry point for a simulation's files,
 * {@link org.kamsim.report.Report} for the report.
 *
 * <p>The report is drawn from the files of a result directory, never from the engine's objects: the files
 * are read back ({@code ReportData}; a writer that has just written the CSV files hands on the tables it
 * wrote them from instead, exactly what reading them back gives), charted with JFreeChart (PNG, and SVG
 * through JFreeSVG), tabulated in {@code Frame}s of Tablesaw columns and laid out as one self-contained HTML
 * page. So {@code simulate} and a later {@code kamsim report} give the same page for the same files.
 *
 * <p>May use {@code org.kamsim.simulation} (the results), {@code org.kamsim.model} (the scenario behind
 * them), {@code org.kamsim.optimise} (the optimiser's results), Jackson (JSON, without its
 * {@code ObjectMapper}: see {@code Json}), JFreeChart, JFreeSVG, Tablesaw's columns (not its {@code Table}:
 * see {@code Frame}), Swing only for {@code ChartLookAndFeel}, SnakeYAML (only to show the saved scenario's settings as written, generically: what they mean
 * stays in {@code org.kamsim.scenario}) and the JDK; never {@code org.kamsim.scenario} or
 * {@code org.kamsim.cli}. It turns results into bytes and computes nothing the engine has not, beyond
 * summaries of the files for display (histogram bins, sums by segment).
 *
 * <p>Files hold results only (no clock time outside {@code run.json}), numbers are written so that they
 * read back to the same double, and so one seed gives byte-identical files on any machine.
 */
package org.kamsim.report;
