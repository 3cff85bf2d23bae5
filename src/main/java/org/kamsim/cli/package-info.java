/**
 * The {@code kamsim} command line (picocli): parses arguments, calls the other packages in order and maps
 * their outcomes to exit codes ({@link org.kamsim.cli.ExitCode}). It holds no modelling or file-format
 * logic; the terminal's progress bar is the one thing it draws itself.
 *
 * <p>May use every other package of kamsim ({@code scenario} to read inputs, {@code simulation} and
 * {@code optimise} to run, {@code output} to write the results, {@code report} to draw a report again),
 * picocli and the JDK. Nothing depends on it.
 */
package org.kamsim.cli;
