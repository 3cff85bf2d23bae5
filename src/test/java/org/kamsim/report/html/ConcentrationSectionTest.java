package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.CsvRows;
import org.kamsim.results.Summary;

/**
 * The concentration section's sentences beside the articles' reference points: built here from
 * {@code summary.json}'s {@code concentration} block and {@code accounts.csv}'s rows, and found in the page.
 */
class ConcentrationSectionTest {
  @TempDir
  Path dir;

  @Test
  void report_articleSentences_equalTextBuiltFromSummaryJson() throws Exception {
    Path result = Fixtures.write(dir.resolve("run"));
    JsonNode c = new ObjectMapper().readTree(result.resolve("summary.json").toFile()).get("concentration");
    List<List<String>> rows = CsvRows.read(result.resolve("accounts.csv"));
    int keyColumn = rows.get(0).indexOf("key_today");
    int accounts = rows.size() - 1;
    long key = rows.stream().skip(1).filter(r -> r.get(keyColumn).equals("true")).count();
    int above = c.get("accounts_above_10pct").asInt();
    int below = c.get("accounts_below_1pct").asInt();
    double share = c.get("profit_top20_share").asDouble();
    // The fixture: several key accounts and a positive profit, the top fifth bringing less than all of it.
    assertThat(key).isGreaterThan(1);
    assertThat(share).isBetween(0.0, 1.0);
    String expected = "Today's " + key + " key accounts bring "
        + Amounts.percent(c.get("key_share_today").asDouble(), 1) + " of revenue (the articles: key accounts often "
        + "bring about a third). " + (above == 0 ? "No account is" : above == 1 ? "1 account is" : above
        + " accounts are") + " above 10% of revenue (one buying 18% of volume is key, "
        + "the articles say) and " + (below == 0 ? "none" : below) + " below 1% (one at 1% is not). The top 20% "
        + "of accounts by expected profit (" + (int) Math.ceil(accounts / 5.0) + " of " + accounts + ") bring "
        + Amounts.percent(share, 0) + " of the accounts' expected profit before KAM salaries (the 80/20 rule says "
        + "about 80%).";
    String html = Files.readString(result.resolve("report.html"));
    assertThat(html).contains("<p>" + Html.escape(expected) + "</p>");
  }

  @Test
  void articles_noKeyNoneLargeOrSmall_andAShareAboveAll_sayExactlySo() {
    Summary.Concentration c = new Summary.Concentration(0.2, 0.08, 0.4, 0.1, 0, 1.25, 0, 0);
    assertThat(ConcentrationSection.articles(c, 12, 0)).isEqualTo("No account is key today (the articles: key "
        + "accounts often bring about a third of revenue). No account is above 10% of revenue (one buying 18% of "
        + "volume is key, the articles say) and none below 1% (one at 1% is not). The top 20% of accounts by "
        + "expected profit (3 of 12) bring 125% of the accounts' expected profit before KAM salaries (the 80/20 "
        + "rule says about 80%); more than all of it, because the other accounts lose money on balance.");
  }

  @Test
  void articles_oneKeyOneLarge_noProfit_saysTheShareIsNotMeasured() {
    Summary.Concentration c = new Summary.Concentration(0.2, 0.3, 0.9, 0.5, 0.3, Double.NaN, 1, 1);
    assertThat(ConcentrationSection.articles(c, 6, 1)).isEqualTo("Today's 1 key account brings 30.0% of revenue "
        + "(the articles: key accounts often bring about a third). 1 account is above 10% of revenue (one buying "
        + "18% of volume is key, the articles say) and 1 below 1% (one at 1% is not). The accounts' expected "
        + "profits (before KAM salaries) add up to no profit, so the share of it the top 20% of accounts bring is "
        + "not measured (the 80/20 rule says about 80%).");
  }
}
