/**
 * {@code report.html}: {@link org.kamsim.report.html.HtmlReport} assembles the page from one class per
 * section, each built from a non-null {@code View} of the result; {@code Captions} computes the sentences
 * that describe a shape or a sign; {@code ReportTables} derives the tables; {@code HtmlTable} writes them.
 * An analysis's page is built on {@code AnalysisPage}: {@link org.kamsim.report.html.ComparePage} for
 * {@code kamsim compare}, from {@code compare.csv}'s table.
 *
 * <p>May use {@code org.kamsim.results}, {@code org.kamsim.report.chart} (the drawn charts, the tail drivers),
 * {@code org.kamsim.report.text}, {@code org.kamsim.model}'s {@code Objective},
 * {@code org.kamsim.simulation.Stats}, SnakeYAML (for {@code ScenarioCopy}) and the JDK.
 */
package org.kamsim.report.html;
