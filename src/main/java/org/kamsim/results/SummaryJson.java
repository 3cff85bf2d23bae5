package org.kamsim.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kamsim.results.Summary.AccountsLost;
import org.kamsim.results.Summary.Concentration;
import org.kamsim.results.Summary.Distribution;
import org.kamsim.results.Summary.Npv;
import org.kamsim.results.Summary.NpvDistribution;
import org.kamsim.results.Summary.PairedLoss;
import org.kamsim.results.Summary.PlanValue;
import org.kamsim.results.Summary.Precision;
import org.kamsim.results.Summary.Risk;
import org.kamsim.results.Summary.ShockEvent;
import org.kamsim.results.Summary.ShockImpact;
import org.kamsim.results.Summary.StatusQuo;
import org.kamsim.results.Summary.Survival;

/**
 * {@code summary.json}, written and read: the headline figures of MODEL.md's "Outputs", keys in a fixed
 * order. Results only, no clock time or path, so that two runs of one seed give identical bytes whatever the
 * thread count. Money to the cent, shares and probabilities to 6 significant digits.
 */
public final class SummaryJson {
  private SummaryJson() {}

  public static String text(Summary s) {
    JsonOut json = JsonOut.start()
        .text("scenario", s.scenario())
        .integer("trials", s.trials())
        .integer("seed", s.seed())
        .integer("horizon_months", s.horizonMonths());
    distribution(json.open("revenue"), s.revenue()).close();
    distribution(json.open("profit"), s.profit()).close();
    risk(json.open("revenue_at_risk"), s.revenueAtRisk()).close();
    json.open("accounts_lost").significant("mean", s.accountsLost().mean())
        .significant("p95", s.accountsLost().p95()).close();
    json.open("survival").significant("threshold", s.survival().threshold())
        .money("revenue_threshold", s.survival().revenueThreshold())
        .significant("probability_below", s.survival().probabilityBelow()).close();
    Concentration c = s.concentration();
    json.open("concentration").significant("hhi", c.hhi()).significant("top1_share", c.top1Share())
        .significant("top5_share", c.top5Share()).significant("gini", c.gini())
        .significant("key_share_today", c.keyShareToday()).significant("profit_top20_share", c.profitTop20Share())
        .integer("accounts_above_10pct", c.accountsAbove10Pct())
        .integer("accounts_below_1pct", c.accountsBelow1Pct()).close();
    PlanValue p = s.plan();
    json.open("plan").texts("key_accounts", p.keyAccounts()).integer("kams", p.kams())
        .integer("status_quo_kams", p.statusQuoKams()).money("program_cost_mean", p.programCostMean())
        .money("incremental_profit_mean", p.incrementalProfitMean())
        .money("incremental_profit_stderr", p.incrementalProfitStderr())
        .numbers("incremental_profit_ci95", Decimals.Format.MONEY, p.incrementalProfitCi95Low(),
            p.incrementalProfitCi95High());
    if (p.paybackMonth().isPresent()) {
      json.integer("payback_month", p.paybackMonth().getAsInt());
    } else {
      json.nothing("payback_month");
    }
    json.flag("same_as_status_quo", p.sameAsStatusQuo()).texts("made_key", p.madeKey())
        .texts("dropped", p.dropped());
    if (!p.changes().isEmpty()) {
      // Only for a phased plan, so that the summary of a plan that never changes stays what it was.
      json.openList("changes");
      for (Summary.PlanChange change : p.changes()) {
        json.element().integer("month", change.month()).texts("promote", change.promote())
            .texts("demote", change.demote()).integer("kams", change.kams()).close();
      }
      json.closeList();
    }
    json.close();
    StatusQuo q = s.statusQuo();
    json.open("status_quo").texts("key_accounts", q.keyAccounts()).integer("kams", q.kams());
    distribution(json.open("revenue"), q.revenue()).close();
    distribution(json.open("profit"), q.profit()).close();
    json.close();
    risk(json.open("profit_at_risk"), s.profitAtRisk()).close();
    json.openList("shocks");
    for (ShockEvent e : s.shocks()) {
      json.element().text("kind", e.kind()).text("select", e.select());
      if (e.kind().equals(ShockEvent.LOSE)) {
        json.integer("month", e.from());
      } else {
        json.significant("size", e.size()).integer("from", e.from()).integer("to", e.to());
      }
      json.texts("accounts", e.accounts()).close();
    }
    json.closeList();
    s.npv().ifPresent(npv -> npv(json.open("npv"), npv).close());
    s.shockImpact().ifPresent(impact -> {
      json.open("shock_impact");
      loss(json.open("revenue"), impact.revenue()).close();
      loss(json.open("profit"), impact.profit()).close();
      json.close();
    });
    s.precision().ifPresent(run -> json.open("precision").significant("target_percent", run.targetPercent())
        .significant("reached_percent", run.reachedPercent()).integer("trials", run.trials())
        .text("stopped_by", run.stoppedBy()).close());
    return json.text();
  }

  private static JsonOut distribution(JsonOut json, Distribution d) {
    return json.money("mean", d.mean()).money("stderr", d.stderr()).money("p01", d.p01()).money("p05", d.p05())
        .money("p50", d.p50()).money("p95", d.p95()).money("p99", d.p99());
  }

  private static JsonOut npv(JsonOut json, Npv n) {
    json.significant("discount_rate", n.discountRate());
    if (n.terminalGrowth().isPresent()) {
      json.significant("terminal_growth", n.terminalGrowth().getAsDouble());
    } else {
      json.nothing("terminal_growth");
    }
    NpvDistribution p = n.profit();
    json.open("profit").money("mean", p.mean()).money("stderr", p.stderr()).money("p05", p.p05())
        .money("p50", p.p50()).money("p95", p.p95()).close();
    json.money("status_quo_profit_mean", n.statusQuoProfitMean()).money("incremental_mean", n.incrementalMean())
        .money("incremental_stderr", n.incrementalStderr())
        .numbers("incremental_ci95", Decimals.Format.MONEY, n.incrementalCi95Low(), n.incrementalCi95High());
    if (n.discountedPaybackMonth().isPresent()) {
      json.integer("discounted_payback_month", n.discountedPaybackMonth().getAsInt());
    } else {
      json.nothing("discounted_payback_month");
    }
    return json;
  }

  private static JsonOut risk(JsonOut json, Risk r) {
    return json.money("var95", r.var95()).money("var99", r.var99()).money("es95", r.es95())
        .money("es99", r.es99());
  }

  private static JsonOut loss(JsonOut json, PairedLoss l) {
    return json.money("mean", l.mean()).money("stderr", l.stderr())
        .numbers("ci95", Decimals.Format.MONEY, l.ci95Low(), l.ci95High()).money("p50", l.p50())
        .money("p95", l.p95());
  }

  /** Reads {@code file}; every figure the report shows must be there and finite. */
  public static Summary read(Path file) throws ResultFileException {
    return read(JsonIn.read(file));
  }

  /**
   * The summary in {@link #text}'s {@code text}: every figure rounded as written. A writer hands this to the
   * report, so that the report shows exactly what the file says.
   */
  public static Summary fromText(String text) {
    try {
      return read(JsonIn.parse(java.nio.file.Path.of(ResultFiles.SUMMARY), text));
    } catch (ResultFileException e) {
      throw new IllegalStateException("summary.json as written does not read back: " + e.getMessage(), e);
    }
  }

  private static Summary read(JsonIn json) throws ResultFileException {
    List<ShockEvent> shocks = new ArrayList<>();
    for (JsonIn e : json.objects("shocks")) {
      String kind = e.text("kind");
      boolean lose = kind.equals(ShockEvent.LOSE);
      int from = e.smallInteger(lose ? "month" : "from");
      shocks.add(new ShockEvent(kind, e.text("select"), from,
          lose ? json.smallInteger("horizon_months") : e.smallInteger("to"),
          lose ? Double.NaN : e.number("size"), e.texts("accounts")));
    }
    Optional<ShockImpact> impact = json.has("shock_impact")
        ? Optional.of(new ShockImpact(loss(json, "shock_impact.revenue"), loss(json, "shock_impact.profit")))
        : Optional.empty();
    Optional<Precision> precision = json.has("precision")
        ? Optional.of(new Precision(json.number("precision.target_percent"),
            json.has("precision.reached_percent") ? json.number("precision.reached_percent") : Double.NaN,
            json.integer("precision.trials"),
            json.choice("precision.stopped_by", List.of(Precision.TARGET, Precision.MAX_TRIALS))))
        : Optional.empty();
    Optional<Npv> npv = json.has("npv") ? Optional.of(npv(json)) : Optional.empty();
    return new Summary(
        json.text("scenario"),
        json.integer("trials"),
        json.integer("seed"),
        json.smallInteger("horizon_months"),
        distribution(json, "revenue"),
        distribution(json, "profit"),
        risk(json, "revenue_at_risk"),
        risk(json, "profit_at_risk"),
        new AccountsLost(json.number("accounts_lost.mean"), json.number("accounts_lost.p95")),
        new Survival(json.number("survival.threshold"), json.number("survival.revenue_threshold"),
            json.number("survival.probability_below")),
        new Concentration(json.number("concentration.hhi"), json.number("concentration.top1_share"),
            json.number("concentration.top5_share"), json.number("concentration.gini"),
            json.number("concentration.key_share_today"),
            json.has("concentration.profit_top20_share") ? json.number("concentration.profit_top20_share")
                : Double.NaN,
            json.smallInteger("concentration.accounts_above_10pct"),
            json.smallInteger("concentration.accounts_below_1pct")),
        new PlanValue(json.texts("plan.key_accounts"), json.smallInteger("plan.kams"),
            json.smallInteger("plan.status_quo_kams"), json.number("plan.program_cost_mean"),
            json.number("plan.incremental_profit_mean"), json.number("plan.incremental_profit_stderr"),
            json.number("plan.incremental_profit_ci95.0"), json.number("plan.incremental_profit_ci95.1"),
            json.optionalInteger("plan.payback_month"), json.flag("plan.same_as_status_quo"),
            json.texts("plan.made_key"), json.texts("plan.dropped"), changes(json)),
        new StatusQuo(json.texts("status_quo.key_accounts"), json.smallInteger("status_quo.kams"),
            distribution(json, "status_quo.revenue"), distribution(json, "status_quo.profit")),
        shocks,
        impact,
        precision,
        npv);
  }

  private static Distribution distribution(JsonIn json, String name) throws ResultFileException {
    return new Distribution(json.number(name + ".mean"), json.number(name + ".stderr"),
        json.number(name + ".p01"), json.number(name + ".p05"), json.number(name + ".p50"),
        json.number(name + ".p95"), json.number(name + ".p99"));
  }

  private static Npv npv(JsonIn json) throws ResultFileException {
    return new Npv(json.number("npv.discount_rate"),
        json.has("npv.terminal_growth") ? OptionalDouble.of(json.number("npv.terminal_growth"))
            : OptionalDouble.empty(),
        new NpvDistribution(json.number("npv.profit.mean"), json.number("npv.profit.stderr"),
            json.number("npv.profit.p05"), json.number("npv.profit.p50"), json.number("npv.profit.p95")),
        json.number("npv.status_quo_profit_mean"), json.number("npv.incremental_mean"),
        json.number("npv.incremental_stderr"), json.number("npv.incremental_ci95.0"),
        json.number("npv.incremental_ci95.1"), json.optionalInteger("npv.discounted_payback_month"));
  }

  private static Risk risk(JsonIn json, String name) throws ResultFileException {
    return new Risk(json.number(name + ".var95"), json.number(name + ".var99"), json.number(name + ".es95"),
        json.number(name + ".es99"));
  }

  private static PairedLoss loss(JsonIn json, String name) throws ResultFileException {
    return new PairedLoss(json.number(name + ".mean"), json.number(name + ".stderr"),
        json.number(name + ".ci95.0"), json.number(name + ".ci95.1"), json.number(name + ".p50"),
        json.number(name + ".p95"));
  }

  private static List<Summary.PlanChange> changes(JsonIn json) throws ResultFileException {
    if (!json.has("plan.changes")) {
      return List.of();
    }
    List<Summary.PlanChange> changes = new ArrayList<>();
    for (JsonIn c : json.objects("plan.changes")) {
      changes.add(new Summary.PlanChange(c.smallInteger("month"), c.texts("promote"), c.texts("demote"),
          c.smallInteger("kams")));
    }
    return changes;
  }
}
