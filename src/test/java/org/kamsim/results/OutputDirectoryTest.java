package org.kamsim.results;

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
      try (OutputDirectory out = OutputDirectory.open(target, MARKER, waiting -> { })) {
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
    try (OutputDirectory out = OutputDirectory.open(target, MARKER, waiting -> { })) {
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
    try (OutputDirectory out = OutputDirectory.open(target, MARKER, waiting -> { })) {
      assertThatThrownBy(out::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(names(root)).isEmpty();
  }

  @Test
  void open_removesTheLeftoversOfDeadRuns_keepsLiveOnes_andOtherFiles() throws Exception {
    Path target = root.resolve("result");
    write(target, "old");
    // A process that ended: start one, wait for it, keep its id.
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    long deadPid = dead.pid();
    long live = ProcessHandle.current().pid();
    Path killedWhileWriting = Files.createDirectories(root.resolve(".result.tmp-" + deadPid + "-0123456789abcdef"));
    Files.writeString(killedWhileWriting.resolve("half.csv"), "half");
    Path killedWhileSwapping = Files.createDirectories(root.resolve(".result.old-" + deadPid + "-fedcba9876543210"));
    Path running = Files.createDirectories(root.resolve(".result.tmp-" + live + "-0000000000000000"));
    Path otherTarget = Files.createDirectories(root.resolve(".other.tmp-" + deadPid + "-0123456789abcdef"));
    Path unrelated = Files.createDirectories(root.resolve(".result.tmp-notapid"));

    write(target, "new");

    assertThat(killedWhileWriting).doesNotExist();
    assertThat(killedWhileSwapping).doesNotExist();
    assertThat(running).exists();
    assertThat(otherTarget).exists();
    assertThat(unrelated).exists();
    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("new");
  }

  @Test
  void open_targetMissing_putsBackTheResultOfARunKilledMidCommit() throws Exception {
    // Killed between the two renames of its commit: the earlier result set aside, the target missing.
    Path target = root.resolve("result");
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Path setAside = Files.createDirectories(root.resolve(".result.old-" + dead.pid() + "-fedcba9876543210"));
    Files.writeString(setAside.resolve(MARKER), "earlier");

    try (OutputDirectory out = OutputDirectory.open(target, MARKER, waiting -> { })) {
      assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("earlier");
      assertThat(setAside).doesNotExist();
      // And a run that then fails leaves the restored result as it was.
    }
    assertThat(Files.readString(target.resolve(MARKER))).isEqualTo("earlier");
  }

  @Test
  void lock_secondHolderWaitsUntilTheFirstLetsGo_andIsTold() throws Exception {
    Path target = root.resolve("result");
    java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicLong acquiredAt = new java.util.concurrent.atomic.AtomicLong();
    DirectoryLock first = DirectoryLock.acquire(target, told::add);
    Thread second = new Thread(() -> {
      try (DirectoryLock lock = DirectoryLock.acquire(target, message -> {
        told.add(message);
        waiting.countDown();
      })) {
        acquiredAt.set(System.nanoTime());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    second.start();
    // The second holder says it waits before it blocks: no sleep needed to know it is blocked.
    assertThat(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("told it waits").isTrue();
    assertThat(acquiredAt.get()).as("still waiting").isZero();
    long releasedAt = System.nanoTime();
    first.close();
    second.join(10_000);
    assertThat(second.isAlive()).isFalse();
    assertThat(acquiredAt.get()).isGreaterThanOrEqualTo(releasedAt);
    assertThat(told).containsExactly("waiting for another kamsim run that is writing " + target);
  }

  private static void write(Path target, String content) throws IOException {
    try (OutputDirectory out = OutputDirectory.open(target, MARKER, waiting -> { })) {
      Files.writeString(out.path().resolve(MARKER), content);
      out.commit();
    }
  }

  /**
   * Entry names of a directory, hidden ones included, sorted; but for the lock file {@code .<name>.lock} of
   * a target, which stays next to it (see {@link DirectoryLock}).
   */
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
    }
  }
}
