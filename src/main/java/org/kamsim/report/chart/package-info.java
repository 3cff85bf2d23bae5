/**
 * The report's charts: {@link org.kamsim.report.chart.Charts} lists them for a result, one class per chart
 * family draws them ({@code FanChart}, {@code DistributionCharts}, {@code ConcentrationCharts},
 * {@code TailDriversChart}, {@code PlanValueChart}, {@code BaselinesChart}, {@code StaffingChart},
 * {@code FrontierChart}, {@code ConvergenceChart}) from the shared axes, renderers, histogram and style, at
 * both {@link org.kamsim.report.chart.Layout}s, and {@link org.kamsim.report.chart.ChartFiles} writes them.
 * {@link org.kamsim.report.chart.CompareCharts} draws {@code kamsim compare}'s charts from its files' tables.
 *
 * <p>May use {@code org.kamsim.results}, {@code org.kamsim.report.text}, {@code org.kamsim.simulation.Stats},
 * JFreeChart, JFreeSVG and the JDK.
 */
package org.kamsim.report.chart;
