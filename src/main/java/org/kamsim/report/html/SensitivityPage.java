package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.report.chart.ChartFiles.Rendered;
import org.kamsim.report.text.Amounts;
import org.kamsim.report.text.Lists;
import org.kamsim.report.text.MeasureText;
import org.kamsim.results.Column;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.SensitivityFile;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;

/**
 * The page of {@code kamsim sensitivity}, from {@code sensitivity.csv} alone: headline sentences computed
 * from its rows (what the measure hangs on most, which inputs can turn it negative, which have no effect), the
 * tornado chart and the table.
 */
public final class SensitivityPage {
  /** The table's column of notes, made from the file's flags (not a column of the file). */
  static final String NOTE = "note";

  private final Table table;
  private final SensitivityMeasure measure;
  private final TextColumn names;
  private final DoubleColumn low;
  private final DoubleColumn high;
  private final DoubleColumn valueLow;
  private final DoubleColumn valueHigh;
  private final DoubleColumn base;
  private final FlagColumn noEffect;
  private final FlagColumn withinNoise;
  private final FlagColumn clipped;
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
    this.base = table.doubles(SensitivityFile.BASE);
    this.noEffect = table.flags(SensitivityFile.NO_EFFECT);
    this.withinNoise = table.flags(SensitivityFile.WITHIN_NOISE);
    this.clipped = table.flags(SensitivityFile.CLIPPED);
    this.valueBase = table.doubles(SensitivityFile.VALUE_BASE).get(0);
  }

  /**
   * The whole page.
   *
   * @param scenario the scenario's name
   * @param trials trials of each run
   * @param months the horizon
   * @param dropped how many of today's key accounts the plan leaves out (said with incremental profit)
   * @param tornado the tornado chart, or null when it was not drawn
   * @param files the directory's data files, for the footer
   */
  public String render(String scenario, int trials, int months, int dropped, Rendered tornado,
      List<String> files) {
    return render(scenario, trials, months, dropped, tornado, files, "", 0, List.of());
  }

  /**
   * As {@link #render(String, int, int, int, Rendered, List)}, ending with what was run.
   *
   * @param scenarioFile the scenario file as given; empty for a scenario built in code
   * @param command the command line
   */
  public String render(String scenario, int trials, int months, int dropped, Rendered tornado,
      List<String> files, String scenarioFile, long seed, List<String> command) {
    // A value equal to the base is the base run; a high equal to the low is the low's run.
    int runs = 1;
    for (int i = 0; i < table.rowCount(); i++) {
      runs += (low.get(i) == base.get(i) ? 0 : 1) + (high.get(i) == base.get(i) || high.get(i) == low.get(i) ? 0 : 1);
    }
    AnalysisPage page = new AnalysisPage("Sensitivity of " + scenario, "Scenario " + scenario + ": "
        + Lists.count(table.rowCount(), "input", "inputs") + " changed one at a time, "
        + Lists.count(runs, "run", "runs") + " of " + Amounts.count(trials) + " trials over " + months
        + " months on the same random numbers; measure: " + measure.text() + " (" + MeasureText.better(measure)
        + ")");
    page.section("headline", "What it hangs on").paragraph(lead(), true);
    List<String> more = new ArrayList<>();
    more.add(sign());
    if (measure == SensitivityMeasure.INCREMENTAL_PROFIT) {
      more.add(incremental(dropped));
    }
    for (String item : new String[] {bothWays(), noEffect(), noise(trials), clipped()}) {
      if (!item.isEmpty()) {
        more.add(item);
      }
    }
    page.list(more);
    page.section("tornado", "Tornado chart").chart(tornado, "Each bar: " + MeasureText.what(measure)
        + " with one input at its low value (orange) and at its high value (blue), everything else and the random"
        + " numbers as in the base run; the dashed line is the base, " + MeasureText.value(measure, valueBase)
        + "; " + MeasureText.better(measure) + ". Largest swing on top."
        + (withinNoise.countTrue() > 0 ? " Grey bars: both changes within 2 standard errors of the base, not "
            + "distinguishable from noise at this number of trials." : ""));
    page.section("table", "All inputs").table("One row per input, by swing (|value at high - value at low|); "
        + "the standard errors are those of each run's difference from the base, paired trial by trial; note: no "
        + "effect at all, noise (both changes within 2 standard errors of zero) or a clipped range.",
        withNotes(), columns());
    page.section("method", "How to read it").note(method());
    if (!command.isEmpty()) {
      page.whatWasRun(scenario, scenarioFile, trials, seed, months, command);
    }
    return page.render(files);
  }

  /** "The plan's incremental profit hangs most on X: from A at 0.025 to B at 0.075 (base C); higher is better." */
  String lead() {
    String what = Lists.capitalised(MeasureText.what(measure));
    if (noEffect.countTrue() == table.rowCount()) {
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

  /**
   * Incremental profit's two sides: an input that makes the program better or worse changes the status quo
   * too, whose key accounts (today's) get the program; and, when the plan drops some of them, those keep it
   * in the status quo only.
   */
  static String incremental(int dropped) {
    String both = "Incremental profit is the plan minus the status quo on the same futures; today's key accounts "
        + "get the program in the status quo too, so an input that makes the program better or worse changes "
        + "both, and the plan's advantage can move either way.";
    if (dropped == 0) {
      return both;
    }
    boolean one = dropped == 1;
    return both + " This plan drops " + Amounts.count(dropped) + " of today's key accounts: "
        + (one ? "it keeps" : "they keep") + " the program in the status quo but not in the plan, where "
        + (one ? "its" : "their") + " churn is multiplied by program.demotion_churn_multiplier; a better program "
        + "(a smaller discount, a stronger churn effect) raises the status quo's profit on " + (one ? "it" : "them")
        + ", and so can lower the plan's advantage.";
  }

  /**
   * The inputs whose low and high values both move the measure the same way from the base, each beyond noise:
   * their swing (high against low) understates how much they matter.
   */
  String bothWays() {
    List<String> better = new ArrayList<>();
    List<String> worse = new ArrayList<>();
    DoubleColumn seLow = table.doubles(SensitivityFile.STDERR_LOW);
    DoubleColumn seHigh = table.doubles(SensitivityFile.STDERR_HIGH);
    for (int i = 0; i < table.rowCount(); i++) {
      double dLow = valueLow.get(i) - valueBase;
      double dHigh = valueHigh.get(i) - valueBase;
      if (Math.signum(dLow) != 0 && Math.signum(dLow) == Math.signum(dHigh)
          && Math.abs(dLow) > 2 * seLow.get(i) && Math.abs(dHigh) > 2 * seHigh.get(i)) {
        ((dLow > 0) == measure.higherIsBetter() ? better : worse).add(names.get(i));
      }
    }
    List<String> parts = new ArrayList<>();
    String what = MeasureText.what(measure);
    if (!worse.isEmpty()) {
      parts.add("Both the low and the high value make " + what + " worse than at the base (each change more than "
          + "2 standard errors): " + Lists.and(worse) + "; the swing, high against low, understates how much "
          + (worse.size() == 1 ? "it matters" : "they matter") + ".");
    }
    if (!better.isEmpty()) {
      parts.add("Both the low and the high value make " + what + " better than at the base (each change more "
          + "than 2 standard errors): " + Lists.and(better) + "; the swing, high against low, understates how "
          + "much " + (better.size() == 1 ? "it matters" : "they matter") + ".");
    }
    return String.join(" ", parts);
  }

  /**
   * The inputs the file says have no effect on the measure (the same figure as the base in every trial), and
   * those not varied at all (low equals high).
   */
  String noEffect() {
    List<String> none = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    boolean fixedAtZero = false;
    for (int i = 0; i < table.rowCount(); i++) {
      if (low.get(i) == high.get(i)) {
        fixed.add(names.get(i));
        fixedAtZero |= base.get(i) == 0 && low.get(i) == 0;
      } else if (noEffect.get(i)) {
        none.add(names.get(i));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!none.isEmpty()) {
      parts.add("No effect on " + MeasureText.what(measure) + " in this scenario: " + Lists.and(none) + " (at "
          + "its low and high values every trial gives exactly the base run's figure; see How to read it).");
    }
    if (!fixed.isEmpty()) {
      parts.add("Not varied: " + Lists.and(fixed) + " (low equals high, so the swing is 0 whatever the effect"
          + (fixedAtZero ? "; a base of 0 stays 0 at half and one and a half times it: set a range under "
              + "sensitivity.ranges" : "") + ").");
    }
    return String.join(" ", parts);
  }

  /** The inputs whose changes at low and high are both within 2 standard errors of zero. */
  String noise(int trials) {
    List<String> noisy = new ArrayList<>();
    for (int i = 0; i < table.rowCount(); i++) {
      if (withinNoise.get(i)) {
        noisy.add(names.get(i));
      }
    }
    if (noisy.isEmpty()) {
      return "";
    }
    return "Not distinguishable from noise at this number of trials (" + Amounts.count(trials) + "): "
        + Lists.and(noisy) + " (the changes from the base at low and at high are both within 2 standard errors "
        + "of zero; grey in the chart), so " + (noisy.size() == 1 ? "its rank is" : "their ranks are")
        + " not reliable; more trials would tell.";
  }

  /** The inputs whose range was clipped: the ranking then compares ranges of unequal width. */
  String clipped() {
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < table.rowCount(); i++) {
      if (clipped.get(i)) {
        ranges.add(names.get(i) + " (" + Amounts.plain(low.get(i)) + " to " + Amounts.plain(high.get(i))
            + " around " + Amounts.plain(base.get(i))
            + (names.get(i).startsWith("portfolio.") ? "; some accounts changed less, kept within what an account "
                + "may have" : "") + ")");
      }
    }
    if (ranges.isEmpty()) {
      return "";
    }
    return "Clipped to what the input may take, so the ranking compares ranges of unequal width: "
        + Lists.and(ranges) + ".";
  }

  /**
   * The file's rows with a note each, from its flags: "no effect", "not varied", "noise", "clipped" (one
   * column rather than three, so that the table fits a laptop's width).
   */
  Table withNotes() {
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < table.columnNames().size(); c++) {
      columns.add(table.column(c));
    }
    columns.add(TextColumn.of(NOTE, table.rowCount(), i -> {
      List<String> notes = new ArrayList<>();
      if (low.get(i) == high.get(i)) {
        notes.add("not varied");
      } else if (noEffect.get(i)) {
        notes.add("no effect");
      }
      if (withinNoise.get(i)) {
        notes.add("noise");
      }
      if (clipped.get(i)) {
        notes.add("clipped");
      }
      return String.join(", ", notes);
    }));
    return Table.of(table.name(), columns);
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
            "Standard error of (at high - at base), paired on the same trials"),
        HtmlTable.Col.of(NOTE, "Note", HtmlTable.Format.TEXT, "no effect: every trial gives exactly the base "
            + "run's figure; noise: both changes within 2 standard errors of zero; clipped: the range was clipped "
            + "to what the input may take, or some accounts were changed less"));
  }

  /** Why an input can leave the measure unchanged in every trial. */
  private String unchanged() {
    return switch (measure) {
      case INCREMENTAL_PROFIT -> "because the scenario does not use it, or because it changes the plan and the "
          + "status quo alike";
      case PROFIT -> "because the scenario does not use it";
      case REVENUE_VAR95 -> "because the scenario does not use it, or because it changes only costs or margins, "
          + "not revenue";
      case PROBABILITY_BELOW -> "because the scenario does not use it, or because it moves no trial across the "
          + "survival threshold";
    };
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
        + "that does not change the measure in this scenario (" + unchanged() + ") gives exactly the base value "
        + "in every trial, and is listed as having no effect on " + MeasureText.what(measure) + " in this scenario. "
        + "Standard errors: " + se + "; an input whose changes at low and at high are both within 2 standard "
        + "errors of zero is not distinguishable from noise at this number of trials. Default "
        + "ranges are half and one and a half times the base (whole months rounded; kept within each input's "
        + "valid range); portfolio.growth_shift and portfolio.margin_shift default to -0.02 and +0.02, "
        + "portfolio.churn_scale to 0.5 and 1.5 (each account's churn kept below 1, growth above -1 and "
        + "margin in [0, 1]). The plan and the status quo keep their key accounts and KAMs in every run.";
  }
}
