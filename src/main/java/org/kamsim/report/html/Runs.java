package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * The {@code --set} overrides of the command line, as given ("program.discount=0"), in order: a what-if run
   * must say at the top that it is not the scenario file as written.
   */
  static List<String> overrides(View v) {
    List<String> command = v.result.provenance().command();
    List<String> sets = new ArrayList<>();
    for (int i = 0; i < command.size(); i++) {
      String arg = command.get(i);
      if (arg.equals("--set") && i + 1 < command.size()) {
        sets.add(command.get(++i));
      } else if (arg.startsWith("--set=")) {
        sets.add(arg.substring("--set=".length()));
      }
    }
    return sets;
  }
}
