package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.AccountOutcome;
import org.kamsim.simulation.SimulationResult;

/**
 * {@code accounts.csv}: one row per account, in portfolio order: who it is, its share of today's revenue,
 * its coverage today and in the plan, its score, and its simulated outcome under the plan.
 *
 * <p>{@code score} is empty when the scoring matrix cannot score the account (no criteria columns);
 * {@code es95_contribution_share} is the account's part of the portfolio's ES95 of revenue
 * (the contributions add up to 1), empty when ES95 is 0; {@code share_today} is empty when today's total
 * revenue is 0.
 */
public final class AccountsCsv {
  public static final String FILE = "accounts.csv";
  public static final List<String> COLUMNS = List.of("id", "name", "segment", "region", "revenue_today",
      "share_today", "key_today", "key_in_plan", "score", "probability_lost", "expected_revenue",
      "expected_profit", "es95_contribution", "es95_contribution_share");

  private AccountsCsv() {}

  public static void write(SimulationResult result, Path file) throws IOException {
    Scenario scenario = result.scenario();
    Portfolio portfolio = scenario.portfolio();
    double total = portfolio.totalRevenue();
    double es95 = result.revenueAtRisk().es95();
    try (Csv csv = Csv.create(file, COLUMNS)) {
      for (AccountOutcome o : result.accounts()) {
        Account a = portfolio.get(o.index());
        csv.text(a.id())
            .text(a.name())
            .text(a.segment())
            .text(a.region())
            .number(a.revenue())
            .number(total > 0 ? a.revenue() / total : Double.NaN)
            .bool(o.keyToday())
            .bool(o.keyInPlan())
            .number(scenario.scoring().score(a))
            .number(o.probabilityLost())
            .number(o.expectedRevenue())
            .number(o.expectedProfit())
            .number(o.esContribution())
            .number(es95 != 0 ? o.esContribution() / es95 : Double.NaN)
            .endRow();
      }
    }
  }
}
