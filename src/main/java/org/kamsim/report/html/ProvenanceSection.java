package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import org.kamsim.report.text.Amounts;
import org.kamsim.results.Provenance;

/** "Provenance": what made these results, and how to make them again. */
final class ProvenanceSection {
  private ProvenanceSection() {}

  static void render(Page page, View v) {
    Provenance p = v.result.provenance();
    page.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n<dl class=\"facts\">\n");
    page.fact("Engine version", escape(p.engineVersion()));
    if (p.isOptimisation()) {
      page.fact("Search trials and seed", escape(Amounts.count(p.trials()) + " trials, seed " + p.seed()
          + " (the scenario's): every candidate plan was scored on these"));
      page.fact("Validation trials and seed", escape(Amounts.count(p.validationTrials().getAsLong()) + " trials, seed "
          + p.validationSeed().getAsLong() + ": fresh trials, from which every figure of this report comes except the search's progress (convergence)"));
    } else {
      page.fact("Trials and seed", escape(Amounts.count(p.trials()) + " trials, seed " + p.seed()));
    }
    page.fact("Scenario file", p.scenarioFile() == null ? "none (built in code)"
        : "<code>" + escape(p.scenarioFile()) + "</code>");
    String sha = p.scenarioSha256() == null ? "none" : "<code>" + escape(p.scenarioSha256()) + "</code>";
    if (p.scenarioSha256() != null && v.result.scenario().isPresent()) {
      sha += v.result.scenario().get().sha256().equals(p.scenarioSha256())
          ? " <span class=\"good-text\">(scenario.yaml matches)</span>"
          : " <span class=\"bad-text\">(scenario.yaml differs: it was edited after the run)</span>";
    }
    // After extends or --set, the copy (and its hash) is the resolved scenario, not the file named above.
    boolean resolved = v.result.scenario().map(c -> c.text().startsWith("# Resolved by kamsim")).orElse(false);
    page.fact(resolved ? "SHA-256 of the resolved scenario (scenario.yaml)" : "Scenario SHA-256", sha);
    page.fact("Started", escape(p.startedAt()));
    page.fact("Computation time", escape(Amounts.decimal(p.durationSeconds(), 1) + " s on "
        + p.threads() + (p.threads() == 1 ? " thread" : " threads")));
    page.fact("Java", escape(p.javaVersion() + " on " + p.os()));
    page.fact("Command", "<code>" + escape(String.join(" ", p.command())) + "</code>");
    page.append("</dl>\n<p class=\"note\">The same engine version, scenario and seed give identical results, "
        + "whatever the number of threads.</p>\n</section>\n");
  }
}
