package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.kamsim.results.PeriodsFile;
import org.kamsim.results.Summary;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.Report;
import org.kamsim.report.chart.Charts;
import org.kamsim.report.chart.TailDrivers;
import org.kamsim.report.chart.ReportData;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Result;

/** The page's text, without a browser: self-contained, escaped, true to its files, in plain sentences. */
class HtmlReportTest {
  @TempDir
  static Path dir;
  static Path shocked;
  static Path statusQuo;
  static Path optimised;
  static String html;

  @BeforeAll
  static void render() throws Exception {
    shocked = Fixtures.write(dir.resolve("shocked"));
    statusQuo = Fixtures.write(dir.resolve("status-quo"), Fixtures.scenario(Fixtures.TODAY, List.of()));
    optimised = Fixtures.writeOptimised(dir.resolve("optimised"));
    html = Files.readString(shocked.resolve(Report.FILE));
  }

  @Test
  void page_isSelfContained_noScriptNoExternalResource_eachChartTwiceInline() throws IOException {
    for (Path run : List.of(shocked, optimised)) {
      String page = Files.readString(run.resolve(Report.FILE));
      assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("@import")
          .doesNotContainPattern("url\\((?!#)").doesNotContain("<link rel=\"stylesheet\"").doesNotContain("<img")
          .doesNotContainPattern("(src|href)=\"(https?:)?//");
      int charts = Files.readString(run.resolve("charts/index.txt")).split("\n").length;
      assertThat(count(page, "<div class=\"chart-wide\"><svg ")).as(run.toString()).isEqualTo(charts);
      assertThat(count(page, "<div class=\"chart-narrow\"><svg ")).as(run.toString()).isEqualTo(charts);
    }
  }

  @Test
  void worth_followsTheSignsOfExtraProfitAndRevenue() throws Exception {
    // Whatever the fixtures' plans do, the sentence says what their files say: a loss of profit is never
    // called a cost greater than it brings, and the revenue it names is the plan's against the status quo's.
    int losing = 0;
    for (Path run : List.of(shocked, statusQuo, optimised)) {
      Summary s = ResultReader.read(run).summary();
      View v = new View(new ReportData(ResultReader.read(run)), List.of());
      String text = PlanSection.worth(v);
      double extra = s.plan().incrementalProfitMean();
      assertThat(text).doesNotContain("costs more than it brings");
      if (s.plan().incrementalProfitCi95High() < 0) {
        losing++;
        assertThat(text).contains("the plan loses").contains(s.revenue().mean() < s.statusQuo().revenue().mean()
            ? "less revenue than the status quo" : "revenue than the status quo, but");
      } else if (s.plan().incrementalProfitCi95Low() > 0) {
        assertThat(extra).isPositive();
        assertThat(text).contains("the plan adds");
      }
    }
    assertThat(losing).as("a fixture whose plan loses profit").isPositive();
  }

  @Test
  void favourableEvent_saidToAddRevenue_notToCostIt() throws Exception {
    // A margin and growth rise for every account: one event, which adds revenue and profit.
    Path helped = Fixtures.write(dir.resolve("helped"), Fixtures.scenario(Fixtures.FIVE_LARGEST,
        List.of(new Shock.GrowthShock(0.5, new Selector.All(), 1, 24))));
    Summary s = ResultReader.read(helped).summary();
    assertThat(s.shockImpact().orElseThrow().revenue().mean()).isNegative();
    String page = Files.readString(helped.resolve(Report.FILE));
    String lead = page.substring(page.indexOf("<p class=\"callout good\">"), page.indexOf("</p>",
        page.indexOf("<p class=\"callout good\">")));
    assertThat(lead).contains("adds ").contains("profit rises by").doesNotContain("costs")
        .doesNotContain("bad 1-in-20").doesNotContain("\u2212");
    assertThat(page).contains("The event adds revenue on average");
  }

  @Test
  void finance_pageLeadsWithTheNpvSentenceAndCard_whoseFiguresEqualSummaryJson() throws Exception {
    Path run = Fixtures.write(dir.resolve("discounted"), Fixtures.scenario(Fixtures.FIVE_LARGEST, List.of())
        .withFinance(java.util.Optional.of(org.kamsim.model.Finance.of(0.1, 0.02))));
    String page = Files.readString(run.resolve(Report.FILE));
    Summary.Npv npv = ResultReader.read(run).summary().npv().orElseThrow();
    String verdict = npv.incrementalCi95Low() > 0 ? "the plan adds value over the status quo"
        : npv.incrementalCi95High() < 0 ? "the plan is worth less than the status quo" : "cannot tell";
    // The lead takes the colour of its verdict: green when the plan adds value, red when it loses, blue else.
    String colour = npv.incrementalCi95Low() > 0 ? "good" : npv.incrementalCi95High() < 0 ? "bad" : "plain";
    assertThat(page).contains("<p class=\"callout " + colour + "\">At a 10% discount rate and a terminal value growing 2% a"
        + " year, the plan&#39;s net present value against the status quo is").contains(verdict);
    // The NPV card comes before every other card of the glance.
    assertThat(page.indexOf("Net present value of the plan over the status quo"))
        .isLessThan(page.indexOf("Expected revenue, "));
    assertThat(checkFigures(run, page).get("summary.json")).contains("npv.incremental_mean",
        "npv.incremental_ci95.0", "npv.incremental_ci95.1", "npv.discounted_payback_month");
    assertThat(html).doesNotContain("discount rate");
  }

  @Test
  void text_isEscaped() {
    assertThat(html).contains("Smith &amp; Sons, &lt;Ltd&gt;").doesNotContain("<Ltd>")
        .contains("# Test scenario &lt;with&gt; &quot;markup&quot; &amp; co.");
  }

  @Test
  void headlineFigures_equalSummaryJson() throws IOException {
    assertThat(checkFigures(shocked, html).get("summary.json")).contains("revenue.mean", "profit.mean",
        "revenue_at_risk.var95", "survival.probability_below", "plan.incremental_profit_mean",
        "plan.incremental_profit_ci95.0", "plan.incremental_profit_ci95.1", "plan.payback_month",
        "shock_impact.revenue.mean", "shock_impact.revenue.ci95.0");
  }

  @Test
  void loseShock_namedInTheHeadline_markedOnTheFan_rankedFirstAmongTailDrivers() throws Exception {
    Result result = ResultReader.read(shocked);
    assertThat(html).contains("<p class=\"callout\">This scenario loses A001 Account number 1 (")
        .contains("of today&#39;s revenue) in month 6. <strong>Losing A001 Account number 1 in month 6 costs ")
        .contains("The dashed red line marks where the scenario loses A001 Account number 1");
    TailDrivers drivers = new TailDrivers(result);
    assertThat(result.accounts().texts(AccountsFile.ID).get(drivers.order()[0])).isEqualTo("A001");
    assertThat(drivers.withShocks()).isTrue();
    assertThat(html).contains("comes most from A001 Account number 1 (");
    // Without the shock's accounting, the account lost for certain would rank last: its revenue is the same
    // small sum in every future, so it adds almost nothing to the spread.
    double[] es = result.accounts().doubles(AccountsFile.ES95_CONTRIBUTION).toArray();
    assertThat(TailDrivers.largestFirst(es)[0]).isNotEqualTo(drivers.order()[0]);
    assertThat(Files.readString(shocked.resolve("charts/revenue_fan.svg"))).contains("A001 lost, month 6");
  }

  @Test
  void planEqualToTheStatusQuo_notApplicable_noPlanValueChart() throws IOException {
    String page = Files.readString(statusQuo.resolve(Report.FILE));
    assertThat(page).contains("data-figure=\"plan.same_as_status_quo\" data-value=\"true\">Not applicable")
        .contains("The plan is the status quo: there is nothing to pay back.")
        .contains("The plan is the status quo: the same accounts and the same headcount.")
        .doesNotContain("id=\"chart-" + Charts.PLAN_VALUE + "\"")
        .doesNotContain("stays positive").doesNotContain("Month 1<");
    assertThat(Files.readString(statusQuo.resolve("summary.json"))).contains("\"payback_month\": null,")
        .contains("\"same_as_status_quo\": true,");
  }

  @Test
  void planValueCaption_followsTheData() throws Exception {
    // The word follows the sign of month 1's mean extra profit as periods.csv has it.
    double first = ResultReader.read(shocked).periods().doubles(PeriodsFile.INCREMENTAL_PROFIT_MEAN).get(0);
    assertThat(first).isNotZero();
    assertThat(html).containsPattern("In month 1 the plan makes [^<]* " + (first > 0 ? "more" : "less")
        + " profit than the status quo");
  }

  @Test
  void sections_inOrder_withPlainSentences() throws IOException {
    String page = Files.readString(optimised.resolve(Report.FILE));
    int at = 0;
    for (String id : List.of("headline", "time", "outcomes", "concentration", "plan", "optimisation", "accounts",
        "inputs", "provenance", "glossary")) {
      int next = page.indexOf("<section id=\"" + id + "\">", at);
      assertThat(next).as(id).isGreaterThan(at);
      at = next;
    }
    assertThat(page).contains("<h3>Percentiles of the totals</h3>").contains("<h3>By segment</h3>")
        .contains("The optimiser maximises mean profit \u2212 0.5 \u00d7 ES 95% of profit (objective mean-es)")
        .contains("Search trials and seed").contains("Validation trials and seed")
        .containsPattern("(Against status-quo \\(4 key accounts, 1 KAM\\), the optimised plan is (better|worse|level)"
            + "|The status-quo plan is the optimised plan itself)");
  }

  @Test
  void optimisation_seedsAndTrials_saidTheSameWayEverywhere() throws Exception {
    String page = Files.readString(optimised.resolve(Report.FILE));
    Result r = ResultReader.read(optimised);
    String validation = String.format("%,d simulated futures (trials), seed %d", r.summary().trials(),
        r.summary().seed());
    String search = String.format("its search ran on %,d other trials, seed %d", r.provenance().trials(),
        r.provenance().seed());
    assertThat(count(page, validation)).as("header and inputs").isEqualTo(2);
    assertThat(count(page, search)).as("header and inputs").isEqualTo(2);
    assertThat(r.summary().seed()).isEqualTo(r.provenance().validationSeed().getAsLong());
    assertThat(r.summary().trials()).isEqualTo(r.provenance().validationTrials().getAsLong());
  }

  /**
   * Checks every {@code data-figure} of {@code page} against its {@code data-file} in {@code dir}; returns the
   * paths checked, by file.
   */
  static Map<String, List<String>> checkFigures(Path dir, String page) throws IOException {
    Matcher m = Pattern.compile("data-file=\"([^\"]+)\" data-figure=\"([^\"]+)\" data-value=\"([^\"]*)\"")
        .matcher(page);
    Map<String, List<String>> paths = new TreeMap<>();
    while (m.find()) {
      JsonNode node = at(new ObjectMapper().readTree(dir.resolve(m.group(1)).toFile()), m.group(2));
      if (node.isNull()) {
        assertThat(m.group(3)).as(m.group(2)).isEmpty();
      } else if (node.isBoolean()) {
        assertThat(m.group(3)).as(m.group(2)).isEqualTo(node.toString());
      } else {
        assertThat(Double.parseDouble(m.group(3))).as(m.group(2)).isEqualTo(node.doubleValue());
      }
      paths.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }
    return paths;
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

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
