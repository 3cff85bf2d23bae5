package org.kamsim.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON layout of kamsim's files: two-space indent, {@code "key": value}, keys in insertion order,
 * {@code \n} line ends whatever the platform (so files compare byte for byte across machines), a final
 * newline, and numbers as Jackson prints them (doubles as {@link Double#toString(double)}, NaN and the
 * infinities as strings).
 *
 * <p>Files are built as Jackson trees but written by walking the tree with jackson-core's generator, not
 * through an {@code ObjectMapper}: the mapper's first use costs about 0.3 s of class loading (a tenth of a
 * whole simulation's wall time), the generator a sixth of that, and the text is the same.
 */
final class Json {
  /** Thread-safe once configured, as jackson-core documents. */
  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
    values.forEach(array::add);
    return array;
  }

  static void write(ObjectNode root, Path file) throws IOException {
    Files.writeString(file, text(root), StandardCharsets.UTF_8);
  }

  /** The file's text: pretty-printed, with a final newline. */
  static String text(ObjectNode root) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      out.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      write(root, out);
    }
    return text.append('\n').toString();
  }

  /** Writes {@code node} as Jackson's own serialisers would: a number in the type the node holds it in. */
  private static void write(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          out.writeFieldName(field.getKey());
          write(field.getValue(), out);
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : node) {
          write(element, out);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.textValue());
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL -> out.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> out.writeNumber(node.intValue());
          case LONG -> out.writeNumber(node.longValue());
          case DOUBLE -> out.writeNumber(node.doubleValue());
          case FLOAT -> out.writeNumber(node.floatValue());
          case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
          case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
        }
      }
      default -> throw new IllegalArgumentException("not a JSON value kamsim writes: " + node.getNodeType());
    }
  }
}
