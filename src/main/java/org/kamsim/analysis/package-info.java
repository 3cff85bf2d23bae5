/**
 * Comparisons on common random numbers (MODEL.md, "Analyses on common random numbers"): runs of scenario
 * variants that see the same draws trial by trial, and their differences, paired per trial where the runs
 * allow it. Uses {@code model} and {@code simulation} only; files, charts and the page are written elsewhere.
 */
package org.kamsim.analysis;
