package org.kamsim.results;

import java.util.List;
import org.kamsim.model.SensitivityMeasure;

/**
 * {@code sensitivity.csv}: one row per input of {@code kamsim sensitivity}, by swing, largest first: the input's
 * base, low and high values, the measure of the base run and of the runs with the input at its low and high
 * values (everything else, and the random numbers, as in the base), the swing {@code |value_high - value_low|},
 * the standard errors of the paired differences from the base, whether the input has no effect at all, whether
 * its effect is within noise, whether its range was clipped, and the rank (1 = largest swing).
 */
public final class SensitivityFile {
  public static final String NAME = "sensitivity.csv";

  public static final ColumnSpec PARAMETER = ColumnSpec.text("parameter");
  public static final ColumnSpec BASE = ColumnSpec.significant("base");
  public static final ColumnSpec LOW = ColumnSpec.significant("low");
  public static final ColumnSpec HIGH = ColumnSpec.significant("high");
  /** The measure's name, the same in every row ({@link SensitivityMeasure#text}). */
  public static final ColumnSpec MEASURE = ColumnSpec.text("measure");
  public static final ColumnSpec VALUE_BASE = ColumnSpec.money("value_base");
  public static final ColumnSpec VALUE_LOW = ColumnSpec.money("value_low");
  public static final ColumnSpec VALUE_HIGH = ColumnSpec.money("value_high");
  public static final ColumnSpec SWING = ColumnSpec.money("swing");
  /** Empty when no standard error can be given (value at risk on fewer than 200 trials). */
  public static final ColumnSpec STDERR_LOW = ColumnSpec.money("stderr_low").optionalNumber();
  public static final ColumnSpec STDERR_HIGH = ColumnSpec.money("stderr_high").optionalNumber();
  /**
   * True when the runs at low and high give exactly the base run's figure in every trial: the input does not
   * change the measure in this scenario (the values alone cannot say so: they are rounded, and a measure can
   * fall and rise back).
   */
  public static final ColumnSpec NO_EFFECT = ColumnSpec.flag("no_effect");
  /**
   * True when both changes from the base (at low and at high) are within 2 standard errors of zero: not told
   * apart from noise at this number of trials. False with no effect at all or no standard error.
   */
  public static final ColumnSpec WITHIN_NOISE = ColumnSpec.flag("within_noise");
  /**
   * True when the runs change the input less than its range says: a default range clipped into what the input
   * may take, or, for a portfolio-wide change, some account kept within its bounds.
   */
  public static final ColumnSpec CLIPPED = ColumnSpec.flag("clipped");
  public static final ColumnSpec RANK = ColumnSpec.integer("rank");

  public static final List<ColumnSpec> COLUMNS = List.of(PARAMETER, BASE, LOW, HIGH, MEASURE, VALUE_BASE,
      VALUE_LOW, VALUE_HIGH, SWING, STDERR_LOW, STDERR_HIGH, RANK, NO_EFFECT, WITHIN_NOISE, CLIPPED);

  private SensitivityFile() {}

  /**
   * How the measure's columns (values, swing, standard errors) are rounded: money to the cent, a probability
   * to 6 significant digits.
   */
  public static Decimals.Format format(SensitivityMeasure measure) {
    return measure == SensitivityMeasure.PROBABILITY_BELOW ? Decimals.Format.SIGNIFICANT : Decimals.Format.MONEY;
  }

  /** The columns as written for {@code measure}: {@link #COLUMNS}, its figures rounded by {@link #format}. */
  public static List<ColumnSpec> columns(SensitivityMeasure measure) {
    Decimals.Format f = format(measure);
    return COLUMNS.stream().map(c -> c.format() == Decimals.Format.MONEY ? c.withFormat(f) : c).toList();
  }
}
