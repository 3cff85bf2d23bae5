package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kamsim} in a JVM of its own with a tiny heap, on the bundled baseline (250 accounts, 10,000 trials):
 * it either runs or says it ran out of memory in its one message, exit code 1, nothing else printed and
 * nothing written. Never "bad input" from a parser, a trace from a background thread, or an internal error.
 */
class TinyHeapTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"8m", "16m", "24m", "32m"})
  void tinyHeap_runsOrSaysOutOfMemory_only(String heap) throws Exception {
    Path out = dir.resolve("out");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "simulate",
        Path.of("scenarios/baseline.yaml").toAbsolutePath().toString(), "--out", out.toString(), "--threads", "2")
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    } finally {
      process.destroyForcibly(); // a hung child must not outlive the test
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() == 0) {
      assertThat(out.resolve("summary.json")).isRegularFile();
      return;
    }
    assertThat(process.exitValue()).as(stderr).isEqualTo(1);
    List<String> lines = stderr.lines().filter(l -> !l.startsWith("progress:") && !l.startsWith("kamsim: writing")
        && !l.startsWith("kamsim: drawing")).toList();
    assertThat(lines).as(stderr).hasSize(1);
    assertThat(lines.get(0)).startsWith("kamsim: out of memory (Java may use at most ");
    assertThat(Files.exists(out)).isFalse();
  }

}
