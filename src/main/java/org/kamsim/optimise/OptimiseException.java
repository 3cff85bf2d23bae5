package org.kamsim.optimise;

/** The optimisation problem cannot be posed as given (a user mistake, reported without a stack trace). */
public final class OptimiseException extends Exception {
  private static final long serialVersionUID = 1L;

  public OptimiseException(String message) {
    super(message);
  }
}
