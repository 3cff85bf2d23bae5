package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamsim.model.Portfolio;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Scoring;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code plan} section and resolves it against the portfolio: {@code {key: [ids]}} or
 * {@code {select: current | top:N | score:N | tier:NAME}}, default {@code {select: current}}. The result is
 * the key set as account ids in portfolio order; staffing it is the caller's business. {@code score:N} and
 * {@code tier:NAME} never choose an account under {@code scoring.min_share}.
 */
final class PlanReader {

  static final List<String> FIELDS = List.of("key", "select");
  private static final Pattern SELECT = Pattern.compile("(top|score):\\s*(\\d{1,9})");

  /**
   * @param spec how the scenario named the plan, or null when that was wrong
   * @param key the resolved key set in portfolio order, or null when it could not be resolved
   */
  record Choice(PlanSpec spec, List<String> key) {}

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
