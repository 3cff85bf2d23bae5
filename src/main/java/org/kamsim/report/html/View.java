package org.kamsim.report.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.Labels;
import org.kamsim.report.chart.TailDrivers;
import org.kamsim.report.text.ShockText;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Result;
import org.kamsim.results.Summary;
import org.kamsim.results.Table;

/**
 * What every section of the page reads: the result, the charts drawn from it, and what several sections
 * derive from it (account names, the tail drivers, the events in words). Never null, whatever the result
 * holds; a section that needs more (the optimiser's files) gets its own view.
 */
final class View {
  final Result result;
  final Summary summary;
  final int months;
  final Table accounts;
  final double revenueToday;
  final TailDrivers drivers;
  final ShockText shocks;
  private final Map<String, Integer> rows = new HashMap<>();
  private final Map<String, Rendered> charts = new HashMap<>();

  View(Result result, List<Rendered> rendered) {
    this.result = result;
    this.summary = result.summary();
    this.months = summary.horizonMonths();
    this.accounts = result.accounts();
    this.revenueToday = accounts.doubles(AccountsFile.REVENUE_TODAY).sum();
    this.drivers = new TailDrivers(result);
    for (int i = 0; i < accounts.rowCount(); i++) {
      rows.put(accounts.texts(AccountsFile.ID).get(i), i);
    }
    this.shocks = new ShockText(this::label, this::share, months);
    rendered.forEach(r -> charts.put(r.name(), r));
  }

  /** An account in running text from its id: "A001 Raldale Plastics SpA", or the id alone. */
  String label(String id) {
    Integer row = rows.get(id);
    return row == null ? id : Labels.account(accounts, row);
  }

  /** The account's share of today's revenue; NaN for an unknown id or a portfolio without revenue. */
  double share(String id) {
    Integer row = rows.get(id);
    return row == null ? Double.NaN : accounts.doubles(AccountsFile.SHARE_TODAY).get(row);
  }

  /** The chart named {@code name}, or null when the result did not allow it. */
  Rendered chart(String name) {
    return charts.get(name);
  }
}
