package org.kamsim.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.model.SensitivitySpec;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code sensitivity} section: the measure and, per input, a {@code [low, high]} range within what
 * the input may take ({@link SensitivityParameter}); absent fields take {@link SensitivitySpec#DEFAULT}.
 */
final class SensitivityReader {

  static final List<String> FIELDS = List.of("measure", "ranges");

  private final YamlValues values;

  SensitivityReader(YamlValues values) {
    this.values = values;
  }

  /** The settings, or null when an error was recorded. */
  SensitivitySpec read(Fields f) {
    SensitivityMeasure measure = measure(f);
    Map<SensitivityParameter, SensitivitySpec.Bounds> ranges = new EnumMap<>(SensitivityParameter.class);
    boolean ok = true;
    if (f.has("ranges")) {
      Fields r = Fields.of(values, f.value("ranges"), f.path("ranges"), SensitivityParameter.names());
      ok = r.present();
      for (String name : r.names()) {
        SensitivityParameter p = SensitivityParameter.parse(name);
        SensitivitySpec.Bounds bounds = bounds(r.value(name), r.path(name), p);
        if (bounds == null) {
          ok = false;
        } else {
          ranges.put(p, bounds);
        }
      }
    }
    if (measure == null || !ok) {
      return null;
    }
    return values.build(f.node(), () -> new SensitivitySpec(measure, ranges));
  }

  private SensitivityMeasure measure(Fields f) {
    if (!f.has("measure")) {
      return SensitivitySpec.DEFAULT.measure();
    }
    String text = values.text(f.value("measure"), f.path("measure"));
    if (text == null) {
      return null;
    }
    SensitivityMeasure measure = SensitivityMeasure.parse(text);
    if (measure == null) {
      values.errors().at(f.value("measure"), f.path("measure"), SensitivityMeasure.unknown(text));
    }
    return measure;
  }

  /** {@code [low, high]}: two values the input may take, low not above high; null (an error recorded) if not. */
  private SensitivitySpec.Bounds bounds(Node node, String path, SensitivityParameter p) {
    List<Node> items = values.list(node, path);
    if (items == null) {
      return null;
    }
    if (items.size() != 2) {
      values.errors().at(node, path, "expected [low, high], two numbers, was a list of " + items.size());
      return null;
    }
    Range range = range(p);
    Double low = value(items.get(0), path + "[0]", p, range);
    Double high = value(items.get(1), path + "[1]", p, range);
    if (low == null || high == null) {
      return null;
    }
    if (low > high) {
      values.errors().at(node, path, "must be [low, high] with low <= high, was [" + Range.show(low) + ", "
          + Range.show(high) + "]");
      return null;
    }
    return new SensitivitySpec.Bounds(low, high);
  }

  private Double value(Node node, String path, SensitivityParameter p, Range range) {
    if (p.integer()) {
      Integer k = values.integer(node, path, range);
      return k == null ? null : Double.valueOf(k);
    }
    return values.number(node, path, range);
  }

  /** What the input may take, as the scenario's own field says it (months: any whole number >= 0). */
  private static Range range(SensitivityParameter p) {
    boolean unbounded = p.hi() == Double.POSITIVE_INFINITY || p.integer() && p.hi() >= Integer.MAX_VALUE;
    return unbounded ? new Range(p.lo(), p.loOpen(), Double.POSITIVE_INFINITY, true)
        : new Range(p.lo(), p.loOpen(), p.hi(), p.hiOpen());
  }
}
