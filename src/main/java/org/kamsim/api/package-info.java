/**
 * kamsim as a library: load or build a scenario, change a field, run it, and look at its results as tables
 * and charts, in the terms a notebook cell asks its question in ({@link org.kamsim.api.Kamsim} is where to
 * start; {@code docs/api.md} has examples). The command line is a thin layer over this package: a command
 * parses its options into a {@link org.kamsim.api.KamsimScenario}, runs it, writes the run and prints.
 *
 * <p>A run keeps its results in memory as the very records its files are written from ({@code results}):
 * a table of the API holds the numbers its CSV file holds, and {@code write} writes what the command writes.
 * Tables are Tablesaw's, converted only when asked for, so that the command line never loads Tablesaw.
 *
 * <p>May use every package the command line may ({@code model}, {@code scenario}, {@code simulation},
 * {@code optimise}, {@code analysis}, {@code results}, {@code output}, {@code report}, {@code report.chart});
 * {@code cli} uses it, never the other way round.
 */
package org.kamsim.api;
