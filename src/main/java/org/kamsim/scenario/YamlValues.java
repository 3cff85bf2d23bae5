package org.kamsim.scenario;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values from SnakeYAML nodes. Every method either returns the value or records an error at the
 * node (naming the field path, what was expected and what was there) and returns null; so a null result
 * always means an error has been recorded, and callers need not report it again.
 *
 * <p>Types follow the YAML tags that SnakeYAML resolved: {@code 10.5} is a float and not an integer,
 * {@code "100"} (quoted) is a string and not a number. Integers are accepted where numbers are expected.
 */
final class YamlValues {

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  /** Borrows SnakeYAML's scalar constructors, so that numbers mean what YAML says (1_000, 0x1F, .inf). */
  private static final class NumberConstructor extends SafeConstructor {
    NumberConstructor() {
      super(new LoaderOptions());
    }

    Object construct(ScalarNode node) {
      return constructObject(node);
    }
  }

  private final Errors errors;
  private final NumberConstructor constructor = new NumberConstructor();

  YamlValues(Errors errors) {
    this.errors = errors;
  }

  Errors errors() {
    return errors;
  }

  /** A finite number in {@code range}. */
  Double number(Node node, String path, Range range) {
    Object value = numeric(node);
    if (!(value instanceof Number number)) {
      errors.at(node, path, "expected a number, was " + describe(node));
      return null;
    }
    double x = number.doubleValue();
    String raw = ((ScalarNode) node).getValue();
    if (!Double.isFinite(x)) {
      errors.at(node, path, "must be a finite number, was " + raw);
      return null;
    }
    if (!range.contains(x)) {
      errors.at(node, path, range.violation(raw));
      return null;
    }
    return x;
  }

  /** An integer in {@code range} that fits an {@code int}. */
  Integer integer(Node node, String path, Range range) {
    BigInteger big = bigInteger(node, path);
    if (big == null) {
      return null;
    }
    String raw = ((ScalarNode) node).getValue();
    boolean fits = big.compareTo(INT_MIN) >= 0 && big.compareTo(INT_MAX) <= 0;
    if (!fits && big.signum() > 0 && range.hi() == Double.POSITIVE_INFINITY) {
      errors.at(node, path, "must be at most " + Integer.MAX_VALUE + ", was " + raw);
      return null;
    }
    if (!fits || !range.contains(big.intValue())) {
      errors.at(node, path, range.violation(raw));
      return null;
    }
    return big.intValue();
  }

  /** Any integer that fits a {@code long}. */
  Long int64(Node node, String path) {
    BigInteger big = bigInteger(node, path);
    if (big == null) {
      return null;
    }
    if (big.bitLength() > 63) {
      errors.at(node, path, "must fit in 64 bits (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + "), was "
          + ((ScalarNode) node).getValue());
      return null;
    }
    return big.longValue();
  }

  /**
   * The text of a scalar, as written and trimmed. Any non-null scalar will do, so that an account id such as
   * {@code 1001} is read as the text the CSV has, not as a number.
   */
  String text(Node node, String path) {
    if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(node.getTag())) {
      errors.at(node, path, "expected a string, was " + describe(node));
      return null;
    }
    String text = scalar.getValue().strip();
    if (text.isEmpty()) {
      errors.at(node, path, "must not be empty");
      return null;
    }
    return text;
  }

  /** The items of a YAML list. */
  List<Node> list(Node node, String path) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    errors.at(node, path, "expected a list, was " + describe(node));
    return null;
  }

  /**
   * Builds a model record from values already validated here. Should its own check still object, the
   * objection becomes an error at {@code node} (the records' messages name the field) instead of a trace.
   */
  <T> T build(Node node, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      errors.at(node, "", e.getMessage());
      return null;
    }
  }

  /** What a node is, for "was ..." in a message: a scalar as written (strings quoted), or its kind. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode scalar = (ScalarNode) node;
    if (Tag.NULL.equals(scalar.getTag())) {
      return scalar.getValue().isEmpty() ? "nothing" : scalar.getValue();
    }
    if (Tag.STR.equals(scalar.getTag())) {
      return "\"" + scalar.getValue() + "\"";
    }
    return scalar.getValue();
  }

  private BigInteger bigInteger(Node node, String path) {
    Object value = Tag.INT.equals(node.getTag()) ? numeric(node) : null;
    if (value instanceof Integer || value instanceof Long) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return big;
    }
    errors.at(node, path, "expected an integer, was " + describe(node));
    return null;
  }

  private Object numeric(Node node) {
    if (node instanceof ScalarNode scalar
        && (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag()))) {
      try {
        return constructor.construct(scalar);
      } catch (RuntimeException e) {
        return null; // a resolver pattern the constructor cannot read; reported as "expected ..."
      }
    }
    return null;
  }
}
