package org.kamsim.api;

import java.util.List;

/**
 * A scenario (or a change to one) that is not valid: the message is what the command line prints for it,
 * one line per error, each naming the file (or {@code --set FIELD} for a change made with
 * {@link KamsimScenario#with}), the position, the field and the value:
 * {@code scenarios/baseline.yaml:1:1: --set program.discount: must be in [0, 1], was 1.5}.
 */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  /** @param lines the errors, one line each, at least one */
  public ScenarioException(List<String> lines) {
    super(String.join("\n", lines));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one error");
    }
    this.lines = List.copyOf(lines);
  }

  /** The errors, one line each, in the order the command line prints them. */
  public List<String> lines() {
    return lines;
  }
}
