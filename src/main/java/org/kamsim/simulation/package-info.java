/**
 * The Monte Carlo engine: seeding, the trial kernel, the block scheduler and the accumulators that turn
 * trials into a {@link org.kamsim.simulation.SimulationResult}.
 *
 * <p>Uses {@code org.kamsim.model} and the JDK (plus commons-math3 for one special function); knows
 * nothing of files, YAML or the command line.
 *
 * <p>Reproducibility rests on one rule: every random draw is a pure function of (seed, trial, account,
 * stream), derived by {@link org.kamsim.simulation.Seeds}. Threads only decide which trials run where;
 * results are written by trial index and summed in a fixed order, so any thread count gives the same bits.
 */
package org.kamsim.simulation;
