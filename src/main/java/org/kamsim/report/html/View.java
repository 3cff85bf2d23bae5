package org.kamsim.report.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.ReportData;
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
  final ReportData data;
  final TailDrivers drivers;
  final ShockText shocks;
  private final Map<String, Rendered> charts = new HashMap<>();

  View(ReportData data, List<Rendered> rendered) {
    this.data = data;
    this.result = data.result();
    this.summary = result.summary();
    this.months = summary.horizonMonths();
    this.accounts = result.accounts();
    this.revenueToday = accounts.doubles(AccountsFile.REVENUE_TODAY).sum();
    this.drivers = data.drivers();
    this.shocks = data.shocks();
    rendered.forEach(r -> charts.put(r.name(), r));
  }

  /** An account in running text from its id: "A001 Raldale Plastics SpA", or the id alone. */
  String label(String id) {
    return data.label(id);
  }

  /** The account's share of today's revenue; NaN for an unknown id or a portfolio without revenue. */
  double share(String id) {
    return data.share(id);
  }

  /**
   * {@code plural}, or {@code singular} when the scenario has one event: "the events cost" or "the event
   * costs", so that a page about one lost account does not speak of events.
   */
  String events(String plural, String singular) {
    return summary.shocks().size() == 1 ? singular : plural;
  }

  /** The chart named {@code name}, or null when the result did not allow it. */
  Rendered chart(String name) {
    return charts.get(name);
  }
}
