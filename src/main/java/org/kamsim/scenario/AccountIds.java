package org.kamsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks account ids written in the scenario against the portfolio. Without a portfolio (it failed to load,
 * and that is reported already) ids are read but not checked, so that the scenario's own errors are still
 * all found.
 */
final class AccountIds {

  private final YamlValues values;
  private final Portfolio portfolio;

  /** @param portfolio the accounts, or null when the portfolio could not be read */
  AccountIds(YamlValues values, Portfolio portfolio) {
    this.values = values;
    this.portfolio = portfolio;
  }

  /** A YAML list of distinct, existing account ids, as written; null when an error was recorded. */
  List<String> list(Node node, String path) {
    List<Node> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      String itemPath = path + "[" + i + "]";
      String id = values.text(items.get(i), itemPath);
      if (id == null) {
        ok = false;
      } else if (seen.containsKey(id)) {
        values.errors().at(items.get(i), itemPath,
            "account \"" + id + "\" is listed twice (also " + path + "[" + seen.get(id) + "])");
        ok = false;
      } else if (!check(id, items.get(i), itemPath)) {
        ok = false;
      } else {
        seen.put(id, i);
        ids.add(id);
      }
    }
    return ok ? ids : null;
  }

  /** Whether {@code id} is an account; records an error at {@code node} when it is not. */
  boolean check(String id, Node node, String path) {
    if (portfolio == null || portfolio.indexOf(id).isPresent()) {
      return true;
    }
    String hint = portfolio.accounts().stream().map(Account::id).filter(id::equalsIgnoreCase).findFirst()
        .map(near -> " (ids are case-sensitive: did you mean \"" + near + "\"?)").orElse("");
    values.errors().at(node, path, "unknown account id \"" + id + "\"" + hint);
    return false;
  }

  /** Whether the portfolio has an account with this id (false without a portfolio). */
  boolean exists(String id) {
    return portfolio != null && portfolio.indexOf(id).isPresent();
  }
}
