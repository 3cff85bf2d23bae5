package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamsim.output.Fixtures;
import org.kamsim.report.input.ResultReader;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.OutputDirectory;
import org.kamsim.results.Result;
import org.kamsim.results.ResultFileException;
import org.kamsim.results.ResultFiles;
import org.kamsim.results.Table;
import org.kamsim.simulation.TestWorkers;

/**
 * The report of a result directory: drawn from what the files hold, drawn again from them alike, and a file
 * that is missing or not as written names itself and changes nothing.
 */
class ReportTest {
  @TempDir
  static Path shared;
  static Path original;
  static Path optimised;

  @TempDir
  Path dir;

  @BeforeAll
  static void write() throws IOException {
    original = Fixtures.write(shared.resolve("run"));
    optimised = Fixtures.writeOptimised(shared.resolve("optimised"));
  }

  private Path copy(Path from) throws IOException {
    return Fixtures.copy(from, dir.resolve("run"));
  }

  private static void refresh(Path run) throws Exception {
    Report.refresh(run, TestWorkers.of(2), true, waiting -> { });
  }

  @Test
  void refresh_redrawsTheSamePage_fromTheFiles_leavesNoTemporaryFiles() throws Exception {
    for (Path from : new Path[] {original, optimised}) {
      Path run = Fixtures.copy(from, dir.resolve(from.getFileName()));
      Files.delete(run.resolve(Report.FILE));
      OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
      refresh(run);
      assertThat(run.resolve("charts/revenue_fan.png")).isNotEmptyFile();
      try (Stream<Path> files = Files.list(run)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
      }
      // What a writer hands over and what reading its files gives are the same: the page is the same bytes.
      assertThat(Files.readString(run.resolve(Report.FILE))).as(from.toString())
          .isEqualTo(Files.readString(from.resolve(Report.FILE)));
    }
  }

  @Test
  void missingSummary_namesTheFile_nothingWritten() throws IOException {
    Path run = copy(original);
    Files.delete(run.resolve(ResultFiles.SUMMARY));
    Map<String, byte[]> before = contents(run);
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(ResultFileException.class)
        .hasMessage(run.resolve(ResultFiles.SUMMARY) + ": missing");
    Map<String, byte[]> after = contents(run);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void badNumberInPeriods_namesFileLineAndColumn() throws IOException {
    Path run = copy(original);
    Path periods = run.resolve("periods.csv");
    String[] lines = Files.readString(periods).split("\n", -1);
    String[] cells = lines[2].split(",", -1);
    cells[2] = "abc";
    lines[2] = String.join(",", cells);
    Files.writeString(periods, String.join("\n", lines));
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(ResultFileException.class)
        .hasMessage(periods + ":3: revenue_p05 (column 3): expected a finite decimal number, was \"abc\"");
  }

  @Test
  void tamperedSummary_nonFiniteFigure_isRefused() throws IOException {
    Path run = copy(original);
    Path summary = run.resolve(ResultFiles.SUMMARY);
    String text = Files.readString(summary);
    Files.writeString(summary, text.replaceFirst("\"mean\": [0-9.]+", "\"mean\": 1e999"));
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(ResultFileException.class)
        .hasMessage(summary + ": revenue.mean: must be a finite number, was 1e999");
  }

  @Test
  void periodsOfAnotherHorizon_areRefused() throws IOException {
    Path run = copy(original);
    Path periods = run.resolve("periods.csv");
    String text = Files.readString(periods);
    Files.writeString(periods, text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1));
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(ResultFileException.class)
        .hasMessage(periods + ": 23 months, but summary.json has horizon_months 24");
  }

  @Test
  void corruptOptimiserFile_namesIt() throws IOException {
    Path run = copy(optimised);
    Path staffing = run.resolve("staffing.csv");
    String[] lines = Files.readString(staffing).split("\n", -1);
    lines[2] = "three" + lines[2].substring(lines[2].indexOf(','));
    Files.writeString(staffing, String.join("\n", lines));
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(ResultFileException.class)
        .hasMessage(staffing + ":3: headcount (column 1): expected a whole number, was \"three\"");
  }

  @Test
  void renderWritten_failureIsReturned_partialReportRemoved_dataKept() throws Exception {
    // A result whose accounts table lacks its columns stands for any failure to draw: what stopped it is
    // returned (so the writer can still put the results in place) and no half-drawn report is left.
    Path run = copy(original);
    Result r = ResultReader.read(run);
    Result broken = new Result(r.summary(), r.periods(), Table.of(AccountsFile.NAME, r.accounts().column(0)),
        r.trials(), r.provenance(), r.scenario(), r.search());
    Throwable failure = Report.renderWritten(run, broken, TestWorkers.of(2), true);
    assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
    assertThat(run.resolve(Report.FILE)).doesNotExist();
    assertThat(run.resolve(Report.CHARTS)).doesNotExist();
    assertThat(run.resolve(ResultFiles.SUMMARY)).isRegularFile();
  }

  @Test
  void inBackground_drawsTheSameReport_andReturnsAFailureAsRenderWrittenDoes() throws Exception {
    Path run = copy(original);
    String page = Files.readString(run.resolve(Report.FILE));
    Files.delete(run.resolve(Report.FILE));
    OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
    Result r = ResultReader.read(run);
    assertThat(ReportInBackground.start(run, r, TestWorkers.of(2), true).await()).isNull();
    assertThat(run.resolve(Report.FILE)).hasContent(page);

    Result broken = new Result(r.summary(), r.periods(), Table.of(AccountsFile.NAME, r.accounts().column(0)),
        r.trials(), r.provenance(), r.scenario(), r.search());
    assertThat(ReportInBackground.start(run, broken, TestWorkers.of(2), true).await())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column");
    assertThat(run.resolve(Report.FILE)).doesNotExist();
    assertThat(run.resolve(Report.CHARTS)).doesNotExist();
  }

  @Test
  void refresh_neverReplacesAChartsFolderItDidNotWrite() throws IOException {
    Path run = copy(original);
    OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
    Files.createDirectories(run.resolve(Report.CHARTS));
    Files.writeString(run.resolve("charts/mine.txt"), "keep me");
    assertThatThrownBy(() -> refresh(run)).isInstanceOf(IOException.class).hasMessageContaining("charts");
    assertThat(run.resolve("charts/mine.txt")).hasContent("keep me");
  }

  @Test
  void scenarioCopy_isByteIdentical_andShaMatchesRunJson() throws IOException {
    byte[] copy = Files.readAllBytes(original.resolve(ResultFiles.SCENARIO_COPY));
    assertThat(new String(copy, StandardCharsets.UTF_8)).isEqualTo(Fixtures.YAML);
    assertThat(Files.readString(original.resolve(ResultFiles.RUN)))
        .contains("\"scenario_sha256\": \"" + ResultFiles.sha256(copy) + "\"");
  }

  static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          contents.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
      }
    }
    return contents;
  }
}
