package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.chart.ReportData;
import org.kamsim.results.EngineVersion;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFiles;

/**
 * {@code report.html}: one self-contained page (charts inline as SVG, the style sheet inline, no script, no
 * web fonts) that tells a newcomer, without any other file, how much revenue is at risk, from which
 * accounts, what the scenario's events cost and what the KAM plan is worth, on a laptop and on a phone.
 *
 * <p>Sections, in order: the headline figures, each with a plain sentence; revenue over time; the range of
 * outcomes; where the risk sits; the KAM plan; the optimisation (when the result has one); the tables of
 * accounts; the inputs; provenance; a glossary. Each section is built from a non-null {@link View} (the
 * optimisation from its own {@link SearchView}). Every sentence next to a number is computed from the
 * figures it describes; every headline figure carries its value from its file in {@code data-file},
 * {@code data-figure} (the JSON path) and {@code data-value}, so that a test, or a script, can check the page.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page for {@code data}'s result, with the charts drawn from it. */
  public static String render(ReportData data, List<Rendered> charts) {
    Result result = data.result();
    View view = new View(data, charts);
    SearchView search = result.search().map(s -> new SearchView(s, view)).orElse(null);
    Page page = new Page();
    String title = "Key-account risk report: " + view.summary.scenario();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"kamsim ").append(escape(EngineVersion.get())).append("\">\n")
        // No favicon request: the page must load nothing.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    Header.render(page, view, title, search != null);
    HeadlineSection.render(page, view);
    TimeSection.render(page, view);
    OutcomesSection.render(page, view);
    ConcentrationSection.render(page, view);
    PlanSection.render(page, view);
    if (search != null) {
      SearchSection.render(page, search);
    }
    AccountsSection.render(page, view);
    InputsSection.render(page, view);
    ProvenanceSection.render(page, view);
    GlossarySection.render(page, view);
    List<String> files = new ArrayList<>(ResultFiles.SIMULATION);
    result.search().ifPresent(s -> {
      files.addAll(ResultFiles.SEARCH);
      if (s.frontier().isEmpty()) {
        files.remove(org.kamsim.results.FrontierFile.NAME);
      }
    });
    page.append("<footer>Made by kamsim ").text(EngineVersion.get())
        .append(" from the files of this directory (").text(String.join(", ", files))
        .append("). Draw it again with <code>kamsim report DIR</code>.</footer>\n</main>\n</body>\n</html>\n");
    return page.toString();
  }

  /** The page's title, the run in one line, and the contents. */
  private static final class Header {
    static void render(Page page, View v, String title, boolean search) {
      page.append("<header>\n<h1>").text(title).append("</h1>\n<p class=\"meta\">")
          .text(org.kamsim.report.text.Amounts.count(v.accounts.rowCount()) + " accounts with "
              + org.kamsim.report.text.Amounts.money(v.revenueToday) + " of annual revenue today \u00b7 "
              + v.months + " months simulated \u00b7 ")
          .text(Runs.describe(v)).text(" \u00b7 amounts in the portfolio's currency").append("</p>\n");
      List<String> overrides = Runs.overrides(v);
      if (!overrides.isEmpty()) {
        page.append("<p class=\"callout plain\">").text("A what-if: the scenario file with "
            + (overrides.size() == 1 ? "one field" : overrides.size() + " fields") + " set on the command line ("
            + String.join(", ", overrides) + "). The inputs below are the scenario as run.").append("</p>\n");
      }
      page.append("<nav class=\"toc\" aria-label=\"Contents\">");
      List<String[]> sections = new ArrayList<>(List.of(new String[] {"headline", "At a glance"},
          new String[] {"time", "Over time"}, new String[] {"outcomes", "Range of outcomes"},
          new String[] {"concentration", "Where the risk sits"}, new String[] {"plan", "The KAM plan"}));
      if (search) {
        sections.add(new String[] {"optimisation", "Optimisation"});
      }
      sections.addAll(List.of(new String[] {"accounts", "Accounts"}, new String[] {"inputs", "Inputs"},
          new String[] {"provenance", "Provenance"}, new String[] {"glossary", "Glossary"}));
      for (String[] section : sections) {
        page.append("<a href=\"#").append(section[0]).append("\">").text(section[1]).append("</a>");
      }
      page.append("</nav>\n</header>\n");
    }
  }
}
