package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.results.Result;
import org.kamsim.results.Summary;

/** "Inputs": the run's settings as run, the scenario's settings as written, and the scenario file itself. */
final class InputsSection {
  private InputsSection() {}

  static void render(Page page, View v) {
    Summary s = v.summary;
    page.append("<section id=\"inputs\">\n<h2>Inputs</h2>\n<dl class=\"facts\">\n");
    page.fact("Scenario", escape(s.scenario()));
    page.fact("Horizon", v.months + " months");
    page.fact("Trials and seed", escape(Runs.describe(v)));
    page.fact("Survival threshold", escape(Amounts.percent(s.survival().threshold(), 0) + " of today's run-rate = "
        + Amounts.money(s.survival().revenueThreshold()) + " over " + v.months + " months"));
    page.fact("Plan", escape(Lists.count(s.plan().keyAccounts().size(), "key account", "key accounts") + ", "
        + Lists.count(s.plan().kams(), "KAM", "KAMs")));
    page.fact("Status quo", escape(Lists.count(s.statusQuo().keyAccounts().size(), "key account", "key accounts")
        + ", " + Lists.count(s.statusQuo().kams(), "KAM", "KAMs")));
    if (!s.shocks().isEmpty()) {
      page.fact("Events", escape("the scenario " + v.shocks.phrases(s.shocks())));
    }
    page.append("</dl>\n");
    v.result.scenario().ifPresentOrElse(saved -> scenario(page, saved),
        () -> page.append("<p class=\"note\">The scenario was built in code: there is no scenario file.</p>\n"));
    page.append("</section>\n");
  }

  private static void scenario(Page page, Result.SavedScenario saved) {
    ScenarioCopy.settings(saved.text()).ifPresentOrElse(settings -> {
      page.append("<h3>Settings as written in the scenario</h3>\n<p class=\"note\">Settings the file leaves out "
          + "take their defaults; see the scenario reference.</p>\n<div class=\"table-wrap\"><table class=\"settings\">"
          + "<thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
      for (ScenarioCopy.Setting st : settings) {
        page.append("<tr><td><code>").text(st.name()).append("</code></td><td>");
        for (ScenarioCopy.Entry e : st.entries()) {
          page.append(e.key() == null ? "<span class=\"kv\">" : "<span class=\"kv\"><code>" + escape(e.key()) + "</code> ")
              .text(e.value()).append("</span>");
        }
        page.append("</td></tr>\n");
      }
      page.append("</tbody></table></div>\n");
    }, () -> page.append("<p class=\"note\">The saved scenario.yaml could not be read as YAML; it is shown as is.</p>\n"));
    page.append("<h3>scenario.yaml</h3>\n<p class=\"note\">The scenario file as it was run, saved with the results"
        + " (resolved into one file when it extends another or was changed by --set: see its opening comment)."
        + "</p>\n<pre>").text(saved.text()).append("</pre>\n");
  }
}
