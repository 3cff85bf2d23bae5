package org.kamsim.results;

/**
 * A figure about to be written is not a finite number: no result file ever holds NaN or an infinity
 * (an empty cell or {@code null} says that a figure does not exist). Reaching a writer, it means the inputs
 * drove a sum past what a double holds; the writer names the figure.
 */
public final class NonFiniteFigureException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  NonFiniteFigureException(double value) {
    super("not a finite number: " + value);
  }

  /** The same failure, naming the figure ({@code summary.json: revenue.stderr}). */
  public NonFiniteFigureException(String figure, NonFiniteFigureException cause) {
    super(figure + ": " + cause.getMessage(), cause);
  }
}
