package org.kamsim.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes one JSON file of a result in the one layout of kamsim's files: two-space indent,
 * {@code "key": value}, keys in the order written, {@code \n} line ends whatever the platform (so files
 * compare byte for byte across machines), a final newline, numbers as plain decimals rounded as
 * {@link Decimals} says, and {@code null} for a figure that does not exist. Built on jackson-core's
 * generator.
 *
 * <pre>{@code
 * JsonOut json = JsonOut.start();
 * json.text("scenario", name).money("mean", 416825942.37).open("plan") ... .close();
 * String summary = json.text();
 * }</pre>
 */
public final class JsonOut {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final StringWriter text = new StringWriter();
  private final JsonGenerator out;
  /** The path of the object being written, for naming a figure that is not finite. */
  private final StringBuilder path = new StringBuilder();

  private JsonOut() {
    try {
      out = FACTORY.createGenerator(text);
      out.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      out.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new file's root object. */
  public static JsonOut start() {
    return new JsonOut();
  }

  public JsonOut text(String key, String value) {
    return write(() -> {
      out.writeFieldName(key);
      if (value == null) {
        out.writeNull();
      } else {
        out.writeString(value);
      }
    });
  }

  public JsonOut integer(String key, long value) {
    return write(() -> out.writeNumberField(key, value));
  }

  public JsonOut flag(String key, boolean value) {
    return write(() -> out.writeBooleanField(key, value));
  }

  public JsonOut nothing(String key) {
    return write(() -> out.writeNullField(key));
  }

  /** A figure, rounded as {@code format} says; NaN is written as {@code null}, an infinity refused. */
  public JsonOut number(String key, double value, Decimals.Format format) {
    String shown = shown(key, value, format);
    return write(() -> {
      out.writeFieldName(key);
      if (shown == null) {
        out.writeNull();
      } else {
        out.writeNumber(shown);
      }
    });
  }

  public JsonOut money(String key, double value) {
    return number(key, value, Decimals.Format.MONEY);
  }

  public JsonOut significant(String key, double value) {
    return number(key, value, Decimals.Format.SIGNIFICANT);
  }

  /** A list of figures, each rounded as {@code format} says. */
  public JsonOut numbers(String key, Decimals.Format format, double... values) {
    String[] shown = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      shown[i] = shown(key + "[" + i + "]", values[i], format);
    }
    return write(() -> {
      out.writeArrayFieldStart(key);
      for (String s : shown) {
        if (s == null) {
          out.writeNull();
        } else {
          out.writeNumber(s);
        }
      }
      out.writeEndArray();
    });
  }

  public JsonOut texts(String key, List<String> values) {
    return write(() -> {
      out.writeArrayFieldStart(key);
      for (String v : values) {
        out.writeString(v);
      }
      out.writeEndArray();
    });
  }

  /** Opens the object {@code key}; {@link #close} ends it. */
  public JsonOut open(String key) {
    path.append(key).append('.');
    return write(() -> out.writeObjectFieldStart(key));
  }

  /** Opens the list of objects {@code key}; each {@link #element} opens one, {@link #closeList} ends it. */
  public JsonOut openList(String key) {
    path.append(key).append('.');
    return write(() -> out.writeArrayFieldStart(key));
  }

  /** Opens the next object of a list; {@link #close} ends it. */
  public JsonOut element() {
    path.append("[].");
    return write(out::writeStartObject);
  }

  public JsonOut close() {
    pop();
    return write(out::writeEndObject);
  }

  public JsonOut closeList() {
    pop();
    return write(out::writeEndArray);
  }

  /** The file's text: the root object closed, a final newline. */
  public String text() {
    write(() -> {
      out.writeEndObject();
      out.close();
    });
    return text.append('\n').toString();
  }

  /** The text of a figure; null (written as {@code null}) for NaN. */
  private String shown(String key, double value, Decimals.Format format) {
    if (Double.isNaN(value)) {
      return null;
    }
    try {
      return Decimals.text(value, format);
    } catch (NonFiniteFigureException e) {
      throw new NonFiniteFigureException(path + key, e);
    }
  }

  private void pop() {
    int end = path.length() - 1;
    int start = path.lastIndexOf(".", end - 1) + 1;
    path.setLength(start);
  }

  private interface Step {
    void run() throws IOException;
  }

  private JsonOut write(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return this;
  }
}
