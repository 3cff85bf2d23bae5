package org.kamsim.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads back one JSON file of a run, with accessors by dotted path ({@code "plan.kams"}) that name the file
 * and the path when a value is missing or of the wrong type. Numbers that Jackson wrote as strings because
 * they are not finite ({@code "NaN"}, {@code "Infinity"}) read back as doubles.
 *
 * <p>The tree is built from jackson-core's streaming parser rather than by an {@code ObjectMapper}, whose
 * first use is slow (see {@link Json}); it holds the same nodes {@code ObjectMapper.readTree} would.
 */
final class JsonInput {
  private final Path file;
  private final JsonNode root;
  /** Where {@code root} is in the file, for messages: {@code ""} or for example {@code "baselines.0."}. */
  private final String prefix;

  private JsonInput(Path file, JsonNode root, String prefix) {
    this.file = file;
    this.root = root;
    this.prefix = prefix;
  }

  /** Parses {@code file}, which must hold one JSON object. */
  static JsonInput read(Path file) throws ReportInputException {
    String text = CsvInput.text(file);
    JsonNode root;
    try {
      root = parse(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ReportInputException(file, where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ReportInputException(file, "not a JSON object");
    }
    return new JsonInput(file, root, "");
  }

  /** The first value of {@code text} as a tree (null if there is none); what follows it is not read. */
  private static JsonNode parse(String text) throws JsonProcessingException {
    try (JsonParser in = Json.FACTORY.createParser(text)) {
      return in.nextToken() == null ? null : value(in);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail: " + e, e);
    }
  }

  /** The value starting at the parser's current token. */
  private static JsonNode value(JsonParser in) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = in.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = nodes.objectNode();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          in.nextToken();
          object.set(name, value(in));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = nodes.arrayNode();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(in));
        }
        return array;
      case VALUE_STRING:
        return nodes.textNode(in.getText());
      case VALUE_NUMBER_INT:
        return switch (in.getNumberType()) {
          case INT -> nodes.numberNode(in.getIntValue());
          case LONG -> nodes.numberNode(in.getLongValue());
          default -> nodes.numberNode(in.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(in.getDoubleValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(in, "unexpected " + token);
    }
  }

  boolean has(String path) {
    JsonNode node = find(path);
    return node != null && !node.isNull();
  }

  double number(String path) throws ReportInputException {
    JsonNode node = require(path);
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      switch (node.asText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw wrong(path, "a number", node);
  }

  /** The number at {@code path}, or NaN when it is absent or null. */
  double numberOrNaN(String path) throws ReportInputException {
    return has(path) ? number(path) : Double.NaN;
  }

  long integer(String path) throws ReportInputException {
    JsonNode node = require(path);
    if (!node.canConvertToLong() || !node.isIntegralNumber()) {
      throw wrong(path, "an integer", node);
    }
    return node.longValue();
  }

  int smallInteger(String path) throws ReportInputException {
    long value = integer(path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw wrong(path, "an int", require(path));
    }
    return (int) value;
  }

  /** An integer that may be null, such as {@code plan.payback_month}. */
  OptionalInt optionalInteger(String path) throws ReportInputException {
    require(path);
    return has(path) ? OptionalInt.of(smallInteger(path)) : OptionalInt.empty();
  }

  String text(String path) throws ReportInputException {
    JsonNode node = require(path);
    if (!node.isTextual()) {
      throw wrong(path, "a string", node);
    }
    return node.asText();
  }

  /** The string at {@code path}, or null when it is absent or null. */
  String textOrNull(String path) throws ReportInputException {
    return has(path) ? text(path) : null;
  }

  List<String> strings(String path) throws ReportInputException {
    JsonNode node = require(path);
    if (!node.isArray()) {
      throw wrong(path, "an array of strings", node);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw wrong(path, "an array of strings", node);
      }
      values.add(element.asText());
    }
    return values;
  }

  List<JsonInput> objects(String path) throws ReportInputException {
    JsonNode node = require(path);
    if (!node.isArray()) {
      throw wrong(path, "an array of objects", node);
    }
    List<JsonInput> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (!element.isObject()) {
        throw wrong(path, "an array of objects", node);
      }
      values.add(new JsonInput(file, element, prefix + path + "." + i + "."));
    }
    return values;
  }

  private JsonNode require(String path) throws ReportInputException {
    JsonNode node = find(path);
    if (node == null) {
      throw new ReportInputException(file, prefix + path + ": missing");
    }
    return node;
  }

  /** The node at a dotted path, where a numeric part indexes an array; null if absent. */
  private JsonNode find(String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      if (node == null) {
        return null;
      }
      node = node.isArray() && part.matches("[0-9]+") ? node.get(Integer.parseInt(part)) : node.get(part);
    }
    return node;
  }

  private ReportInputException wrong(String path, String expected, JsonNode node) {
    String shown = node.toString();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    return new ReportInputException(file, prefix + path + ": must be " + expected + ", was " + shown);
  }
}
