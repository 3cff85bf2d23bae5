package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.Checks;
import org.kamsim.model.Limits;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code shocks} list (MODEL.md, "Scenario shocks"). Each item is a mapping with exactly one kind
 * key: {@code {lose: SELECTOR, month: M}}, or {@code {churn_shock | growth_shock | margin_shock: X,
 * select: SELECTOR, from: A, to: B}} where {@code select} defaults to {@code all}, {@code from} to 1 and
 * {@code to} to the horizon.
 */
final class ShockReader {

  private static final List<String> KINDS = List.of("lose", "churn_shock", "growth_shock", "margin_shock");
  /** The fields of a shock other than its kind. */
  private static final List<String> OTHER_FIELDS = List.of("month", "select", "from", "to");

  private final YamlValues values;
  private final SelectorParser selectors;
  private final Portfolio portfolio;
  private final Range months;
  private final int horizon;

  /**
   * @param portfolio the accounts, or null when they could not be read
   * @param horizon the horizon in months, or null when it was invalid (months are then only checked >= 1)
   */
  ShockReader(YamlValues values, SelectorParser selectors, Portfolio portfolio, Integer horizon) {
    this.values = values;
    this.selectors = selectors;
    this.portfolio = portfolio;
    this.months = horizon == null ? Range.atLeast(1) : Range.closed(1, horizon);
    this.horizon = horizon == null ? Integer.MAX_VALUE : horizon;
  }

  /** The shocks in file order (none when absent), or null when an error was recorded. */
  List<Shock> read(Node node, String path) {
    if (node == null) {
      return List.of();
    }
    List<Node> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    List<Shock> shocks = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      Shock shock = shock(items.get(i), path + "[" + i + "]");
      ok &= shock != null;
      shocks.add(shock);
    }
    return ok && growthShocksStayBounded(shocks, items, path) ? shocks : null;
  }

  /**
   * Growth shocks add up where their windows overlap, and growth compounds: together they may add at most
   * {@link Limits#MAX_GROWTH} to the annual growth of any month (see {@link Limits}). Counted whichever
   * accounts they select, which errs only for shocks of several hundred percent on disjoint accounts.
   */
  private boolean growthShocksStayBounded(List<Shock> shocks, List<Node> items, String path) {
    int months = 0;
    for (Shock shock : shocks) {
      if (shock instanceof Shock.GrowthShock g) {
        months = Math.max(months, g.to());
      }
    }
    double[] added = new double[months + 1];
    for (int i = 0; i < shocks.size(); i++) {
      if (!(shocks.get(i) instanceof Shock.GrowthShock g) || !(g.add() > 0)) {
        continue;
      }
      for (int t = g.from(); t <= g.to(); t++) {
        added[t] += g.add();
        if (added[t] > Limits.MAX_GROWTH) {
          List<String> others = new ArrayList<>();
          for (int j = 0; j < i; j++) {
            if (shocks.get(j) instanceof Shock.GrowthShock o && o.add() > 0 && o.from() <= t && t <= o.to()) {
              others.add(path + "[" + j + "]");
            }
          }
          values.errors().at(valueOf(items.get(i), "growth_shock"), path + "[" + i + "].growth_shock",
              "with " + String.join(", ", others) + " it adds " + Range.show(added[t])
                  + " to the annual growth of month " + t + " (growth shocks may add at most "
                  + Checks.fmt(Limits.MAX_GROWTH) + " together)");
          return false;
        }
      }
    }
    return true;
  }

  private Shock shock(Node node, String path) {
    if (!(node instanceof MappingNode mapping)) {
      values.errors().at(node, path,
          "expected a mapping with one of " + String.join(", ", KINDS) + ", was " + YamlValues.describe(node));
      return null;
    }
    List<String> kinds = new ArrayList<>();
    List<ScalarNode> unknown = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        if (KINDS.contains(key.getValue())) {
          kinds.add(key.getValue());
        } else if (!OTHER_FIELDS.contains(key.getValue())) {
          unknown.add(key);
        }
      }
    }
    if (kinds.isEmpty() && !unknown.isEmpty()) {
      // Most likely the kind, misspelt ("loose"): say so where it is written, not that the kind is missing.
      for (ScalarNode key : unknown) {
        values.errors().at(key, path + "." + key.getValue(),
            "unknown field (expected one of " + String.join(", ", KINDS) + ")");
      }
      return null;
    }
    if (kinds.size() != 1) {
      String problem = kinds.isEmpty()
          ? "missing the kind of shock (one of " + String.join(", ", KINDS) + ")"
          : "has both " + kinds.get(0) + " and " + kinds.get(1) + " (a shock has exactly one kind)";
      values.errors().at(node, path, problem);
      return null;
    }
    String kind = kinds.get(0);
    return kind.equals("lose") ? lose(node, path) : window(kind, node, path);
  }

  /** The value of {@code key} in a shock that was read, so is a mapping with that key. */
  private static Node valueOf(Node shock, String key) {
    for (NodeTuple tuple : ((MappingNode) shock).getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    throw new IllegalStateException("no " + key + " in a shock read as one");
  }

  private Shock lose(Node node, String path) {
    Fields f = Fields.of(values, node, path, List.of("lose", "month"));
    Selector selector = selectors.read(f.value("lose"), f.path("lose"));
    Node monthNode = f.required("month", "the month the accounts are lost, 1.." + horizonText());
    Integer month = monthNode == null ? null : values.integer(monthNode, f.path("month"), months);
    if (selector == null || month == null) {
      return null;
    }
    return values.build(node, () -> new Shock.Lose(selector, month));
  }

  private Shock window(String kind, Node node, String path) {
    Fields f = Fields.of(values, node, path, List.of(kind, "select", "from", "to"));
    // A shock's size is bounded where it compounds (growth, see Limits) and where nothing larger has a
    // meaning (margin, a fraction in [0, 1]); a churn multiplier needs no ceiling, as churn is capped at 1.
    Range range = switch (kind) {
      case "churn_shock" -> Range.atLeast(0);
      case "growth_shock" -> Range.atMost(Limits.MAX_GROWTH);
      default -> Range.closed(-Limits.MAX_MARGIN_SHOCK, Limits.MAX_MARGIN_SHOCK);
    };
    Double x = values.number(f.value(kind), f.path(kind), range);
    Selector selector = f.has("select") ? selectors.read(f.value("select"), f.path("select")) : new Selector.All();
    Integer from = f.integer("from", 1, months);
    Integer to = f.integer("to", horizon, months);
    if (from != null && to != null && to < from) {
      values.errors().at(f.value("to"), f.path("to"), "must be >= from (" + from + "), was " + to);
      return null;
    }
    if (x == null || selector == null || from == null || to == null) {
      return null;
    }
    if (kind.equals("growth_shock") && !growthStaysAboveMinusOne(x, selector, f)) {
      return null;
    }
    return values.<Shock>build(node, () -> switch (kind) {
      case "churn_shock" -> new Shock.ChurnShock(x, selector, from, to);
      case "growth_shock" -> new Shock.GrowthShock(x, selector, from, to);
      default -> new Shock.MarginShock(x, selector, from, to);
    });
  }

  /**
   * Annual growth must stay above -100% for every account the shock may hit (for {@code key} and
   * {@code standard}, that is any account, since the plan being evaluated may change).
   */
  private boolean growthStaysAboveMinusOne(double x, Selector selector, Fields f) {
    if (portfolio == null) {
      return true;
    }
    boolean[] asKey = selector.mask(portfolio, true);
    boolean[] asStandard = selector.mask(portfolio, false);
    for (int i = 0; i < portfolio.size(); i++) {
      Account a = portfolio.get(i);
      if ((asKey[i] || asStandard[i]) && !(a.growth() + x > -1)) {
        values.errors().at(f.value("growth_shock"), f.path("growth_shock"),
            Range.show(x) + " would take the annual growth of account " + a.id() + " to "
                + Range.show(a.growth() + x) + " (growth must stay > -1)");
        return false;
      }
    }
    return true;
  }

  private String horizonText() {
    return horizon == Integer.MAX_VALUE ? "horizon_months" : Integer.toString(horizon);
  }
}
