package org.kamsim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSummaryTest {
  @TempDir
  Path dir;

  private String print(org.kamsim.model.Scenario scenario) throws Exception {
    StringWriter text = new StringWriter();
    org.kamsim.results.Result written = ResultWriter.write(Fixtures.run(scenario), Fixtures.runInfo(dir),
        dir.resolve("out"), org.kamsim.report.ReportOutput.NONE, org.kamsim.simulation.TestWorkers.of(1),
        WriteProgress.SILENT);
    TextSummary.print(written, Path.of("out/x"), new PrintWriter(text));
    return text.toString();
  }

  @Test
  void planEqualToTheStatusQuo_paybackNotApplicable_andSaysSo() throws Exception {
    String text = print(Fixtures.scenario(Fixtures.TODAY, List.of()));
    assertThat(text).contains("plan: 4 key accounts, 1 KAM; status quo: 4 key accounts, 1 KAM (the plan is the "
        + "status quo)").containsPattern("payback month +not applicable +\\(the plan is the status quo")
        .doesNotContain("payback month                              1");
  }

  @Test
  void finance_printsTheNpvLines_onlyWhenSet() throws Exception {
    org.kamsim.model.Scenario plain = Fixtures.scenario(Fixtures.FIVE_LARGEST, List.of());
    String text = print(plain.withFinance(java.util.Optional.of(org.kamsim.model.Finance.of(0.08))));
    assertThat(text).containsPattern("net present value +-?[0-9.]+ [a-z]+ +\\(at an 8% discount rate; s\\.e\\. ")
        .containsPattern("extra NPV of the plan +\\S+ [a-z]+ +\\(plan minus status quo; 95% interval ")
        .containsPattern("discounted payback month +([0-9]+|none) +\\(cumulative discounted extra profit ");
    assertThat(print(plain)).doesNotContain("NPV").doesNotContain("net present value");
  }

  @Test
  void planThatDiffers_saysHowManyAccountsDiffer() throws Exception {
    String text = print(Fixtures.scenario(Fixtures.FIVE_LARGEST, List.of()));
    assertThat(text).contains("plan: 5 key accounts, 2 KAMs; status quo: 4 key accounts, 1 KAM; 1 account differs "
        + "(1 made key, 0 dropped)");
    org.kamsim.results.Summary.Concentration c = org.kamsim.results.SummaryJson.fromText(
        java.nio.file.Files.readString(dir.resolve("out/summary.json"))).concentration();
    assertThat(text).containsPattern("key accounts' share today +"
        + java.util.regex.Pattern.quote(org.kamsim.report.text.Amounts.percent(c.keyShareToday(), 1))
        + " +\\(of today's revenue, 4 key accounts; the articles: often about a third\\)");
  }

  @Test
  void phasedPlan_saysItsFiguresAreMonthOnes_andWhereEachChangeTakesIt() throws Exception {
    // Today's key set from month 1; A005 and A006 join in month 7 (2 KAMs), A004 leaves in month 22.
    org.kamsim.model.Plan plan = new org.kamsim.model.Plan(List.of("A001", "A002", "A003", "A004"), 1, List.of(
        new org.kamsim.model.Plan.Change(7, List.of("A005", "A006"), List.of(), 2),
        new org.kamsim.model.Plan.Change(22, List.of(), List.of("A004"), 2)));
    String text = print(Fixtures.scenario(plan, List.of()));
    assertThat(text).contains("plan: month 1: 4 key accounts, 1 KAM (then 6 and 2 from month 7, 5 and 2 from "
        + "month 22); status quo: 4 key accounts, 1 KAM (in month 1, the same accounts and headcount)");
  }

  @Test
  void shocks_areNamed_andPriced_oneDecimalConvention() throws Exception {
    String text = print(Fixtures.scenario(Fixtures.FIVE_LARGEST, List.of(Fixtures.LOSE_LARGEST)));
    assertThat(text).contains("events: the scenario loses A001 Account number 1 (")
        .contains(" in month 6").contains("revenue lost to the events")
        .containsPattern("P\\(revenue < 80% of today\\) +[0-9]+\\.[0-9]%");
  }
}
