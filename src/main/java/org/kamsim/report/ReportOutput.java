package org.kamsim.report;

/** What a run draws besides its data files. */
public enum ReportOutput {
  /** No report ({@code --no-report}): {@code kamsim report} can draw it later. */
  NONE,
  /** {@code report.html} and {@code charts/<name>.svg}, which the page embeds: the default. */
  SVG,
  /**
   * Also {@code charts/<name>.png} ({@code --png}), for tools that take no SVG. Not drawn by default: the
   * page does not need them, and they were a third of the report's time (benchmarks/README.md, finding 31).
   */
  SVG_AND_PNG;

  /** Whether a report is drawn at all. */
  public boolean drawn() {
    return this != NONE;
  }

  /** Whether the charts are also written as PNG. */
  public boolean png() {
    return this == SVG_AND_PNG;
  }

  /** The output the command-line flags ask for. */
  public static ReportOutput of(boolean noReport, boolean png) {
    return noReport ? NONE : png ? SVG_AND_PNG : SVG;
  }
}
