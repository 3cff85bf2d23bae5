package org.kamsim.scenario;

/**
 * One problem in an input file, located the way a compiler locates errors so that editors can link it:
 * {@code scenarios/retail.yaml:14:9: kam.capacity_per_kam: must be > 0, was -2}.
 *
 * @param location the file as the user named it, then {@code :line} and {@code :column} (both 1-based);
 *     without the column for a problem of a whole CSV row, the file alone for a problem of the whole file
 * @param message the field (or CSV column) that is wrong, then what is wrong with it
 */
public record InputError(String location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
