package org.kamsim.report.html;

import static org.kamsim.report.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.EngineVersion;
import org.kamsim.results.Table;

/**
 * The page of an analysis ({@code compare}, {@code stress}, {@code sensitivity}): the same self-contained
 * page, style sheet and chart blocks as a run's report, built section by section by the analysis's own
 * page class. Text given as plain text is escaped here; every sentence must be computed by the caller from
 * the figures it describes.
 */
public final class AnalysisPage {
  private final Page page = new Page();
  private final String title;
  private final List<String[]> contents = new ArrayList<>();
  private final StringBuilder body = new StringBuilder();
  private boolean inSection;

  /**
   * @param title the page's title
   * @param meta one line under the title: what was run, in plain text
   */
  public AnalysisPage(String title, String meta) {
    this.title = title;
    body.append("<p class=\"meta\">").append(escape(meta)).append("</p>\n");
  }

  /** Starts a section (closing the one before), listed in the page's contents. */
  public AnalysisPage section(String id, String heading) {
    close();
    contents.add(new String[] {id, heading});
    body.append("<section id=\"").append(escape(id)).append("\">\n<h2>").append(escape(heading)).append("</h2>\n");
    inSection = true;
    return this;
  }

  /** A paragraph; {@code lead} for the section's opening statement, set larger. */
  public AnalysisPage paragraph(String text, boolean lead) {
    body.append(lead ? "<p class=\"lead\">" : "<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A paragraph in the muted style of notes. */
  public AnalysisPage note(String text) {
    body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A warning the reader must not miss (drawn as a call-out). */
  public AnalysisPage callout(String text) {
    body.append("<p class=\"callout\">").append(escape(text)).append("</p>\n");
    return this;
  }

  /** A bulleted list of sentences. */
  public AnalysisPage list(List<String> items) {
    body.append("<ul>\n");
    for (String item : items) {
      body.append("<li>").append(escape(item)).append("</li>\n");
    }
    body.append("</ul>\n");
    return this;
  }

  /** A chart with its caption (nothing when {@code r} is null: the data did not allow the chart). */
  public AnalysisPage chart(Rendered r, String caption) {
    Page p = new Page();
    p.chart(r, caption);
    body.append(p);
    return this;
  }

  /** A table of the chosen columns of {@code table}, with a short caption above it. */
  public AnalysisPage table(String caption, Table table, List<HtmlTable.Col> cols) {
    body.append("<p class=\"note\">").append(escape(caption)).append("</p>\n")
        .append(HtmlTable.render(table, cols, null, null));
    return this;
  }

  /**
   * The section saying what was run, last before the footer: the scenario file, its trials, seed and horizon,
   * and the command line (which names any {@code --set} override).
   *
   * @param scenarioFile the scenario file as given; empty for a scenario built in code
   */
  public AnalysisPage whatWasRun(String scenario, String scenarioFile, int trials, long seed, int months,
      List<String> command) {
    section("run", "What was run");
    list(List.of(scenario + (scenarioFile.isEmpty() ? " (built in code)" : ": " + scenarioFile) + ", "
        + Amounts.count(trials) + " trials, seed " + seed + ", " + months + " months"));
    if (!command.isEmpty()) {
      note("Command: " + String.join(" ", command));
    }
    return this;
  }

  /**
   * The whole page.
   *
   * @param files the data files of the directory the page was drawn from, named in the footer
   */
  public String render(List<String> files) {
    close();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"kamsim ").append(escape(EngineVersion.get())).append("\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>").text(title).append("</h1>\n");
    String meta = body.substring(0, body.indexOf("\n") + 1);
    page.append(meta).append("<nav class=\"toc\" aria-label=\"Contents\">");
    for (String[] section : contents) {
      page.append("<a href=\"#").append(escape(section[0])).append("\">").text(section[1]).append("</a>");
    }
    page.append("</nav>\n</header>\n").append(body.substring(meta.length()))
        .append("<footer>Made by kamsim ").text(EngineVersion.get()).append(" from the files of this directory (")
        .text(String.join(", ", files)).append(").</footer>\n</main>\n</body>\n</html>\n");
    return page.toString();
  }

  private void close() {
    if (inSection) {
      body.append("</section>\n");
      inSection = false;
    }
  }
}
