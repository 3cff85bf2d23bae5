/**
 * Reading a result directory back for {@code kamsim report}: {@link org.kamsim.report.input.ResultReader}
 * turns the files into the same {@link org.kamsim.results.Result} a writer hands over when it has just
 * written them, so both draw the same report.
 *
 * <p>May use {@code org.kamsim.results} and the JDK.
 */
package org.kamsim.report.input;
