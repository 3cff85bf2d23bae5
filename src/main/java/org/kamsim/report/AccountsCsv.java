package org.kamsim.report;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.AccountOutcome;
import org.kamsim.simulation.SimulationResult;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

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
    int n = outcomes.size();
    List<String> id = new ArrayList<>(n);
    List<String> name = new ArrayList<>(n);
    List<String> segment = new ArrayList<>(n);
    List<String> region = new ArrayList<>(n);
    double[] revenueToday = new double[n];
    double[] shareToday = new double[n];
    boolean[] keyToday = new boolean[n];
    boolean[] keyInPlan = new boolean[n];
    double[] score = new double[n];
    double[] probabilityLost = new double[n];
    double[] expectedRevenue = new double[n];
    double[] expectedProfit = new double[n];
    double[] esContribution = new double[n];
    double[] esShare = new double[n];
    for (int i = 0; i < n; i++) {
      AccountOutcome o = outcomes.get(i);
      Account a = portfolio.get(o.index());
      id.add(a.id());
      name.add(a.name());
      segment.add(a.segment());
      region.add(a.region());
      revenueToday[i] = a.revenue();
      shareToday[i] = total > 0 ? a.revenue() / total : Double.NaN;
      keyToday[i] = o.keyToday();
      keyInPlan[i] = o.keyInPlan();
      score[i] = scenario.scoring().score(a);
      probabilityLost[i] = o.probabilityLost();
      expectedRevenue[i] = o.expectedRevenue();
      expectedProfit[i] = o.expectedProfit();
      esContribution[i] = o.esContribution();
      esShare[i] = es95 != 0 ? o.esContribution() / es95 : Double.NaN;
    }
    return Frame.of(FILE,
        StringColumn.create("id", id),
        StringColumn.create("name", name),
        StringColumn.create("segment", segment),
        StringColumn.create("region", region),
        DoubleColumn.create("revenue_today", revenueToday),
        DoubleColumn.create("share_today", shareToday),
        BooleanColumn.create("key_today", keyToday),
        BooleanColumn.create("key_in_plan", keyInPlan),
        DoubleColumn.create("score", score),
        DoubleColumn.create("probability_lost", probabilityLost),
        DoubleColumn.create("expected_revenue", expectedRevenue),
        DoubleColumn.create("expected_profit", expectedProfit),
        DoubleColumn.create("es95_contribution", esContribution),
        DoubleColumn.create("es95_contribution_share", esShare));
  }
}
