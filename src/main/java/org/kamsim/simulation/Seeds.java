package org.kamsim.simulation;

/**
 * Derives the key of every random stream from the master seed, so that each draw is a pure function of
 * (seed, trial, account, stream) and nothing depends on which thread ran what or on the block size.
 *
 * <p>A trial has one stream for the systemic factor path; each account has one stream per trial for its
 * churn latent and revenue shocks, and one for KAM attrition. Giving every account its own stream is what
 * makes common random numbers cheap: an account evaluated under two coverages (the plan and the status
 * quo, or "key" and "not key" in the optimiser) replays exactly the same draws, and only accounts whose
 * coverage differs need a second evaluation.
 */
public final class Seeds {
  /** 2^64 / golden ratio, the SplitMix64 increment. */
  static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long TRIAL_SALT = 0xD1B54A32D192ED03L;
  private static final long ACCOUNT_SALT = 0x8CB92BA72F3D8DD7L;
  private static final long ATTRITION_SALT = 0x5851F42D4C957F2DL;

  private Seeds() {}

  /** The SplitMix64 finaliser (Stafford's variant 13): a bijection with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Key of trial {@code trial}'s factor stream, and the parent of its account streams. */
  public static long trial(long seed, long trial) {
    return mix(mix(seed) + TRIAL_SALT * (trial + 1));
  }

  /** Key of an account's churn and revenue stream in a trial. */
  public static long account(long trialKey, int account) {
    return mix(trialKey + ACCOUNT_SALT * (account + 1L));
  }

  /** Key of an account's KAM attrition stream in a trial. */
  public static long attrition(long trialKey, int account) {
    return mix(trialKey ^ (ATTRITION_SALT * (account + 1L)));
  }
}
