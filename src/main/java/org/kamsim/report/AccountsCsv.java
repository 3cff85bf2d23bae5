package org.kamsim.report;

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

  private AccountsCsv() {}

  /** The file's table, as {@link Csv#write} writes it. */
  static Frame frame(SimulationResult result) {
    Scenario scenario = result.scenario();
    Portfolio portfolio = scenario.portfolio();
    double total = portfolio.totalRevenue();
    double es95 = result.revenueAtRisk().es95();
    List<AccountOutcome> outcomes = result.accounts();
    Account[] accounts = outcomes.stream().map(o -> portfolio.get(o.index())).toArray(Account[]::new);
    int n = accounts.length;
    return Frame.of(FILE,
        Frame.texts("id", n, i -> accounts[i].id()),
        Frame.texts("name", n, i -> accounts[i].name()),
        Frame.texts("segment", n, i -> accounts[i].segment()),
        Frame.texts("region", n, i -> accounts[i].region()),
        Frame.doubles("revenue_today", n, i -> accounts[i].revenue()),
        Frame.doubles("share_today", n, i -> total > 0 ? accounts[i].revenue() / total : Double.NaN),
        Frame.booleans("key_today", n, i -> outcomes.get(i).keyToday()),
        Frame.booleans("key_in_plan", n, i -> outcomes.get(i).keyInPlan()),
        Frame.doubles("score", n, i -> scenario.scoring().score(accounts[i])),
        Frame.doubles("probability_lost", n, i -> outcomes.get(i).probabilityLost()),
        Frame.doubles("expected_revenue", n, i -> outcomes.get(i).expectedRevenue()),
        Frame.doubles("expected_profit", n, i -> outcomes.get(i).expectedProfit()),
        Frame.doubles("es95_contribution", n, i -> outcomes.get(i).esContribution()),
        Frame.doubles("es95_contribution_share", n,
            i -> es95 != 0 ? outcomes.get(i).esContribution() / es95 : Double.NaN));
  }
}
