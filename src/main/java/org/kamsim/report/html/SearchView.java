package org.kamsim.report.html;

import org.kamsim.report.text.ObjectiveText;
import org.kamsim.results.PlanSearch;

/** What the optimisation section reads: the optimiser's files, its objective in words, and the page's view. */
final class SearchView {
  final PlanSearch search;
  final PlanSearch.Chosen chosen;
  final ObjectiveText objective;
  final View view;

  SearchView(PlanSearch search, View view) {
    this.search = search;
    this.chosen = search.chosen();
    this.objective = new ObjectiveText(chosen.objectiveName(), chosen.riskAversion(), chosen.npv());
    this.view = view;
  }
}
