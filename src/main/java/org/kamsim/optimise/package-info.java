/**
 * {@code kamsim optimise}: chooses the key set and the KAM headcount. Plans are scored on a
 * {@link org.kamsim.simulation.CoverageSample} (common random numbers: every candidate sees the same
 * trials), searched with Jenetics, and the finalists and the rule-of-thumb baselines are re-scored on
 * fresh, independent trials, where the winner is chosen and every reported figure comes from.
 *
 * <p>Uses {@code org.kamsim.model}, {@code org.kamsim.simulation} and Jenetics; knows nothing of files or
 * the command line.
 */
package org.kamsim.optimise;
