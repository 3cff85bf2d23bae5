package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Limits;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.model.SensitivitySpec;

/**
 * How {@code kamsim sensitivity} reads and changes each {@link SensitivityParameter} of a scenario, and the
 * default low and high values. A variant changes one input and nothing else: the same accounts (ids, order,
 * revenue today), plan, status quo, horizon, trials and seed, so it sees the base run's draws trial by trial
 * (each draw is a function of seed, trial and account index only).
 *
 * <p>Portfolio-wide changes are clipped per account into what an account may have: churn to at most the
 * largest double below 1 (an account's annual churn must stay below 1), growth into (-1, 10], margin into
 * [0, 1]. An account at a bound is then changed less than the others.
 *
 * <p>Package-private: only {@link Sensitivity} reads and changes scenarios this way.
 */
final class Variants {
  /** Default change of {@code portfolio.growth_shift} either way: two points of annual growth. */
  static final double GROWTH_SHIFT = 0.02;
  /** Default change of {@code portfolio.margin_shift} either way: two points of margin. */
  static final double MARGIN_SHIFT = 0.02;
  /** Default low and high of an input with a base, as multiples of the base. */
  static final double LOW_FACTOR = 0.5;
  static final double HIGH_FACTOR = 1.5;

  private Variants() {}

  /** The input's value in {@code scenario}: 1 for the churn scale, 0 for the shifts. */
  static double base(Scenario scenario, SensitivityParameter p) {
    Program program = scenario.program();
    KamPolicy kam = scenario.kam();
    FactorModel factor = scenario.factor();
    return switch (p) {
      case PROGRAM_CHURN_MULTIPLIER -> program.churnMultiplier();
      case PROGRAM_GROWTH_UPLIFT -> program.growthUplift();
      case PROGRAM_RAMP_MONTHS -> program.rampMonths();
      case PROGRAM_DISCOUNT -> program.discount();
      case PROGRAM_OVERHEAD_PER_ACCOUNT -> program.overheadPerAccount();
      case PROGRAM_DEMOTION_CHURN_MULTIPLIER -> program.demotionChurnMultiplier();
      case KAM_COST_PER_KAM -> kam.costPerKam();
      case KAM_ATTRITION -> kam.attrition();
      case KAM_VACANCY_MONTHS -> kam.vacancyMonths();
      case FACTOR_PERSISTENCE -> factor.persistence();
      case FACTOR_CHURN_CORRELATION -> factor.churnCorrelation();
      case FACTOR_GROWTH_CORRELATION -> factor.growthCorrelation();
      case PORTFOLIO_CHURN_SCALE -> 1;
      case PORTFOLIO_GROWTH_SHIFT, PORTFOLIO_MARGIN_SHIFT -> 0;
    };
  }

  /**
   * The low and high values: the scenario's {@code sensitivity.ranges} entry, else the base times
   * {@link #LOW_FACTOR} and {@link #HIGH_FACTOR} (whole numbers rounded half up, both clipped into what the
   * input may take, swapped if the base is negative so that low <= high), else for the shifts, whose base 0
   * would give no change, minus and plus {@link #GROWTH_SHIFT} or {@link #MARGIN_SHIFT}.
   */
  static SensitivitySpec.Bounds bounds(Scenario scenario, SensitivityParameter p) {
    return scenario.sensitivity().range(p).orElseGet(() -> defaults(p, base(scenario, p)));
  }

  static SensitivitySpec.Bounds defaults(SensitivityParameter p, double base) {
    if (p == SensitivityParameter.PORTFOLIO_GROWTH_SHIFT) {
      return new SensitivitySpec.Bounds(-GROWTH_SHIFT, GROWTH_SHIFT);
    }
    if (p == SensitivityParameter.PORTFOLIO_MARGIN_SHIFT) {
      return new SensitivitySpec.Bounds(-MARGIN_SHIFT, MARGIN_SHIFT);
    }
    double a = clip(p, base * LOW_FACTOR);
    double b = clip(p, base * HIGH_FACTOR);
    return new SensitivitySpec.Bounds(Math.min(a, b), Math.max(a, b));
  }

  /** {@code value} rounded (whole-number inputs) and moved to the nearest value the input may take. */
  static double clip(SensitivityParameter p, double value) {
    double v = p.integer() ? roundHalfUp(value) : value;
    if (p.loOpen() ? !(v > p.lo()) : v < p.lo()) {
      v = p.loOpen() ? Math.nextUp(p.lo()) : p.lo();
    }
    if (p.hiOpen() ? !(v < p.hi()) : v > p.hi()) {
      v = p.hiOpen() ? (p.integer() ? p.hi() - 1 : Math.nextDown(p.hi())) : p.hi();
    }
    return v;
  }

  /** {@code scenario} with input {@code p} set to {@code value} (a value {@code p} allows), all else equal. */
  static Scenario apply(Scenario scenario, SensitivityParameter p, double value) {
    Program program = scenario.program();
    KamPolicy kam = scenario.kam();
    FactorModel factor = scenario.factor();
    return switch (p) {
      case PROGRAM_CHURN_MULTIPLIER -> scenario.withProgram(program.withChurnMultiplier(value));
      case PROGRAM_GROWTH_UPLIFT -> scenario.withProgram(program.withGrowthUplift(value));
      case PROGRAM_RAMP_MONTHS -> scenario.withProgram(program.withRampMonths(months(value)));
      case PROGRAM_DISCOUNT -> scenario.withProgram(program.withDiscount(value));
      case PROGRAM_OVERHEAD_PER_ACCOUNT -> scenario.withProgram(program.withOverheadPerAccount(value));
      case PROGRAM_DEMOTION_CHURN_MULTIPLIER -> scenario.withProgram(program.withDemotionChurnMultiplier(value));
      case KAM_COST_PER_KAM -> scenario.withKam(kam.withCostPerKam(value));
      case KAM_ATTRITION -> scenario.withKam(kam.withAttrition(value));
      case KAM_VACANCY_MONTHS -> scenario.withKam(kam.withVacancyMonths(months(value)));
      case FACTOR_PERSISTENCE -> scenario.withFactor(factor.withPersistence(value));
      case FACTOR_CHURN_CORRELATION -> scenario.withFactor(factor.withChurnCorrelation(value));
      case FACTOR_GROWTH_CORRELATION -> scenario.withFactor(factor.withGrowthCorrelation(value));
      case PORTFOLIO_CHURN_SCALE, PORTFOLIO_GROWTH_SHIFT, PORTFOLIO_MARGIN_SHIFT ->
          scenario.withPortfolio(accounts(scenario.portfolio(), p, value));
    };
  }

  private static int months(double value) {
    return (int) roundHalfUp(value);
  }

  /** The nearest whole number, halves up (4.5 months is 5): how whole-number inputs are rounded. */
  static double roundHalfUp(double value) {
    return Math.floor(value + 0.5);
  }

  /**
   * Whether the runs change input {@code p} less than its range says: a default range clipped into what the
   * input may take (persistence 0.9 x 1.5 = 1.35 runs at 1), or, for a portfolio-wide change, some account
   * whose churn, growth or margin had to be kept within its bounds at the low or the high value. The ranking
   * then compares ranges of unequal width. Rounding a whole number is not clipping.
   */
  static boolean clipped(Scenario scenario, SensitivityParameter p) {
    SensitivitySpec.Bounds b = bounds(scenario, p);
    if (portfolioWide(p)) {
      for (Account a : scenario.portfolio().accounts()) {
        for (double value : new double[] {b.low(), b.high()}) {
          double asked = asked(a, p, value);
          if (limit(p, asked) != asked) {
            return true;
          }
        }
      }
      return false;
    }
    if (scenario.sensitivity().range(p).isPresent()) {
      return false;
    }
    double base = base(scenario, p);
    for (double asked : new double[] {base * LOW_FACTOR, base * HIGH_FACTOR}) {
      if (clip(p, asked) != (p.integer() ? roundHalfUp(asked) : asked)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code p} changes every account rather than a field of the scenario. */
  private static boolean portfolioWide(SensitivityParameter p) {
    return p == SensitivityParameter.PORTFOLIO_CHURN_SCALE || p == SensitivityParameter.PORTFOLIO_GROWTH_SHIFT
        || p == SensitivityParameter.PORTFOLIO_MARGIN_SHIFT;
  }

  /** Every account changed by the portfolio-wide input, clipped per account (see the class comment). */
  private static Portfolio accounts(Portfolio portfolio, SensitivityParameter p, double value) {
    List<Account> changed = new ArrayList<>(portfolio.size());
    for (Account a : portfolio.accounts()) {
      double v = limit(p, asked(a, p, value));
      changed.add(switch (p) {
        case PORTFOLIO_CHURN_SCALE -> a.withChurn(v);
        case PORTFOLIO_GROWTH_SHIFT -> a.withGrowth(v);
        case PORTFOLIO_MARGIN_SHIFT -> a.withMargin(v);
        default -> throw new IllegalArgumentException(p.text() + " is not a portfolio-wide change");
      });
    }
    return new Portfolio(changed, portfolio.criteria());
  }

  /** The account's churn, growth or margin as the portfolio-wide input asks, before {@link #limit}. */
  private static double asked(Account a, SensitivityParameter p, double value) {
    return switch (p) {
      case PORTFOLIO_CHURN_SCALE -> a.churn() * value;
      case PORTFOLIO_GROWTH_SHIFT -> a.growth() + value;
      case PORTFOLIO_MARGIN_SHIFT -> a.margin() + value;
      default -> throw new IllegalArgumentException(p.text() + " is not a portfolio-wide change");
    };
  }

  /** {@code v} kept within what an account may have: churn below 1, growth in (-1, 10], margin in [0, 1]. */
  private static double limit(SensitivityParameter p, double v) {
    return switch (p) {
      case PORTFOLIO_CHURN_SCALE -> Math.min(v, Math.nextDown(1.0));
      case PORTFOLIO_GROWTH_SHIFT -> Math.min(Math.max(v, Math.nextUp(-1.0)), Limits.MAX_GROWTH);
      case PORTFOLIO_MARGIN_SHIFT -> Math.min(Math.max(v, 0), 1);
      default -> throw new IllegalArgumentException(p.text() + " is not a portfolio-wide change");
    };
  }
}
