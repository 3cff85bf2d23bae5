package org.kamsim.report.html;

/** "Glossary": the terms of the page in a sentence each. */
final class GlossarySection {
  private GlossarySection() {}

  static void render(Page page, View v) {
    page.append("<section id=\"glossary\">\n<h2>Glossary</h2>\n<dl class=\"glossary\">\n");
    page.term("Trial, simulated future", "One run of the horizon with its own economy, churn and growth; the "
        + "figures are averages or percentiles over many of them.");
    page.term("Percentile (P5, P50, P95)", "The level that that share of the futures ends at or below: P5 of "
        + "revenue is what the worst 1 in 20 futures reach at most; P50 is the median.");
    page.term("Revenue at risk (RaR, VaR 95%)", "How far below the expected value revenue falls in the worst 5% of "
        + "futures: the mean minus the 5th percentile.");
    page.term("Expected shortfall (ES 95%)", "How far below the expected value revenue falls on average in the "
        + "worst 5% of futures: the mean minus the average of the worst 5%. Always at least the VaR.");
    page.term("S-curve", "For each level, the share of futures that end at or below it: read across from a level to "
        + "its probability.");
    page.term("Survival threshold", "A floor for revenue over the horizon, as a share of today's run-rate; the "
        + "report gives the chance of ending below it.");
    if (!v.summary.shocks().isEmpty()) {
      page.term("Events, shocks", "What the scenario makes happen for certain (an account lost in a given month) or "
          + "changes for a while (churn, growth or margin of some accounts). Their cost is measured against the same "
          + "simulated futures without them.");
    }
    page.term("Key account, KAM", "An account covered by the key-account-management program, served by a key "
        + "account manager (KAM). The program lowers churn and raises growth, and costs KAM salaries, overhead "
        + "and discounts.");
    page.term("Status quo", "Today's key accounts with today's KAM headcount: what the plan is compared with, on "
        + "the same simulated futures.");
    page.term("Payback month", "The first month from which the plan's cumulative extra profit over the status quo "
        + "stays at or above zero; not applicable when the plan is the status quo.");
    page.term("HHI", "Herfindahl-Hirschman index: the sum of the squared revenue shares. 1/HHI is the number of "
        + "equal-sized accounts that would be as concentrated.");
    page.term("95% interval", "The range that holds the true value with 95% probability given the simulation "
        + "noise; more trials make it narrower.");
    page.append("</dl>\n</section>\n");
  }
}
