package org.kamsim.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code --set FIELD=VALUE} of the command line: a scenario field, named by its dotted path
 * ({@code program.discount}), and the YAML text that replaces it ({@code 0.05}, {@code [A001, A002]},
 * <code>[{lose: "top:1", month: 6}]</code>). It is applied to the scenario's tree after {@code extends} and
 * then validated with the rest, so that a run with an override is the run of the edited file.
 *
 * @param field the dotted path of the field: names of nested mappings, no list indexes (lists are replaced
 *     whole, as in a file that {@code extends} another)
 * @param value the new value as YAML text: a scalar or a flow collection; empty means null
 */
public record FieldOverride(String field, String value) {

  private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

  public FieldOverride {
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("expected a field such as program.discount, was \"" + field + "\"");
    }
    if (value == null) {
      throw new IllegalArgumentException(field + ": the value must not be null");
    }
  }

  /**
   * The override that {@code FIELD=VALUE} asks for. Whether the field exists is not checked here but with
   * the scenario, where an unknown one is reported like one in a file.
   *
   * @throws IllegalArgumentException with a message naming the argument, when it is not FIELD=VALUE
   */
  public static FieldOverride parse(String argument) {
    int eq = argument.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected FIELD=VALUE, such as program.discount=0.05, was \""
          + argument + "\"");
    }
    String field = argument.substring(0, eq).strip();
    if (!FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("expected FIELD=VALUE with FIELD a dotted path such as "
          + "program.discount, was \"" + argument + "\"");
    }
    return new FieldOverride(field, argument.substring(eq + 1));
  }

  /** The names along the path: {@code [program, discount]}. */
  List<String> names() {
    return List.of(field.split("\\."));
  }

  /** As written on the command line, for the header of a resolved scenario. */
  @Override
  public String toString() {
    return "--set " + field + "=" + value;
  }
}
