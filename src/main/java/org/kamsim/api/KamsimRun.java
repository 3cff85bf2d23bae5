package org.kamsim.api;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.kamsim.output.ReportNotDrawnException;
import org.kamsim.output.RunInfo;
import org.kamsim.output.WriteProgress;
import org.kamsim.report.ReportOutput;
import org.kamsim.report.chart.ChartFiles;
import org.kamsim.simulation.Workers;

/**
 * What every run of the API has: its charts, drawn on request, and {@code write}, which writes what the
 * command of the same name writes. A run holds its results in memory; it is immutable.
 */
public abstract sealed class KamsimRun permits SimulationRun, OptimisationRun, ComparisonRun, StressRun,
    SensitivityRun, ScoreRun {
  final KamsimScenario scenario;
  final RunInfo info;

  KamsimRun(KamsimScenario scenario, RunInfo info) {
    this.scenario = scenario;
    this.info = info;
  }

  /** The scenario that ran (for a comparison, the base). */
  public KamsimScenario scenario() {
    return scenario;
  }

  /** The charts of the run's report, as the report would draw them. */
  abstract List<ChartFiles.Chart> chartList();

  /** The names of the run's charts, in the report's order (the file names in {@code charts/}). */
  public List<String> charts() {
    return chartList().stream().map(ChartFiles.Chart::name).toList();
  }

  /**
   * The chart {@code name} drawn at the report's wide layout, as its PNG file holds it (1,440 pixels wide).
   *
   * @throws IllegalArgumentException if the run has no chart of that name (the message lists those it has)
   */
  public BufferedImage chart(String name) {
    for (ChartFiles.Chart c : chartList()) {
      if (c.name().equals(name)) {
        return ChartFiles.image(c);
      }
    }
    throw new IllegalArgumentException("chart: no chart named \"" + name + "\" in this run; it has " + charts());
  }

  /**
   * Writes the run into {@code dir} as the command writes it (the data files, {@code run.json}, the scenario's
   * copy and the report), atomically: afterwards {@code dir} holds this run's complete results, or what it
   * held before. An existing {@code dir} is replaced only if it holds kamsim results.
   *
   * @throws IOException if the results cannot be written, or the report cannot be drawn (the data files
   *     are then in place)
   */
  public void write(Path dir) throws IOException {
    try {
      write(dir, ReportOutput.SVG, WriteProgress.SILENT);
    } catch (ReportNotDrawnException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * As {@link #write(Path)}, with the report (none, SVG, or SVG and PNG) and who is told what is being written.
   *
   * @throws ReportNotDrawnException if the data files were written but the report could not be drawn
   */
  public abstract void write(Path dir, ReportOutput report, WriteProgress status)
      throws IOException, ReportNotDrawnException;

  /** Writes with a pool of the scenario's threads for drawing the charts, shut down afterwards. */
  interface Writing {
    void write(ExecutorService pool) throws IOException, ReportNotDrawnException;
  }

  void withPool(Writing writing) throws IOException, ReportNotDrawnException {
    ExecutorService pool = Workers.pool(scenario.threads());
    try {
      writing.write(pool);
    } finally {
      pool.shutdownNow();
      KamsimScenario.awaitQuietly(pool);
    }
  }
}
