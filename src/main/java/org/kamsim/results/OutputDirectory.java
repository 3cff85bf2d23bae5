package org.kamsim.results;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory of results that appears all at once or not at all, so that a failed or interrupted run never
 * leaves half a result over a good one.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.open(target, "run.json", waiting)) {
 *   write files into out.path() ...
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>{@link #open} creates a fresh directory {@code .<name>.tmp-<pid>-<random>} next to the target (same
 * parent, so on the same file system), where the files are written. {@link #commit} then, holding the
 * target's {@link DirectoryLock}, renames an existing target aside ({@code .<name>.old-<pid>-<random>}),
 * renames the new directory to the target and deletes the old one; if the second rename fails, the old
 * target is renamed back. {@link #close} without a commit deletes the new directory and leaves the target
 * as it was. Renames use {@code ATOMIC_MOVE} where the file system supports it.
 *
 * <p>A process killed while writing leaves its {@code .<name>.tmp-<pid>-...} directory behind (and one
 * killed between the two renames of a commit, a few microseconds, its {@code .<name>.old-<pid>-...} with the
 * complete old result): the next {@link #open} of the same target deletes those of processes that are no
 * longer running, or, when the target is missing, puts the set-aside result back. "No longer running" is
 * judged by process id on this machine: several machines sharing one output folder must not write the same
 * target at once.
 *
 * <p>An existing target is replaced only when it is a directory that is empty or holds the marker file
 * (a file every complete result contains): a mistyped output path must never delete a directory the
 * program did not write.
 */
public final class OutputDirectory implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** {@code .<name>.tmp-<pid>-<random>} and {@code .<name>.old-<pid>-<random>}. */
  private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(tmp|old)-([0-9]+)-[0-9a-f]{16}");

  private final Path target;
  private final Path shown;
  private final String marker;
  private final Path temp;
  /** Told when the commit waits for another run; null when the caller holds the lock around the target. */
  private final Consumer<String> waiting;
  private boolean committed;
  /** Set when a failed commit left the new result in {@code temp} as the only copy at hand. */
  private boolean keepTemp;

  private OutputDirectory(Path target, Path shown, String marker, Path temp, Consumer<String> waiting) {
    this.target = target;
    this.shown = shown;
    this.marker = marker;
    this.temp = temp;
    this.waiting = waiting;
  }

  /**
   * Creates the directory to write into, next to {@code target}, creating missing parent directories.
   *
   * @param target where the results go
   * @param marker name of a file every complete result holds; an existing non-empty target without it is
   *     not replaced
   * @param waiting told, with a sentence to show, when the commit has to wait for another run writing the
   *     same target (see {@link DirectoryLock})
   * @throws IOException if the target exists but may not be replaced, or the directory cannot be created
   */
  public static OutputDirectory open(Path target, String marker, Consumer<String> waiting) throws IOException {
    Path absolute = absolute(target);
    checkReplaceable(target, marker);
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    if (waiting == null) {
      removeLeftovers(absolute); // openInLockedDirectory: the caller holds the lock of the folder around it
    } else {
      // Under the lock: putting a set-aside result back must not race another run's commit.
      try (DirectoryLock lock = DirectoryLock.acquire(absolute, waiting)) {
        removeLeftovers(absolute);
      }
    }
    // Created here rather than by Files.createTempDirectory, whose owner-only permissions would stick
    // to the results once renamed; this one gets the permissions of any new directory (the umask's).
    Path temp = null;
    while (temp == null) {
      try {
        temp = Files.createDirectory(sibling(absolute, "tmp"));
      } catch (FileAlreadyExistsException e) {
        // 64 random bits collided: try another name.
      }
    }
    return new OutputDirectory(absolute, target, marker, temp, waiting);
  }

  /**
   * {@link #open} for a target inside a directory whose {@link DirectoryLock} the caller holds (the
   * {@code charts/} of a result being redrawn): the commit takes no lock of its own.
   */
  public static OutputDirectory openInLockedDirectory(Path target, String marker) throws IOException {
    return open(target, marker, null);
  }

  /**
   * Checks, without changing anything, that {@code target} may be written: it does not exist, or it is a
   * directory that is empty or holds {@code marker}. Lets a caller fail before a long computation rather
   * than after it.
   */
  public static void checkReplaceable(Path target, String marker) throws IOException {
    Path absolute = absolute(target);
    if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + ": exists and is not a directory");
    }
    if (!Files.exists(absolute.resolve(marker), LinkOption.NOFOLLOW_LINKS) && !isEmpty(absolute)) {
      throw new IOException(target + ": exists and does not look like an earlier result (it has no "
          + marker + "); not replacing it");
    }
  }

  /** The directory to write the files into (not the target: that only appears at {@link #commit}). */
  public Path path() {
    return temp;
  }

  /** Puts the written directory in place of the target. */
  public void commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("already committed: " + shown);
    }
    if (!Files.isRegularFile(temp.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
      // Replacing needs the marker next time; a result without it could never be replaced again.
      throw new IllegalStateException("the result has no " + marker + ": " + temp);
    }
    DirectoryLock lock = waiting == null ? null : DirectoryLock.acquire(target, waiting);
    try {
      checkReplaceable(shown, marker);
      Path old = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        old = sibling(target, "old");
        move(target, old);
      }
      try {
        move(temp, target);
      } catch (IOException e) {
        if (old != null) {
          try {
            move(old, target);
          } catch (IOException restore) {
            // Neither result is at the target now: keep both where they are and say where, rather than
            // delete the new one on close (the old one is set aside, and a later run restores it).
            keepTemp = true;
            IOException both = new IOException(target + ": could not put the new result in place nor the "
                + "earlier one back; the new result is in " + temp + ", the earlier one in " + old, e);
            both.addSuppressed(restore);
            throw both;
          }
        }
        throw e;
      }
      committed = true;
      if (old != null) {
        try {
          deleteRecursively(old);
        } catch (IOException e) {
          // The new result is in place and complete; a leftover hidden copy of the old one is harmless
          // (the next open removes it) and not worth failing the run for.
        }
      }
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /** Deletes the written directory unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed && !keepTemp) {
      deleteRecursively(temp);
    }
  }

  private static Path absolute(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null || absolute.getFileName() == null) {
      throw new IOException(target + ": cannot write results over a root directory");
    }
    return absolute;
  }

  /**
   * {@code <parent>/.<name>.<kind>-<this process's id>-<16 random hex digits>}: a temporary name next to
   * {@code target} that {@link #removeLeftovers} recognises.
   */
  public static Path sibling(Path target, String kind) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + ProcessHandle.current().pid()
        + "-" + HexFormat.of().formatHex(bytes));
  }

  /**
   * Deletes the temporary and set-aside directories (and files) of {@code target} that processes no longer
   * running left behind; but when the target itself is missing, a set-aside one ({@code .old-}) is the
   * complete earlier result of a run killed between the two renames of its commit, and is put back instead.
   * Best effort: what cannot be deleted now is tried again next time. Call it holding the target's lock.
   */
  public static void removeLeftovers(Path target) {
    String name = target.getFileName().toString();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
      for (Path p : siblings) {
        Matcher m = LEFTOVER.matcher(p.getFileName().toString());
        if (m.matches() && m.group(1).equals(name) && !running(Long.parseLong(m.group(3)))) {
          try {
            if (m.group(2).equals("old") && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
              move(p, target);
            } else {
              deleteRecursively(p);
            }
          } catch (IOException e) {
            // Another run may be removing it at the same time, or it is not ours to delete.
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Listing the parent failed: nothing to clean that we can see.
    }
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }


  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      return !entries.iterator().hasNext();
    }
  }

  /** Deletes a directory tree, if there is one; symbolic links are deleted, never followed. */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
