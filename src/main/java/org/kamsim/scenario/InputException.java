package org.kamsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a scenario or portfolio cannot be read. It carries every error found, not just the first, so
 * that a user can fix a file in one pass; {@link #getMessage()} lists them one per line.
 */
public final class InputException extends Exception {

  private final List<InputError> errors;

  /** @param errors the problems found, at least one, in the order to report them */
  public InputException(List<InputError> errors) {
    super(lines(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  /** The problems found, in the order to report them. */
  public List<InputError> errors() {
    return errors;
  }

  private static String lines(List<InputError> errors) {
    return errors.stream().map(InputError::toString).collect(Collectors.joining("\n"));
  }
}
