package org.kamsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;

/**
 * The benchmarks' scenarios, built in code from the model records so that no benchmark depends on a file
 * or on the scenario parser.
 *
 * <p>A synthetic portfolio of {@code n} accounts in descending revenue order (log-normal revenue), annual
 * churn uniform in [0.05, 0.15] (mean 0.1), volatility uniform in [0.15, 0.25] (mean 0.2) times
 * {@code volatilityScale}, 40% of accounts with a revenue ceiling, the default factor model, program and
 * KAM policy (attrition 0.15, so key accounts also draw KAM departures). The largest 3% are key today;
 * the plan demotes one of them and elevates the next two, so a few accounts are evaluated under two
 * coverages, as in a real what-if. The same {@code n} always gives the same portfolio.
 */
public final class BenchScenarios {
  /** Months simulated: the horizon of the performance targets. */
  public static final int MONTHS = 36;
  private static final long PORTFOLIO_SEED = 20240611L;

  private BenchScenarios() {}

  /** Key accounts today: the largest 3%, at least one. */
  public static int keyToday(int accounts) {
    return Math.max(1, accounts * 3 / 100);
  }

  /** The scenario described above, with {@code trials} trials and seed 42. */
  public static Scenario scenario(int accounts, int trials, double volatilityScale) {
    Portfolio portfolio = portfolio(accounts, volatilityScale);
    KamPolicy kam = KamPolicy.DEFAULT;
    int k = keyToday(accounts);
    List<String> today = new ArrayList<>();
    List<String> plan = new ArrayList<>();
    int demoted = k > 1 ? Math.min(2, k - 1) : -1;
    for (int i = 0; i < Math.min(accounts, k + 2); i++) {
      String id = portfolio.get(i).id();
      if (i < k) {
        today.add(id);
      }
      if (i != demoted) {
        plan.add(id);
      }
    }
    Plan statusQuo = new Plan(today, kam.kamsToCover(load(portfolio, today)));
    Plan resolved = new Plan(plan, kam.kamsToCover(load(portfolio, plan)));
    // Headcounts searched by the optimiser: [5, 20] at 1,000 accounts (30 key today, 8 KAMs).
    int lo = Math.max(1, k / 6);
    int hi = Math.max(lo + 1, 2 * k / 3);
    OptimiseSpec optimise = new OptimiseSpec(Objective.MEAN_ES, 0.5, 0.95, lo, hi, List.of(), List.of(),
        60, 200, 30, 5, Math.max(100, 2 * trials));
    return new Scenario("bench-" + accounts, null, portfolio, MONTHS, trials, 42, 0.8,
        FactorModel.DEFAULT, Program.DEFAULT, kam, new PlanSpec.KeyIds(plan), resolved, statusQuo,
        new Scoring(Map.of()), List.of(), optimise);
  }

  /** The synthetic portfolio described above. */
  public static Portfolio portfolio(int accounts, double volatilityScale) {
    SplittableRandom rng = new SplittableRandom(PORTFOLIO_SEED);
    double[] revenue = new double[accounts];
    for (int i = 0; i < accounts; i++) {
      revenue[i] = Math.rint(150_000 * Math.exp(1.2 * gauss(rng)));
    }
    java.util.Arrays.sort(revenue);
    int k = keyToday(accounts);
    List<Account> list = new ArrayList<>(accounts);
    for (int i = 0; i < accounts; i++) {
      double r = revenue[accounts - 1 - i];
      double margin = 0.22 + 0.12 * rng.nextDouble();
      double cost = 5_000 + r * (0.02 + 0.03 * rng.nextDouble());
      double churn = 0.05 + 0.10 * rng.nextDouble();
      double growth = 0.03 + 0.03 * gauss(rng);
      double volatility = volatilityScale * (0.15 + 0.10 * rng.nextDouble());
      double potential = rng.nextDouble() < 0.4 ? Math.rint(r * (1.2 + 1.8 * rng.nextDouble()))
          : Double.POSITIVE_INFINITY;
      list.add(new Account(String.format(java.util.Locale.ROOT, "B%05d", i + 1), "", "", "", r, margin,
          cost, churn, growth, volatility, potential, 1, i < k, Map.of()));
    }
    return new Portfolio(list, List.of());
  }

  private static double load(Portfolio portfolio, List<String> ids) {
    double load = 0;
    for (String id : ids) {
      load += portfolio.get(portfolio.indexOf(id).orElseThrow()).complexity();
    }
    return load;
  }

  private static double gauss(SplittableRandom rng) {
    double u1 = 1.0 - rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
