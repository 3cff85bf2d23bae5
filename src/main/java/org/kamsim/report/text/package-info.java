/**
 * Words and numbers for people, shared by the report and the terminal: amounts of money scaled to
 * thousands, millions or billions, percentages and counts ({@link org.kamsim.report.text.Amounts}), the
 * scenario's events in words ({@link org.kamsim.report.text.ShockText}), the optimiser's objective
 * ({@link org.kamsim.report.text.ObjectiveText}), a sensitivity measure
 * ({@link org.kamsim.report.text.MeasureText}).
 *
 * <p>May use {@code org.kamsim.results} (the records it describes), {@code org.kamsim.model}'s
 * {@code Objective} and {@code SensitivityMeasure}, and the JDK.
 */
package org.kamsim.report.text;
