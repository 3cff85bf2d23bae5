package org.kamsim.simulation;

/**
 * What {@link Simulator#trialsForPrecision} found: how many trials bring the standard errors of mean
 * horizon revenue and mean horizon profit within a target, and how close they came.
 *
 * <p>The count is a pure function of (scenario, seed, target, most trials): a run of the scenario with that
 * many trials gives the same bits as the run this stage looked at.
 *
 * @param trials the trials to run: the first block end (from {@link #MIN_TRIALS} on) at which both targets
 *     hold, or the most allowed
 * @param targetPercent the target: each standard error at most this percent of its mean's absolute value
 * @param revenuePercent the standard error of mean horizon revenue at {@code trials}, in percent of the mean
 *     (infinite when the mean is 0 and the error is not)
 * @param profitPercent the same for horizon profit
 * @param targetMet whether the stage stopped because both targets held (otherwise it ran out of trials)
 */
public record Precision(int trials, double targetPercent, double revenuePercent, double profitPercent,
    boolean targetMet) {
  /**
   * Fewest trials at which the stopping rule is checked: four blocks. Below that a standard error is itself
   * too noisy (its own relative error is about {@code 1 / sqrt(2 n)}, over 2% at 1,000 trials and far more
   * at 250 on skewed totals), and a run stopped there by luck would claim a precision it does not have.
   */
  public static final int MIN_TRIALS = 4 * Simulator.BLOCK_SIZE;
  /**
   * Most trials a run to a precision takes unless told otherwise: a million trials of a 1,000-account,
   * 36-month portfolio take a few minutes, and a target they cannot reach asks for another model rather than
   * more trials.
   */
  public static final int DEFAULT_MAX_TRIALS = 1_000_000;

  public Precision {
    if (trials < 1) {
      throw new IllegalArgumentException("trials: must be >= 1, was " + trials);
    }
    checkTarget(targetPercent);
  }

  /** The larger of the two relative standard errors, in percent: the precision reached. */
  public double reachedPercent() {
    return Math.max(revenuePercent, profitPercent);
  }

  /**
   * A standard error in percent of its mean's absolute value: 0 when the error is 0 (every trial alike),
   * infinite when only the mean is 0.
   */
  public static double relativePercent(double stderr, double mean) {
    return stderr == 0 ? 0 : 100 * stderr / Math.abs(mean);
  }

  /** Rejects a target that is not a finite number above 0 (NaN included), naming it. */
  static void checkTarget(double targetPercent) {
    if (!(targetPercent > 0 && targetPercent < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("precision: must be a finite number > 0, was " + targetPercent);
    }
  }
}
