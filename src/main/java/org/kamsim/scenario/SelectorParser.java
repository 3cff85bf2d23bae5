package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scoring;
import org.kamsim.model.Selector;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses selectors (MODEL.md, "Selectors") once, into {@link Selector} values: {@code all}, {@code key},
 * {@code standard}, {@code segment=X}, {@code region=X}, {@code id=A,B}, {@code top:N} and {@code tier:NAME}. A
 * YAML list of ids is also accepted and means {@code id=...} ("named accounts").
 *
 * <p>Whatever would make a selector select nothing by mistake is an error: an unknown id, a segment or region
 * that no account has (almost certainly a typo), {@code top:N} beyond the portfolio, a tier that
 * {@code scoring.tiers} does not name.
 */
final class SelectorParser {

  static final String SYNTAX = "all, key, standard, segment=X, region=X, id=A,B, top:N or tier:NAME";
  static final String TIER_PREFIX = "tier:";
  private static final Pattern TOP = Pattern.compile("top:\\s*(\\d{1,9})");

  private final YamlValues values;
  private final AccountIds ids;
  private final Portfolio portfolio;
  private final Scoring scoring;

  /**
   * @param portfolio the accounts, or null when the portfolio could not be read (syntax is then all we check)
   * @param scoring the scoring matrix, or null when it was wrong (and said so)
   */
  SelectorParser(YamlValues values, AccountIds ids, Portfolio portfolio, Scoring scoring) {
    this.values = values;
    this.ids = ids;
    this.portfolio = portfolio;
    this.scoring = scoring;
  }

  /** The selector a node names, or null when an error was recorded. */
  Selector read(Node node, String path) {
    if (node instanceof SequenceNode) {
      List<String> list = ids.list(node, path);
      if (list == null) {
        return null;
      }
      if (list.isEmpty()) {
        values.errors().at(node, path, "must name at least one account");
        return null;
      }
      return new Selector.Ids(list);
    }
    String text = values.text(node, path);
    return text == null ? null : parse(text, node, path);
  }

  private Selector parse(String text, Node node, String path) {
    switch (text) {
      case "all":
        return new Selector.All();
      case "key":
        return new Selector.Key();
      case "standard":
        return new Selector.Standard();
      default:
        break;
    }
    if (text.startsWith("segment=")) {
      String segment = label(text.substring(8), "segment", Account::segment, node, path);
      return segment == null ? null : new Selector.Segment(segment);
    }
    if (text.startsWith("region=")) {
      String region = label(text.substring(7), "region", Account::region, node, path);
      return region == null ? null : new Selector.Region(region);
    }
    if (text.startsWith("id=")) {
      return idList(text, node, path);
    }
    if (text.startsWith(TIER_PREFIX)) {
      String tier = text.substring(TIER_PREFIX.length()).strip();
      return knownTier(values, scoring, tier, node, path) ? new Selector.Tier(tier, scoring) : null;
    }
    Matcher top = TOP.matcher(text);
    if (top.matches()) {
      int n = Integer.parseInt(top.group(1));
      int size = portfolio == null ? Integer.MAX_VALUE : portfolio.size();
      if (n < 1 || n > size) {
        values.errors().at(node, path, "top:N needs N in [1, " + size + "] (the number of accounts), was " + text);
        return null;
      }
      return new Selector.Top(n);
    }
    String hint = ids.exists(text) ? "; to name an account write id=" + text : "";
    values.errors().at(node, path, "unknown selector \"" + text + "\" (expected " + SYNTAX + hint + ")");
    return null;
  }

  /** The segment or region after "segment=" / "region=", which some account must have. */
  private String label(String value, String kind, Function<Account, String> of, Node node, String path) {
    String label = value.strip();
    if (label.isEmpty()) {
      values.errors().at(node, path, kind + "= needs a " + kind + " name");
      return null;
    }
    if (portfolio == null) {
      return label;
    }
    TreeSet<String> known = new TreeSet<>();
    portfolio.accounts().stream().map(of).filter(s -> !s.isEmpty()).forEach(known::add);
    if (!known.contains(label)) {
      String list = known.isEmpty() ? "no account has a " + kind : kind + "s: " + String.join(", ", known);
      values.errors().at(node, path, "no account has " + kind + " \"" + label + "\" (" + list + ")");
      return null;
    }
    return label;
  }

  private Selector idList(String text, Node node, String path) {
    List<String> list = new ArrayList<>();
    boolean ok = true;
    for (String part : text.substring(3).split(",", -1)) {
      String id = part.strip();
      if (id.isEmpty()) {
        values.errors().at(node, path, "empty account id in \"" + text + "\"");
        ok = false;
      } else if (!ids.check(id, node, path)) {
        ok = false;
      } else {
        list.add(id);
      }
    }
    return ok ? new Selector.Ids(list) : null;
  }

  /**
   * Whether {@code tier} is a tier of {@code scoring}; records an error naming it (and the tiers there are)
   * when not. False without an error when the scoring section was wrong, which has its own error.
   */
  static boolean knownTier(YamlValues values, Scoring scoring, String tier, Node node, String path) {
    if (scoring == null) {
      return false;
    }
    if (scoring.tierIndex(tier) >= 0) {
      return true;
    }
    String known = scoring.tiers().isEmpty() ? "scoring.tiers names none"
        : "tiers: " + String.join(", ", scoring.tiers().stream().map(Scoring.Tier::name).toList());
    values.errors().at(node, path, "unknown tier \"" + tier + "\" (" + known + ")");
    return false;
  }
}
