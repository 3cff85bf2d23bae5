package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.PlanPhases;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Summary.ShockEvent;
import org.kamsim.results.Table;

/** "Revenue over time": the fan chart, its reading computed from the months it shows. */
final class TimeSection {
  private TimeSection() {}

  static void render(Page page, View v) {
    page.append("<section id=\"time\">\n<h2>Revenue over time</h2>\n");
    page.chart(v.chart(Charts.FAN), caption(v));
    page.append("</section>\n");
  }

  static String caption(View v) {
    Table p = v.result.periods();
    int last = p.rowCount() - 1;
    DoubleColumn p05 = p.doubles(PeriodsFile.REVENUE_P05);
    DoubleColumn p50 = p.doubles(PeriodsFile.REVENUE_P50);
    DoubleColumn p95 = p.doubles(PeriodsFile.REVENUE_P95);
    DoubleColumn mean = p.doubles(PeriodsFile.REVENUE_MEAN);
    StringBuilder s = new StringBuilder("Each month, the light band holds 90% of the simulated futures and the "
        + "dark band the middle 50%; the solid blue line is each month's median and the dashed dark line "
        + "its mean. The dashed orange line is the median of the status quo (today's key accounts and KAMs) on the same futures. ");
    s.append(Captions.fanSpread(p05.get(0), p95.get(0), p05.get(last), p95.get(last), mean.get(last),
        p50.get(last), p.rowCount()));
    List<String> events = new ArrayList<>();
    for (ShockEvent e : v.summary.shocks()) {
      if (e.kind().equals(ShockEvent.LOSE)) {
        String drop = e.from() >= 2 ? ": the median goes from " + Amounts.money(p50.get(e.from() - 2))
            + " in month " + (e.from() - 1) + " to " + Amounts.money(p50.get(e.from() - 1)) + " in month " + e.from()
            : "";
        events.add("The dashed red line marks where the scenario " + v.shocks.phrase(e) + drop + ".");
      } else {
        events.add("The shaded months are where the scenario " + v.shocks.phrase(e) + ".");
      }
    }
    DoubleColumn without = p.doubles(PeriodsFile.REVENUE_MEAN_WITHOUT_SHOCKS);
    if (!events.isEmpty() && !without.allMissing()) {
      events.add("The dotted red line is the mean of the same futures without " + v.events("the events", "the event")
          + ": " + Amounts.money(without.get(last)) + " in month " + (last + 1) + ", against "
          + Amounts.money(mean.get(last)) + " with " + v.events("them.", "it."));
    }
    for (String e : events) {
      s.append(' ').append(e);
    }
    return s.append(Captions.phases(PlanPhases.of(v.summary.plan(), p.rowCount()))).toString();
  }
}
