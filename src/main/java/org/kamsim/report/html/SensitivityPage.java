package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.MeasureText;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * The page of {@code kamsim sensitivity}, from {@code sensitivity.csv} alone: headline sentences computed
 * from its rows (what the measure hangs on most, which inputs can turn it negative, which have no effect), the
 * tornado chart and the table.
 */
public final class SensitivityPage {
  private final Table table;
  private final SensitivityMeasure measure;
  private final TextColumn names;
  private final DoubleColumn low;
  private final DoubleColumn high;
  private final DoubleColumn valueLow;
  private final DoubleColumn valueHigh;
  private final double valueBase;

  /** @param table the rows of {@code sensitivity.csv}, in its order (largest swing first) */
  public SensitivityPage(Table table) {
    this.table = table;
    this.measure = SensitivityMeasure.parse(table.texts(SensitivityFile.MEASURE).get(0));
    this.names = table.texts(SensitivityFile.PARAMETER);
    this.low = table.doubles(SensitivityFile.LOW);
    this.high = table.doubles(SensitivityFile.HIGH);
    this.valueLow = table.doubles(SensitivityFile.VALUE_LOW);
    this.valueHigh = table.doubles(SensitivityFile.VALUE_HIGH);
    this.valueBase = table.doubles(SensitivityFile.VALUE_BASE).get(0);
  }

  /**
   * The whole page.
   *
   * @param scenario the scenario's name
   * @param trials trials of each run
   * @param months the horizon
   * @param tornado the tornado chart, or null when it was not drawn
   * @param files the directory's data files, for the footer
   */
  public String render(String scenario, int trials, int months, Rendered tornado, List<String> files) {
    int runs = 1;
    for (int i = 0; i < table.rowCount(); i++) {
      runs += (low.get(i) == table.doubles(SensitivityFile.BASE).get(i) ? 0 : 1)
          + (high.get(i) == table.doubles(SensitivityFile.BASE).get(i) ? 0 : 1);
    }
    AnalysisPage page = new AnalysisPage("Sensitivity of " + scenario, "Scenario " + scenario + ": "
        + Lists.count(table.rowCount(), "input", "inputs") + " changed one at a time, "
        + Lists.count(runs, "run", "runs") + " of " + Amounts.count(trials) + " trials over " + months
        + " months on the same random numbers; measure: " + measure.text() + " (" + MeasureText.better(measure)
        + ")");
    page.section("headline", "What it hangs on").paragraph(lead(), true);
    List<String> more = new ArrayList<>();
    more.add(sign());
    String none = noEffect();
    if (!none.isEmpty()) {
      more.add(none);
    }
    page.list(more);
    page.section("tornado", "Tornado chart").chart(tornado, "Each bar: " + MeasureText.what(measure)
        + " with one input at its low value (orange) and at its high value (blue), everything else and the random"
        + " numbers as in the base run; the dashed line is the base, " + MeasureText.value(measure, valueBase)
        + "; " + MeasureText.better(measure) + ". Largest swing on top.");
    page.section("table", "All inputs").table("One row per input, by swing (|value at high - value at low|); "
        + "the standard errors are those of each run's difference from the base, paired trial by trial.",
        table, columns());
    page.section("method", "How to read it").note(method());
    return page.render(files);
  }

  /** "The plan's incremental profit hangs most on X: from A at 0.025 to B at 0.075 (base C); higher is better." */
  String lead() {
    String what = Lists.capitalised(MeasureText.what(measure));
    if (table.rowCount() == 0 || valueLow.get(0) == valueHigh.get(0)) {
      return what + " does not change with any input within its range in this scenario: "
          + MeasureText.value(measure, valueBase) + " throughout.";
    }
    return what + " hangs most on " + names.get(0) + ": from " + at(0, false) + " to " + at(0, true)
        + " (base " + MeasureText.value(measure, valueBase) + "); " + MeasureText.better(measure) + ".";
  }

  /** "B at 0.075": the measure with row {@code i}'s input at its low or high value. */
  private String at(int i, boolean atHigh) {
    return MeasureText.value(measure, atHigh ? valueHigh.get(i) : valueLow.get(i)) + " at "
        + Amounts.plain(atHigh ? high.get(i) : low.get(i));
  }

  /**
   * For profit: which inputs can turn it negative (or, from a loss, positive). For a risk: which input's
   * range takes it highest, the worst case.
   */
  String sign() {
    if (!measure.higherIsBetter()) {
      int worst = -1;
      boolean atHigh = false;
      double most = valueBase;
      for (int i = 0; i < table.rowCount(); i++) {
        if (valueLow.get(i) > most) {
          most = valueLow.get(i);
          worst = i;
          atHigh = false;
        }
        if (valueHigh.get(i) > most) {
          most = valueHigh.get(i);
          worst = i;
          atHigh = true;
        }
      }
      return worst < 0 ? "No input raises " + MeasureText.what(measure) + " above its base within its range."
          : "The worst case within the ranges: " + names.get(worst) + " at " + Amounts.plain(atHigh
              ? high.get(worst) : low.get(worst)) + " raises it to " + MeasureText.value(measure, most) + " (base "
              + MeasureText.value(measure, valueBase) + "); lower is better.";
    }
    boolean fromLoss = valueBase < 0;
    List<String> turns = new ArrayList<>();
    for (int i = 0; i < table.rowCount(); i++) {
      for (boolean atHigh : new boolean[] {false, true}) {
        double v = atHigh ? valueHigh.get(i) : valueLow.get(i);
        if (fromLoss ? v > 0 : v < 0) {
          turns.add(names.get(i) + " at " + Amounts.plain(atHigh ? high.get(i) : low.get(i)) + " ("
              + MeasureText.value(measure, v) + ")");
        }
      }
    }
    String what = MeasureText.what(measure);
    if (turns.isEmpty()) {
      return fromLoss ? "No input alone turns " + what + " into a gain within its range."
          : "No input alone turns " + what + " negative within its range.";
    }
    return (fromLoss ? "It turns positive (a gain) with " : "It turns negative (a loss) with ") + Lists.and(turns)
        + ".";
  }

  /** The inputs whose runs at low and high gave the same value: no effect here, or not varied at all. */
  String noEffect() {
    List<String> none = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (int i = 0; i < table.rowCount(); i++) {
      if (valueLow.get(i) == valueHigh.get(i)) {
        (low.get(i) == high.get(i) ? fixed : none).add(names.get(i));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!none.isEmpty()) {
      parts.add("No effect in this scenario: " + Lists.and(none) + " (the runs at low and high give the same "
          + "result on the same random numbers).");
    }
    if (!fixed.isEmpty()) {
      parts.add("Not varied: " + Lists.and(fixed) + " (low equals high; a base of 0 stays 0 at half and one and "
          + "a half times it: set a range under sensitivity.ranges).");
    }
    return String.join(" ", parts);
  }

  private List<HtmlTable.Col> columns() {
    boolean money = MeasureText.money(measure);
    HtmlTable.Format value = money ? HtmlTable.Format.WHOLE : HtmlTable.Format.PROBABILITY;
    HtmlTable.Format change = money ? HtmlTable.Format.WHOLE : HtmlTable.Format.POINTS;
    String unit = money ? "" : " (points)";
    return List.of(
        HtmlTable.Col.of(SensitivityFile.RANK, "Rank", HtmlTable.Format.COUNT),
        HtmlTable.Col.of(SensitivityFile.PARAMETER, "Input", HtmlTable.Format.TEXT),
        HtmlTable.Col.of(SensitivityFile.LOW, "Low", HtmlTable.Format.PLAIN),
        HtmlTable.Col.of(SensitivityFile.BASE, "Base", HtmlTable.Format.PLAIN),
        HtmlTable.Col.of(SensitivityFile.HIGH, "High", HtmlTable.Format.PLAIN),
        HtmlTable.Col.of(SensitivityFile.VALUE_LOW, "At low", value),
        HtmlTable.Col.of(SensitivityFile.VALUE_BASE, "At base", value),
        HtmlTable.Col.of(SensitivityFile.VALUE_HIGH, "At high", value),
        HtmlTable.Col.of(SensitivityFile.SWING, "Swing" + unit, change),
        HtmlTable.Col.of(SensitivityFile.STDERR_LOW, "S.e. low" + unit, change,
            "Standard error of (at low - at base), paired on the same trials"),
        HtmlTable.Col.of(SensitivityFile.STDERR_HIGH, "S.e. high" + unit, change,
            "Standard error of (at high - at base), paired on the same trials"));
  }

  private String method() {
    String se = switch (measure) {
      case INCREMENTAL_PROFIT, PROFIT -> "the standard error of the per-trial differences from the base run";
      case PROBABILITY_BELOW -> "the standard error of the per-trial differences of the below-threshold "
          + "indicator from the base run's";
      case REVENUE_VAR95 -> "by batch means: the value at risk's difference from the base on 20 blocks of "
          + "consecutive trials (fewer, of at least 100 trials each, on a smaller run; none below 200 trials), "
          + "and the standard error of their mean";
    };
    return "Each input is set to its low and then its high value with everything else, and every random draw, "
        + "as in the base run, so a difference is the input's effect and not noise between samples. An input "
        + "the scenario does not use gives exactly the base result. Standard errors: " + se + ". Default "
        + "ranges are half and one and a half times the base (whole months rounded; kept within each input's "
        + "valid range); portfolio.growth_shift and portfolio.margin_shift default to -0.02 and +0.02, "
        + "portfolio.churn_scale to 0.5 and 1.5 (each account's churn kept below 1, growth above -1 and "
        + "margin in [0, 1]). The plan and the status quo keep their key accounts and KAMs in every run.";
  }
}
