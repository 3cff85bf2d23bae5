package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamsim.model.Limits;
import org.kamsim.model.Portfolio;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Scoring;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code plan} section and resolves it against the portfolio: {@code {key: [ids]}} or
 * {@code {select: current | top:N | score:N | tier:NAME}}, default {@code {select: current}}. The result is
 * the key set as account ids in portfolio order; staffing it is the caller's business. {@code score:N} and
 * {@code tier:NAME} never choose an account under {@code scoring.min_share}.
 */
final class PlanReader {

  static final List<String> FIELDS = List.of("key", "select", "changes");
  static final List<String> CHANGE_FIELDS = List.of("month", "promote", "demote", "headcount");
  private static final Pattern SELECT = Pattern.compile("(top|score):\\s*(\\d{1,9})");

  /**
   * @param spec how the scenario named the plan, or null when that was wrong
   * @param key the resolved key set in portfolio order, or null when it could not be resolved
   */
  record Choice(PlanSpec spec, List<String> key) {}

  /**
   * One entry of {@code plan.changes}, resolved against the key set before it.
   *
   * @param headcount the headcount it sets, null when it keeps the previous one
   * @param node where it was written, for capacity errors
   * @param path its field path, {@code plan.changes[i]}
   * @param headcountNode where its headcount was written, null when it keeps the previous one
   */
  record PendingChange(int month, List<String> promote, List<String> demote, Integer headcount, Node node,
      String path, Node headcountNode) {}
  private final YamlValues values;
  private final AccountIds ids;
  private final Portfolio portfolio;
  private final Scoring scoring;

  /**
   * @param portfolio the accounts, or null when they could not be read
   * @param scoring the scoring matrix, or null when it was wrong
   */
  PlanReader(YamlValues values, AccountIds ids, Portfolio portfolio, Scoring scoring) {
    this.values = values;
    this.ids = ids;
    this.portfolio = portfolio;
    this.scoring = scoring;
  }

  Choice read(Fields plan) {
    if (!plan.present()) {
      // Absent (or not a mapping, already reported): today's key set.
      return resolve(new PlanSpec.Current(), plan.node(), plan.path());
    }
    if (plan.has("key") == plan.has("select")) {
      values.errors().at(plan.node(), plan.path(), plan.has("key")
          ? "has both key and select (give one)"
          : "expected key: [ids] or select: current | top:N | score:N | tier:NAME");
      return new Choice(null, null);
    }
    if (plan.has("key")) {
      List<String> key = ids.list(plan.value("key"), plan.path("key"));
      return key == null ? new Choice(null, null) : resolve(new PlanSpec.KeyIds(key), plan.value("key"), plan.path("key"));
    }
    Node node = plan.value("select");
    String path = plan.path("select");
    String text = values.text(node, path);
    if (text == null) {
      return new Choice(null, null);
    }
    if (text.equals("current")) {
      return resolve(new PlanSpec.Current(), node, path);
    }
    return selector(text, node, path);
  }

  /** A {@code top:N}, {@code score:N} or {@code tier:NAME} selector, resolved. */
  private Choice selector(String text, Node node, String path) {
    if (text.startsWith(SelectorParser.TIER_PREFIX)) {
      String tier = text.substring(SelectorParser.TIER_PREFIX.length()).strip();
      if (tier.isEmpty()) {
        values.errors().at(node, path, "tier: needs a tier name, was \"" + text + "\"");
        return new Choice(null, null);
      }
      return SelectorParser.knownTier(values, scoring, tier, node, path)
          ? resolve(new PlanSpec.AtLeastTier(tier), node, path) : new Choice(null, null);
    }
    Matcher m = SELECT.matcher(text);
    if (!m.matches()) {
      values.errors().at(node, path, "expected current, top:N, score:N or tier:NAME, was \"" + text + "\"");
      return new Choice(null, null);
    }
    int n = Integer.parseInt(m.group(2));
    PlanSpec spec = m.group(1).equals("top") ? new PlanSpec.TopRevenue(n) : new PlanSpec.TopScore(n);
    return resolve(spec, node, path);
  }

  private Choice resolve(PlanSpec spec, Node node, String path) {
    if (portfolio == null) {
      return new Choice(spec, null);
    }
    int[] order = null;
    int n = 0;
    if (spec instanceof PlanSpec.TopRevenue top) {
      order = portfolio.byRevenueDescending();
      n = top.n();
    } else if (spec instanceof PlanSpec.TopScore top) {
      if (portfolio.criteria().isEmpty()) {
        values.errors().at(node, path, "score:" + top.n() + " needs criteria columns in the portfolio, which has none");
        return new Choice(spec, null);
      }
      if (scoring == null) {
        return new Choice(spec, null); // the scoring section is wrong, and says so
      }
      order = scoring.eligibleRank(portfolio);
      n = top.n();
      if (n <= portfolio.size() && n > order.length) {
        values.errors().at(node, path, "asks for " + n + " accounts, only " + order.length + " of the "
            + portfolio.size() + " have at least scoring.min_share " + Range.show(scoring.minShare())
            + " of today's revenue");
        return new Choice(spec, null);
      }
    }
    if (order != null && n > portfolio.size()) {
      values.errors().at(node, path, "asks for " + n + " accounts, the portfolio has " + portfolio.size());
      return new Choice(spec, null);
    }
    Set<String> chosen = new HashSet<>();
    if (spec instanceof PlanSpec.KeyIds keyIds) {
      chosen.addAll(keyIds.ids());
    } else if (spec instanceof PlanSpec.AtLeastTier tier) {
      boolean[] mask = scoring.atLeastTier(portfolio, scoring.tierIndex(tier.tier()));
      for (int i = 0; i < mask.length; i++) {
        if (mask[i]) {
          chosen.add(portfolio.get(i).id());
        }
      }
    } else if (spec instanceof PlanSpec.Current) {
      portfolio.keyToday().forEach(i -> chosen.add(portfolio.get(i).id()));
    } else {
      for (int i = 0; i < n; i++) {
        chosen.add(portfolio.get(order[i]).id());
      }
    }
    return new Choice(spec, inPortfolioOrder(chosen));
  }

  /**
   * Reads {@code plan.changes} (MODEL.md, "Phased plans"): months strictly increasing in 2..T, each
   * promoting and demoting against the key set before it. Returns the changes in file order (none when
   * absent), or null when an error was recorded; capacity is the caller's check, as for month 1.
   *
   * @param month1 the month-1 key set, or null when it could not be resolved
   * @param horizon the horizon, or null when it was invalid
   */
  List<PendingChange> changes(Fields plan, List<String> month1, Integer horizon) {
    if (!plan.present() || !plan.has("changes")) {
      return List.of();
    }
    List<Node> items = values.list(plan.value("changes"), plan.path("changes"));
    if (items == null) {
      return null;
    }
    Set<String> key = month1 == null ? null : new HashSet<>(month1);
    Set<String> demoted = new HashSet<>();
    if (portfolio != null && key != null) {
      portfolio.keyToday().forEach(i -> {
        if (!key.contains(portfolio.get(i).id())) {
          demoted.add(portfolio.get(i).id());
        }
      });
    }
    List<PendingChange> changes = new ArrayList<>();
    boolean ok = true;
    int previous = 1;
    for (int i = 0; i < items.size(); i++) {
      String path = plan.path("changes") + "[" + i + "]";
      Fields change = Fields.of(values, items.get(i), path, CHANGE_FIELDS);
      if (!change.present()) {
        ok = false;
        continue;
      }
      Node monthNode = change.required("month", "the first month of the phase, in 2..horizon_months");
      Integer month = monthNode == null ? null : values.integer(monthNode, change.path("month"),
          Range.closed(2, horizon == null ? Integer.MAX_VALUE : horizon));
      if (month != null && month <= previous && i > 0) {
        values.errors().at(monthNode, change.path("month"),
            "months must be strictly increasing, was " + month + " after " + previous);
        month = null;
      }
      Integer headcount = change.has("headcount")
          ? values.integer(change.value("headcount"), change.path("headcount"),
              Range.closed(0, Limits.MAX_HEADCOUNT))
          : null;
      if (!change.has("promote") && !change.has("demote") && !change.has("headcount")) {
        values.errors().at(items.get(i), path, "expected promote, demote or headcount");
        ok = false;
      }
      List<String> promote = change.has("promote") ? members(change, "promote", key, demoted, month) : List.of();
      List<String> demote = change.has("demote") ? members(change, "demote", key, demoted, month) : List.of();
      if (month == null || promote == null || demote == null || (change.has("headcount") && headcount == null)) {
        ok = false;
        continue;
      }
      previous = month;
      changes.add(new PendingChange(month, promote, demote, headcount, items.get(i), path,
          change.has("headcount") ? change.value("headcount") : null));
    }
    return ok ? changes : null;
  }

  /**
   * The accounts a change's {@code promote} or {@code demote} moves, in portfolio order, updating {@code key}
   * and {@code demoted}; null when an error was recorded. A selector moves those it selects that can move; a
   * listed id that cannot is an error, and so is promoting an account that was demoted.
   */
  private List<String> members(Fields change, String field, Set<String> key, Set<String> demoted,
      Integer month) {
    boolean promote = field.equals("promote");
    Node node = change.value(field);
    String path = change.path(field);
    List<String> chosen;
    boolean listed = !(node instanceof ScalarNode);
    if (listed) {
      chosen = ids.list(node, path);
    } else {
      String text = values.text(node, path);
      if (text == null) {
        return null;
      }
      if (text.equals("current")) {
        values.errors().at(node, path, "expected a list of ids, top:N, score:N or tier:NAME, was \"current\"");
        return null;
      }
      chosen = selector(text, node, path).key();
    }
    if (chosen == null || key == null) {
      return null;
    }
    List<String> moved = new ArrayList<>();
    String when = month == null ? "" : " in month " + month;
    for (String id : chosen) {
      if (promote && demoted.contains(id)) {
        values.errors().at(node, path, "account \"" + id + "\" was demoted and cannot be promoted again");
        return null;
      }
      if (key.contains(id) == promote) {
        if (listed) {
          values.errors().at(node, path, "account \"" + id + "\" is " + (promote ? "already" : "not")
              + " key" + when);
          return null;
        }
        continue;
      }
      moved.add(id);
    }
    for (String id : moved) {
      if (promote) {
        key.add(id);
      } else {
        key.remove(id);
        demoted.add(id);
      }
    }
    return inPortfolioOrder(new HashSet<>(moved));
  }

  private List<String> inPortfolioOrder(Set<String> chosen) {
    List<String> key = new ArrayList<>();
    for (int i = 0; i < portfolio.size(); i++) {
      if (chosen.contains(portfolio.get(i).id())) {
        key.add(portfolio.get(i).id());
      }
    }
    return key;
  }
}
