package org.kamsim.report.html;

import org.kamsim.report.text.Amounts;
import org.kamsim.results.Provenance;

/**
 * The trials and seeds behind the report, said the same way in the header, the inputs and the provenance:
 * for {@code optimise}, every figure comes from the fresh validation trials, and the search ran on others.
 */
final class Runs {
  private Runs() {}

  /** "10,000 simulated futures (trials), seed 42", with the search's for an optimisation. */
  static String describe(View v) {
    String figures = Amounts.count(v.summary.trials()) + " simulated futures (trials), seed " + v.summary.seed();
    Provenance p = v.result.provenance();
    if (!p.isOptimisation()) {
      return figures;
    }
    return figures + ": the optimiser's fresh validation trials; its search ran on " + Amounts.count(p.trials())
        + " other trials, seed " + p.seed();
  }
}
