package org.kamsim.model;

/**
 * Upper bounds on the inputs that add up or compound over a run. The engine sums money over accounts, months
 * and trials, and squares those sums for standard errors; each bound below is far beyond any real business,
 * yet low enough that every such sum stays finite in double precision (largest about 1.8e308), so that a
 * typo such as {@code 1e300} is an input error instead of a {@code "mean": "Infinity"} in the results.
 *
 * <p>The worst case they allow: revenue 1e12 a year growing by 10 (account growth) + 10 (program uplift) + 10
 * (growth shocks) a year, that is ln(31) = 3.4 in log revenue a year, over the longest horizon (50 years) is
 * 1e12 x e^172 = 1e87 a year. Volatility adds at most {@code max(sigma z - sigma^2 / 2) = z^2 / 2}, e^41 = 1e18
 * for a normal draw z = 9 (probability 1e-19), so one account-month stays below 1e105, a trial's horizon total
 * below 1e105 x 600 months x 1e8 accounts (a portfolio file holds fewer) = 1e116, and the sum of squares over
 * 1e8 trials below 1e240.
 *
 * <p>The scenario reader checks these with the file position; the records check them again as the last
 * line of defence.
 */
public final class Limits {
  private Limits() {}

  /**
   * Most money a year per account or per KAM: {@code revenue}, {@code cost_to_serve}, {@code potential},
   * {@code program.overhead_per_account}, {@code kam.cost_per_kam}. A trillion a year.
   */
  public static final double MAX_AMOUNT = 1e12;

  /**
   * Most expected annual revenue growth of an account (1000% a year), and most that the growth shocks
   * covering one month may add to it together.
   */
  public static final double MAX_GROWTH = 10;

  /** Most annual volatility of log revenue (500%): its convexity term is {@code -volatility^2 / 2} a year. */
  public static final double MAX_VOLATILITY = 5;

  /** Least program {@code growth_uplift}: -1 takes a key account's growth down by 100% a year. */
  public static final double MIN_GROWTH_UPLIFT = -1;

  /** Most program {@code growth_uplift} (1000% a year, as for an account's own growth). */
  public static final double MAX_GROWTH_UPLIFT = 10;

  /** Largest {@code margin_shock}, either way: a margin is a fraction in [0, 1]. */
  public static final double MAX_MARGIN_SHOCK = 1;

  /** Most KAMs a plan, the status quo or the optimiser may staff, so KAM counts and costs never overflow. */
  public static final int MAX_HEADCOUNT = 1_000_000;
}
