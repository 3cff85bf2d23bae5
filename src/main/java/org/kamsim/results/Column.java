package org.kamsim.results;

/** One column of a {@link Table}: a name and a value per row, immutable. */
public sealed interface Column permits DoubleColumn, IntColumn, TextColumn, FlagColumn {
  String name();

  int size();

  /** The values of {@code rows}, in that order. */
  Column rows(int[] rows);
}
