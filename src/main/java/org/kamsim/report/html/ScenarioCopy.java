package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The settings of the saved {@code scenario.yaml}, for the report's compact table of inputs: one row per
 * top-level setting as written, a section's fields as entries of that row ({@code factor}: persistence 0.9,
 * churn_correlation 0.15, ...), a list of events (shocks) one entry per event, deeper values in YAML flow
 * style.
 *
 * <p>Only for display, and deliberately generic: what the fields mean, their defaults and their validation
 * belong to {@code org.kamsim.scenario}, which needs the portfolio too; the report must render from the
 * result's own files even when the portfolio has moved. A copy that does not parse yields no rows (the text
 * itself is still shown).
 */
final class ScenarioCopy {
  /** One top-level setting and its entries. */
  record Setting(String name, List<Entry> entries) {
    Setting {
      entries = List.copyOf(entries);
    }
  }

  /** A field of a section ({@code key} its name), or a plain value ({@code key} null). */
  record Entry(String key, String value) {}

  private ScenarioCopy() {}

  static Optional<List<Setting>> settings(String yaml) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(20);
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> map)) {
      return Optional.empty();
    }
    List<Setting> settings = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      List<Entry> entries = new ArrayList<>();
      Object value = e.getValue();
      if (value instanceof Map<?, ?> section && !section.isEmpty()) {
        section.forEach((k, v) -> entries.add(new Entry(String.valueOf(k), flow(v))));
      } else if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(v -> v instanceof Map)) {
        list.forEach(v -> entries.add(new Entry(null, flow(v))));
      } else {
        entries.add(new Entry(null, flow(value)));
      }
      settings.add(new Setting(String.valueOf(e.getKey()), entries));
    }
    return Optional.of(settings);
  }

  /** A value in YAML flow style: {@code [A001, A002]}, {@code {lose: top:1, month: 6}}. */
  static String flow(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(k + ": " + flow(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(flow(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    return value.toString();
  }
}
