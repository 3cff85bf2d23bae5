package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's text, without a browser: self-contained, escaped, figures equal to summary.json. */
class HtmlReportTest {
  @TempDir
  static Path dir;
  static Path run;
  static String html;

  @BeforeAll
  static void render() throws Exception {
    run = ReportFixture.write(dir.resolve("run"));
    PlanSearchFixture.write(run);
    Report.refresh(run);
    html = Files.readString(run.resolve(Report.FILE));
  }

  @Test
  void page_isSelfContained_noScriptNoExternalResource() {
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("@import")
        .doesNotContain("url(").doesNotContain("<link rel=\"stylesheet\"");
    Matcher sources = Pattern.compile("\\bsrc=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (sources.find()) {
      assertThat(sources.group(1)).startsWith("data:image/svg+xml;base64,");
      images++;
    }
    assertThat(images).isEqualTo(ChartsTest.SIMULATION.size() + ChartsTest.OPTIMISATION.size());
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
  }

  @Test
  void text_isEscaped() {
    assertThat(html).contains("Smith &amp; Sons, &lt;Ltd&gt;").doesNotContain("<Ltd>")
        .contains("# Test scenario &lt;with&gt; &quot;markup&quot; &amp; co.");
  }

  @Test
  void headlineFigures_equalSummaryJson() throws IOException {
    assertThat(checkFigures(run, html)).containsOnlyKeys("summary.json").extractingByKey("summary.json")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("revenue.mean", "profit.mean", "revenue_at_risk.var95", "survival.probability_below",
            "plan.incremental_profit_mean", "plan.incremental_profit_ci95.0", "plan.incremental_profit_ci95.1",
            "plan.payback_month");
  }

  @Test
  void optimiseOnly_headlineFiguresEqualPlanJson_noSimulationSections() throws Exception {
    Path only = PlanSearchFixture.writeOptimiseOnly(dir.resolve("optimise-only"));
    Report.refresh(only);
    String page = Files.readString(only.resolve(Report.FILE));
    assertThat(checkFigures(only, page)).containsOnlyKeys("plan.json").extractingByKey("plan.json")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains("headcount", "objective.value", "figures.mean_profit", "figures.es95_profit",
            "figures.probability_below_survival", "baselines.0.advantage.value", "baselines.1.advantage.ci95.0");
    assertThat(page).contains("<section id=\"optimisation\">").doesNotContain("<section id=\"outcomes\">")
        .contains("Key-account risk report: report-fixture")
        .contains("Against status quo (4 key accounts, 1 KAM), the optimised plan is better by 800.0 thousand")
        .contains("the difference of 100.0 thousand cannot be told apart from zero")
        .contains("<h3>Key accounts by segment</h3>");
  }

  /**
   * Checks every {@code data-figure} of {@code page} against its {@code data-file} in {@code dir}; returns the
   * paths checked, by file.
   */
  static java.util.Map<String, List<String>> checkFigures(Path dir, String page) throws IOException {
    Matcher m = Pattern.compile("data-file=\"([^\"]+)\" data-figure=\"([^\"]+)\" data-value=\"([^\"]*)\"")
        .matcher(page);
    java.util.Map<String, List<String>> paths = new java.util.TreeMap<>();
    while (m.find()) {
      JsonNode node = at(new ObjectMapper().readTree(dir.resolve(m.group(1)).toFile()), m.group(2));
      if (node.isNull()) {
        assertThat(m.group(3)).as(m.group(2)).isEmpty();
      } else {
        assertThat(Double.parseDouble(m.group(3))).as(m.group(2)).isEqualTo(node.doubleValue());
      }
      paths.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }
    return paths;
  }

  @Test
  void sections_inOrder_withPlainSentences() {
    // By hand: AssertJ's containsSubsequence is quadratic on a page of a megabyte.
    int at = 0;
    for (String id : List.of("headline", "time", "outcomes", "concentration", "plan", "optimisation", "accounts",
        "inputs", "provenance")) {
      int next = html.indexOf("<section id=\"" + id + "\">", at);
      assertThat(next).as(id).isGreaterThan(at);
      at = next;
    }
    assertThat(html).contains("In the worst 5% of outcomes, revenue over 24 months falls at least")
        .contains("The shortfall in the worst 5% of futures comes most from")
        .contains("Compared with the status quo, the plan")
        .contains("The optimiser chose <strong>4 key accounts with 3 KAMs</strong>")
        .contains("(scenario.yaml matches)")
        .contains("<h3>By segment</h3>").contains("<h3>By region</h3>");
  }

  /** The node at a data-figure path such as {@code plan.incremental_profit_ci95.0}. */
  static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      node = part.matches("[0-9]+") ? node.get(Integer.parseInt(part)) : node.get(part);
      assertThat(node).as(path).isNotNull();
    }
    return node;
  }
}
