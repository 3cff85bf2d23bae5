package org.kamsim.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one JSON layout of kamsim's files: two-space indent, {@code "key": value}, keys in insertion order,
 * {@code \n} line ends whatever the platform (so files compare byte for byte across machines), a final
 * newline, and numbers as Jackson prints them (doubles as {@link Double#toString(double)}).
 */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

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
    return WRITER.writeValueAsString(root) + "\n";
  }
}
