package org.kamsim.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads back one JSON file of a result, with accessors by dotted path ({@code "plan.kams"},
 * {@code "baselines.0.name"}) that name the file and the path when a value is missing or of the wrong type.
 * Numbers must be finite decimals: {@code 1e999}, {@code "NaN"} or {@code "Infinity"} are refused, as no
 * kamsim file holds them.
 *
 * <p>The tree is plain Java ({@code Map}, {@code List}, {@code String}, {@code Double}, {@code Long},
 * {@code Boolean}, null) built from jackson-core's streaming parser.
 */
public final class JsonIn {
  private static final JsonFactory FACTORY = new JsonFactory();
  /** Marks an explicit JSON {@code null}, which a map of values cannot hold apart from "absent". */
  private static final Object NULL = new Object();

  private final Path file;
  private final Map<String, Object> root;
  /** Where {@code root} is in the file, for messages: {@code ""} or for example {@code "baselines.0."}. */
  private final String prefix;

  private JsonIn(Path file, Map<String, Object> root, String prefix) {
    this.file = file;
    this.root = root;
    this.prefix = prefix;
  }

  /** Parses {@code file}, which must be a regular file holding one JSON object. */
  public static JsonIn read(Path file) throws ResultFileException {
    return parse(file, ResultFiles.text(file));
  }

  /** Parses {@code text}, the content of {@code file} (which names it in messages). */
  public static JsonIn parse(Path file, String text) throws ResultFileException {
    Object value;
    try (JsonParser in = FACTORY.createParser(text)) {
      value = in.nextToken() == null ? null : value(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ResultFileException(file, where, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail: " + e, e);
    }
    if (!(value instanceof Map<?, ?>)) {
      throw new ResultFileException(file, "not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return new JsonIn(file, map, "");
  }

  /** The value starting at the parser's current token. */
  private static Object value(JsonParser in) throws IOException {
    JsonToken token = in.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          in.nextToken();
          object.put(name, value(in));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(in));
        }
        return array;
      }
      case VALUE_STRING:
        return in.getText();
      case VALUE_NUMBER_INT:
        return in.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) in.getText()
            : (Object) in.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return new Decimal(in.getText());
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new JsonParseException(in, "unexpected " + token);
    }
  }

  /** A number with a fraction or an exponent, as written. */
  private record Decimal(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Whether there is a value at {@code path} (not absent, not null). */
  public boolean has(String path) {
    Object v = find(path);
    return v != null && v != NULL;
  }

  /** A finite number. */
  public double number(String path) throws ResultFileException {
    Object v = require(path);
    double x = Double.NaN;
    if (v instanceof Long l) {
      x = l;
    } else if (v instanceof Decimal d) {
      x = Double.parseDouble(d.text());
    }
    if (!Double.isFinite(x)) {
      throw wrong(path, "a finite number", v);
    }
    return x;
  }

  public long integer(String path) throws ResultFileException {
    Object v = require(path);
    if (!(v instanceof Long l)) {
      throw wrong(path, "a whole number", v);
    }
    return l;
  }

  public int smallInteger(String path) throws ResultFileException {
    long value = integer(path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw wrong(path, "a whole number of at most " + Integer.MAX_VALUE, value);
    }
    return (int) value;
  }

  /** A whole number that may be {@code null}. */
  public OptionalInt optionalInteger(String path) throws ResultFileException {
    return require(path) == NULL ? OptionalInt.empty() : OptionalInt.of(smallInteger(path));
  }

  /** A whole number that may be absent (a field only some runs write). */
  public OptionalLong optionalLong(String path) throws ResultFileException {
    return has(path) ? OptionalLong.of(integer(path)) : OptionalLong.empty();
  }

  public boolean flag(String path) throws ResultFileException {
    Object v = require(path);
    if (!(v instanceof Boolean b)) {
      throw wrong(path, "true or false", v);
    }
    return b;
  }

  public String text(String path) throws ResultFileException {
    Object v = require(path);
    if (!(v instanceof String s)) {
      throw wrong(path, "a string", v);
    }
    return s;
  }

  /** A text that must be one of {@code allowed} (a field whose values are a closed set). */
  public String choice(String path, List<String> allowed) throws ResultFileException {
    String value = text(path);
    if (!allowed.contains(value)) {
      throw wrong(path, "one of " + allowed, value);
    }
    return value;
  }

  /** A string, or null where the file has {@code null}. */
  public String textOrNull(String path) throws ResultFileException {
    return require(path) == NULL ? null : text(path);
  }

  public List<String> texts(String path) throws ResultFileException {
    Object v = require(path);
    List<String> values = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof String s)) {
          throw wrong(path, "a list of strings", v);
        }
        values.add(s);
      }
      return values;
    }
    throw wrong(path, "a list of strings", v);
  }

  /** A list of objects, each readable by path relative to itself. */
  public List<JsonIn> objects(String path) throws ResultFileException {
    Object v = require(path);
    if (!(v instanceof List<?> list)) {
      throw wrong(path, "a list of objects", v);
    }
    List<JsonIn> values = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?> map)) {
        throw wrong(path, "a list of objects", v);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) map;
      values.add(new JsonIn(file, object, prefix + path + "." + i + "."));
    }
    return values;
  }

  private Object require(String path) throws ResultFileException {
    Object v = find(path);
    if (v == null) {
      throw new ResultFileException(file, prefix + path + ": missing");
    }
    return v;
  }

  /** The value at a dotted path, where a numeric part indexes a list; null if absent. */
  private Object find(String path) {
    Object node = root;
    for (String part : path.split("\\.")) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(part);
      } else if (node instanceof List<?> list && part.matches("[0-9]{1,9}")) {
        int i = Integer.parseInt(part);
        node = i < list.size() ? list.get(i) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  private ResultFileException wrong(String path, String expected, Object value) {
    String shown = value == NULL ? "null" : value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    return new ResultFileException(file, prefix + path + ": must be " + expected + ", was " + shown);
  }
}
