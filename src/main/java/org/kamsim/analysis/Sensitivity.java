package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.model.SensitivitySpec;
import org.kamsim.simulation.Stats;

/**
 * One-at-a-time sensitivity on common random numbers (MODEL.md, "Analyses on common random numbers"): each
 * {@link SensitivityParameter} set to its low and then its high value with everything else, and the draws,
 * as in the base scenario; the measure of each run, and the swing {@code |value_high - value_low|}.
 *
 * <p>Because the runs share their draws, an input the scenario's kernel does not read (the demotion
 * multiplier when no key account is dropped, say) gives bit-identical trials and a swing of exactly 0, and
 * the difference of a variant from the base is paired trial by trial: its standard error measures only how
 * the effect varies across futures. A value equal to the base's is not run again: the base run is its run.
 */
public final class Sensitivity {
  /**
   * Fewest trials per batch for the batch-means standard error of {@code revenue_var95}: a 5th percentile of
   * fewer than 100 trials rests on fewer than five of them.
   */
  static final int MIN_BATCH_TRIALS = 100;
  /** Most batches for that standard error (20 batches: 19 degrees of freedom). */
  static final int MAX_BATCHES = 20;

  /**
   * One input's row of the analysis.
   *
   * @param base its value in the scenario
   * @param low the low value run
   * @param high the high value run
   * @param valueBase the measure of the base run
   * @param valueLow the measure with the input at {@code low}
   * @param valueHigh the measure with the input at {@code high}
   * @param stderrLow standard error of {@code valueLow - valueBase}, paired on the same trials; NaN where
   *     there is none (see {@link Sensitivity#batches})
   * @param stderrHigh likewise for {@code valueHigh - valueBase}
   * @param noEffect whether the runs at low and at high give, trial by trial, exactly the base run's figure
   *     that the measure is taken of (incremental profit, profit, the below-threshold indicator or revenue),
   *     up to floating-point rounding ({@link #ROUNDING}): the input does not change the measure here.
   *     Equal values alone do not say so: a measure can fall and rise back, or count the same number of
   *     trials below a threshold but not the same ones.
   * @param clipped whether the runs change the input less than its range says (a default range clipped into
   *     what the input may take, or some account kept within its bounds by a portfolio-wide change)
   * @param rank 1 for the largest swing
   */
  public record Row(SensitivityParameter parameter, double base, double low, double high, double valueBase,
      double valueLow, double valueHigh, double stderrLow, double stderrHigh, boolean noEffect, boolean clipped,
      int rank) {

    /** {@code |valueHigh - valueLow|}: exactly 0 when the two runs' trials are the same bits. */
    public double swing() {
      return Math.abs(valueHigh - valueLow);
    }

    /**
     * Whether both changes from the base, at low and at high, are within {@link #NOISE_STDERRS} standard
     * errors of zero: the effect, if any, is not told apart from the trials' noise at this number of trials.
     * False when the input has no effect at all, and when a standard error cannot be given.
     */
    public boolean withinNoise() {
      return !noEffect && Math.abs(valueLow - valueBase) <= NOISE_STDERRS * stderrLow
          && Math.abs(valueHigh - valueBase) <= NOISE_STDERRS * stderrHigh;
    }
  }

  /**
   * Standard errors within which a change from the base is not told apart from noise: about a 95% two-sided
   * band for each of the two changes.
   */
  public static final double NOISE_STDERRS = 2;

  /**
   * Relative allowance for floating-point rounding in the no-effect test: a horizon's sums of up to 600
   * months carry errors near 1e-13 of the amounts they add up, and an input's real effect on a trial is not
   * a billionth of its revenue and profits (a tenth of a cent on a hundred million).
   */
  static final double ROUNDING = 1e-9;

  private final Scenario base;
  private final SensitivityMeasure measure;
  private final List<Row> rows;
  private final int dropped;

  private Sensitivity(Scenario base, SensitivityMeasure measure, List<Row> rows, int dropped) {
    this.base = base;
    this.measure = measure;
    this.rows = List.copyOf(rows);
    this.dropped = dropped;
  }

  /**
   * Runs the base scenario and, for each input, the variants at its low and high values (see
   * {@code Variants}) on {@code runs}, and measures each. A value equal to the base is the base run, and a
   * high equal to the low is the low's run: each distinct scenario runs once.
   */
  public static Sensitivity run(Scenario base, SensitivityMeasure measure, Runs runs) {
    SensitivityParameter[] parameters = SensitivityParameter.values();
    Design design = design(base);
    int[][] index = design.index();
    double[][] values = design.values();
    List<Outcome> outcomes = runs.run(design.scenarios());
    Outcome b = outcomes.get(0);
    double valueBase = value(b, measure);
    double[] baseTrials = trials(b, measure);
    double[] tolerance = rounding(b, measure);
    List<Row> rows = new ArrayList<>();
    for (SensitivityParameter p : parameters) {
      Outcome low = outcomes.get(index[p.ordinal()][0]);
      Outcome high = outcomes.get(index[p.ordinal()][1]);
      boolean none = same(baseTrials, trials(low, measure), tolerance)
          && same(baseTrials, trials(high, measure), tolerance);
      rows.add(new Row(p, Variants.base(base, p), values[p.ordinal()][0], values[p.ordinal()][1], valueBase,
          value(low, measure), value(high, measure), stderr(b, low, measure), stderr(b, high, measure), none,
          Variants.clipped(base, p), 0));
    }
    rows.sort(Comparator.comparingDouble(Row::swing).reversed()
        .thenComparingInt(r -> r.parameter().ordinal()));
    List<Row> ranked = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      ranked.add(new Row(r.parameter(), r.base(), r.low(), r.high(), r.valueBase(), r.valueLow(), r.valueHigh(),
          r.stderrLow(), r.stderrHigh(), r.noEffect(), r.clipped(), i + 1));
    }
    return new Sensitivity(base, measure, ranked, b.plan().dropped().size());
  }

  /**
   * The runs of a sensitivity analysis: the scenarios, the base first, each distinct one once; for each input
   * (by ordinal) and side (low, high), the index of its run and its value.
   */
  private record Design(List<Scenario> scenarios, int[][] index, double[][] values) {}

  /** The scenarios {@link #run} runs, the base first: what a remote executor must be able to run. */
  static List<Scenario> variants(Scenario base) {
    return design(base).scenarios();
  }

  private static Design design(Scenario base) {
    SensitivityParameter[] parameters = SensitivityParameter.values();
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(base);
    int[][] index = new int[parameters.length][2];
    double[][] values = new double[parameters.length][2];
    for (SensitivityParameter p : parameters) {
      double at = Variants.base(base, p);
      SensitivitySpec.Bounds bounds = Variants.bounds(base, p);
      values[p.ordinal()] = new double[] {bounds.low(), bounds.high()};
      for (int side = 0; side < 2; side++) {
        double v = values[p.ordinal()][side];
        if (v == at) {
          index[p.ordinal()][side] = 0;
        } else if (side == 1 && v == values[p.ordinal()][0]) {
          index[p.ordinal()][side] = index[p.ordinal()][0];
        } else {
          index[p.ordinal()][side] = scenarios.size();
          scenarios.add(Variants.apply(base, p, v));
        }
      }
    }
    return new Design(scenarios, index, values);
  }

  public Scenario base() {
    return base;
  }

  public SensitivityMeasure measure() {
    return measure;
  }

  /**
   * How many of today's key accounts the base scenario's plan leaves out: they keep the program in the
   * status quo only, which is why an input that makes the program better can lower the plan's advantage.
   */
  public int dropped() {
    return dropped;
  }

  /** One row per input, by swing, largest first; ties in {@link SensitivityParameter} order. */
  public List<Row> rows() {
    return rows;
  }

  /** The measure of one run. */
  static double value(Outcome o, SensitivityMeasure measure) {
    return switch (measure) {
      case INCREMENTAL_PROFIT -> o.plan().incrementalProfitMean();
      case PROFIT -> o.profit().mean();
      case REVENUE_VAR95 -> o.revenueAtRisk().var95();
      case PROBABILITY_BELOW -> o.probabilityBelow();
    };
  }

  /**
   * The standard error of {@code value(other) - value(base)}. The means (profit, incremental profit, and the
   * probability as the mean of an indicator) take the per-trial differences' standard error. The value at
   * risk is a quantile, not a mean of per-trial figures: its difference is measured on {@link #batches}
   * blocks of consecutive trials, and the standard error is that of the blocks' mean difference, which
   * scales like the whole run's because a quantile's variance falls as one over the trials (batch means).
   * Zero when the two runs are one.
   */
  static double stderr(Outcome base, Outcome other, SensitivityMeasure measure) {
    if (base == other) {
      return 0;
    }
    return switch (measure) {
      case INCREMENTAL_PROFIT -> Difference.paired(base.incrementalProfitByTrial(),
          other.incrementalProfitByTrial()).stderr();
      case PROFIT -> Difference.paired(base.profitByTrial(), other.profitByTrial()).stderr();
      case PROBABILITY_BELOW -> Difference.paired(below(base), below(other)).stderr();
      case REVENUE_VAR95 -> batchStderr(base.revenueByTrial(), other.revenueByTrial());
    };
  }

  /** Each trial's figure the measure is taken of: the figures two runs must share for no effect. */
  private static double[] trials(Outcome o, SensitivityMeasure measure) {
    return switch (measure) {
      case INCREMENTAL_PROFIT -> o.incrementalProfitByTrial();
      case PROFIT -> o.profitByTrial();
      case PROBABILITY_BELOW -> below(o);
      case REVENUE_VAR95 -> o.revenueByTrial();
    };
  }

  /**
   * Each trial's allowance for floating-point rounding when two runs' figures are compared for no effect:
   * {@link #ROUNDING} of the sizes of the sums they come from (revenue and the plan's and the status quo's
   * profit, or revenue); none for the below-threshold indicator, which is 0 or 1. An input that changes the plan and
   * the status quo alike (the KAM cost when both staff the same KAMs) leaves the plan minus the status quo
   * unchanged, but {@code (a - c) - (b - c)} need not be the same double as {@code a - b}.
   */
  private static double[] rounding(Outcome o, SensitivityMeasure measure) {
    double[] size = switch (measure) {
      case INCREMENTAL_PROFIT, PROFIT -> {
        double[] profit = o.profitByTrial();
        double[] incremental = o.incrementalProfitByTrial();
        double[] revenue = o.revenueByTrial();
        double[] sums = new double[profit.length];
        for (int i = 0; i < sums.length; i++) {
          sums[i] = Math.abs(revenue[i]) + Math.abs(profit[i]) + Math.abs(profit[i] - incremental[i]);
        }
        yield sums;
      }
      case REVENUE_VAR95 -> o.revenueByTrial();
      case PROBABILITY_BELOW -> new double[o.trials()];
    };
    double[] tolerance = new double[size.length];
    for (int i = 0; i < size.length; i++) {
      tolerance[i] = ROUNDING * Math.abs(size[i]);
    }
    return tolerance;
  }

  /** Whether every trial's figure of {@code other} is {@code base}'s, to within that trial's {@code tolerance}. */
  static boolean same(double[] base, double[] other, double[] tolerance) {
    for (int i = 0; i < base.length; i++) {
      if (!(Math.abs(other[i] - base[i]) <= tolerance[i])) {
        return false;
      }
    }
    return true;
  }

  /** 1 for each trial whose horizon revenue is below the survival threshold, else 0. */
  private static double[] below(Outcome o) {
    double[] revenue = o.revenueByTrial();
    double threshold = o.survivalRevenue();
    double[] below = new double[revenue.length];
    for (int i = 0; i < revenue.length; i++) {
      below[i] = revenue[i] < threshold ? 1 : 0;
    }
    return below;
  }

  /**
   * Batches for the value at risk's standard error: as many as fit {@link #MIN_BATCH_TRIALS} trials each,
   * at most {@link #MAX_BATCHES}; fewer than 2 means none can be given.
   */
  static int batches(int trials) {
    return Math.min(MAX_BATCHES, trials / MIN_BATCH_TRIALS);
  }

  /** Batch-means standard error of the difference in revenue VaR 95%; NaN with too few trials. */
  static double batchStderr(double[] base, double[] other) {
    int n = base.length;
    int k = batches(n);
    if (k < 2) {
      return Double.NaN;
    }
    double[] d = new double[k];
    for (int b = 0; b < k; b++) {
      int from = (int) ((long) b * n / k);
      int to = (int) ((long) (b + 1) * n / k);
      d[b] = var95(Arrays.copyOfRange(other, from, to)) - var95(Arrays.copyOfRange(base, from, to));
    }
    // The batch estimates' spread over sqrt(k) estimates their mean's; the full run's estimate has about
    // that variance, since each batch holds 1/k of the trials.
    return Stats.standardError(d);
  }

  private static double var95(double[] values) {
    return Stats.mean(values) - Stats.quantile(Stats.sorted(values), 0.05);
  }
}
