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

/** Reading a result back for the report: every bad file is named, and nothing is written over a good report. */
class ReportInputTest {
  @TempDir
  static Path shared;
  static Path original;

  @TempDir
  Path dir;

  @BeforeAll
  static void write() throws IOException {
    original = ReportFixture.write(shared.resolve("run"));
  }

  private Path copy() throws IOException {
    return ReportFixture.copy(original, dir.resolve("run"));
  }

  @Test
  void missingSummary_namesTheFile_nothingWritten() throws IOException {
    Path run = copy();
    Files.delete(run.resolve("summary.json"));
    Map<String, byte[]> before = contents(run);
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessage(run.resolve("summary.json") + ": missing")
        .satisfies(e -> assertThat(((ReportInputException) e).file()).isEqualTo(run.resolve("summary.json")));
    Map<String, byte[]> after = contents(run);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void renderWritten_drawsAndReturnsNull() throws IOException {
    Path run = copy();
    Files.delete(run.resolve(Report.FILE));
    OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
    assertThat(Report.renderWritten(run, null)).isNull();
    assertThat(run.resolve(Report.FILE)).isRegularFile();
    assertThat(run.resolve(Report.CHARTS).resolve(Report.CHARTS_INDEX)).isRegularFile();
  }

  @Test
  void renderWritten_failureIsReturned_partialReportRemoved_dataKept() throws IOException {
    // A file the writer cannot read back stands for any failure to draw: what stopped it is returned
    // (so the writer can still put the results in place) and no half-drawn report is left.
    Path run = copy();
    Files.writeString(run.resolve("trials.csv"), "revenue,profit,accounts_lost\n1,2,x\n");
    Files.createDirectories(run.resolve(Report.CHARTS)); // the charts of an earlier attempt
    assertThat(Report.renderWritten(run, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot read back the results just written")
        .hasMessageContaining("trials.csv");
    assertThat(run.resolve(Report.FILE)).doesNotExist();
    assertThat(run.resolve(Report.CHARTS)).doesNotExist();
    assertThat(run.resolve("summary.json")).isRegularFile();
    assertThat(run.resolve("trials.csv")).isRegularFile();
  }

  @Test
  void badNumberInPeriods_namesFileLineAndColumn() throws IOException {
    Path run = copy();
    Path periods = run.resolve("periods.csv");
    String[] lines = Files.readString(periods).split("\n", -1);
    String[] cells = lines[2].split(",");
    cells[2] = "abc";
    lines[2] = String.join(",", cells);
    Files.writeString(periods, String.join("\n", lines));
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessage(periods + ":3: revenue_p05: not a number, was 'abc'");
  }

  @Test
  void truncatedTrials_namesTheLine() throws IOException {
    Path run = copy();
    Path trials = run.resolve("trials.csv");
    String text = Files.readString(trials);
    Files.writeString(trials, text.substring(0, text.length() - 5));
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(trials + ":" + (ReportFixture.TRIALS + 1) + ": ");
  }

  @Test
  void missingColumn_isNamed() throws IOException {
    Path run = copy();
    Path accounts = run.resolve("accounts.csv");
    Files.writeString(accounts, Files.readString(accounts).replaceFirst("es95_contribution,", "es95,"));
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessage(accounts + ":1: missing column es95_contribution");
  }

  @Test
  void brokenJson_namesPosition() throws IOException {
    Path run = copy();
    Path summary = run.resolve("summary.json");
    Files.writeString(summary, "{\n  \"scenario\": \"x\",\n  oops\n}\n");
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(summary + ":3:").hasMessageContaining("not valid JSON");
  }

  @Test
  void missingJsonField_namesThePath() throws IOException {
    Path run = copy();
    Path summary = run.resolve("summary.json");
    Files.writeString(summary, Files.readString(summary).replace("\"var95\"", "\"var_95\""));
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessage(summary + ": revenue_at_risk.var95: missing");
  }

  @Test
  void corruptOptimiserFile_namesIt() throws IOException {
    Path run = copy();
    PlanSearchFixture.write(run);
    Path staffing = run.resolve("staffing.csv");
    Files.writeString(staffing, Files.readString(staffing).replace("3,4,4.0,12.0", "three,4,4.0,12.0"));
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(ReportInputException.class)
        .hasMessage(staffing + ":4: headcount: not an integer, was 'three'");
  }

  @Test
  void refresh_redrawsEverything_leavesNoTemporaryFiles() throws Exception {
    Path run = copy();
    Files.delete(run.resolve(Report.FILE));
    OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
    Report.refresh(run);
    assertThat(run.resolve(Report.FILE)).isNotEmptyFile();
    assertThat(run.resolve("charts/revenue_fan.png")).isNotEmptyFile();
    try (Stream<Path> files = Files.list(run)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
    // Same files in, same page out (the page has no clock time).
    assertThat(Files.readString(run.resolve(Report.FILE)))
        .isEqualTo(Files.readString(original.resolve(Report.FILE)));
  }

  @Test
  void refresh_neverReplacesAChartsFolderItDidNotWrite() throws IOException {
    Path run = copy();
    OutputDirectory.deleteRecursively(run.resolve(Report.CHARTS));
    Files.createDirectories(run.resolve(Report.CHARTS));
    Files.writeString(run.resolve("charts/mine.txt"), "keep me");
    assertThatThrownBy(() -> Report.refresh(run)).isInstanceOf(IOException.class)
        .hasMessageContaining("charts");
    assertThat(run.resolve("charts/mine.txt")).hasContent("keep me");
  }

  @Test
  void scenarioCopy_isByteIdentical_andShaMatchesRunJson() throws IOException {
    byte[] copy = Files.readAllBytes(original.resolve(ResultWriter.SCENARIO_COPY));
    assertThat(new String(copy, StandardCharsets.UTF_8)).isEqualTo(ReportFixture.YAML);
    assertThat(Files.readString(original.resolve("run.json")))
        .contains("\"scenario_sha256\": \"" + RunJson.sha256(original.resolve(ResultWriter.SCENARIO_COPY)) + "\"");
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
