package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  private static final String MARKER = "run.json";

  @TempDir
  Path root;

  @Test
  void commit_missingTargetAndParents_createsThemWithTheFiles() throws IOException {
    Path target = root.resolve("a/b/result");
    write(target, "new");

    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("new");
    assertThat(names(target.getParent())).containsExactly("result");
  }

  @Test
  void commit_earlierResult_isReplacedWithoutLeftovers() throws IOException {
    Path target = root.resolve("result");
    write(target, "old");
    Files.writeString(target.resolve("stale.csv"), "only in the old result");

    write(target, "new");

    assertThat(names(target)).containsExactly(MARKER);
    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("new");
    assertThat(names(root)).containsExactly("result");
  }

  @Test
  void writeThrowsMidway_previousResultIntact_noTemporaryDirectoriesLeft() throws IOException {
    Path target = root.resolve("result");
    write(target, "good");

    assertThatThrownBy(() -> {
      try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
        Files.writeString(out.path().resolve("summary.json"), "half");
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");

    assertThat(names(root)).containsExactly("result");
    assertThat(names(target)).containsExactly(MARKER);
    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("good");
  }

  @Test
  void closeWithoutCommit_noTarget_leavesNothing() throws IOException {
    Path target = root.resolve("result");
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      Files.writeString(out.path().resolve(MARKER), "x");
      assertThat(out.path().getParent()).isEqualTo(root);
      assertThat(out.path().getFileName().toString()).startsWith(".result.tmp-");
    }
    assertThat(names(root)).isEmpty();
  }

  @Test
  void existingDirectoryWithoutMarker_isNotReplaced() throws IOException {
    Path target = root.resolve("home");
    Files.createDirectories(target);
    Files.writeString(target.resolve("thesis.tex"), "precious");

    assertThatThrownBy(() -> write(target, "new"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(target.toString())
        .hasMessageContaining("no run.json");

    assertThat(names(target)).containsExactly("thesis.tex");
    assertThat(names(root)).containsExactly("home");
  }

  @Test
  void existingFile_isNotReplaced() throws IOException {
    Path target = root.resolve("result");
    Files.writeString(target, "a file");

    assertThatThrownBy(() -> OutputDirectory.checkReplaceable(target, MARKER))
        .isInstanceOf(IOException.class).hasMessage(target + ": exists and is not a directory");
    assertThatThrownBy(() -> write(target, "new")).isInstanceOf(IOException.class);

    assertThat(Files.readString(target)).isEqualTo("a file");
    assertThat(names(root)).containsExactly("result");
  }

  @Test
  void existingEmptyDirectory_isReplaced() throws IOException {
    Path target = root.resolve("result");
    Files.createDirectory(target);
    write(target, "new");
    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("new");
  }

  @Test
  void commit_withoutMarker_isRefused() throws IOException {
    Path target = root.resolve("result");
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      assertThatThrownBy(out::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(names(root)).isEmpty();
  }

  private static void write(Path target, String content) throws IOException {
    try (OutputDirectory out = OutputDirectory.open(target, MARKER)) {
      Files.writeString(out.path().resolve(MARKER), content);
      out.commit();
    }
  }

  /** Entry names of a directory, hidden ones included, sorted. */
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
