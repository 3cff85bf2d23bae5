package org.kamsim.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Serialises the kamsim runs that change one result directory: {@code simulate} or {@code optimise} putting
 * a new result in place, {@code kamsim report} redrawing the report of the one there. Without it, a report
 * redrawn while a run replaces the directory reads half of one result and half of the other.
 *
 * <p>The lock is the operating system's lock on a file {@code .<name>.lock} next to the directory (the file
 * stays; only the lock matters), so it is released when its process ends, however it ends: a killed run
 * never leaves a stale lock. Within one JVM, threads queue on a lock of their own first (the operating
 * system's lock belongs to the whole process).
 */
public final class DirectoryLock implements AutoCloseable {
  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;

  private DirectoryLock(ReentrantLock local, FileChannel channel) {
    this.local = local;
    this.channel = channel;
  }

  /**
   * Takes the lock of {@code directory} (which need not exist; its parent must), waiting for another run
   * that holds it; {@code waiting} is told once, with a sentence to show, if this has to wait.
   */
  public static DirectoryLock acquire(Path directory, Consumer<String> waiting) throws IOException {
    Path file = file(directory);
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    boolean told = false;
    if (!local.tryLock()) {
      waiting.accept(message(directory));
      told = true;
      local.lock();
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        if (!told) {
          waiting.accept(message(directory));
        }
        lock = channel.lock();
      }
      return new DirectoryLock(local, channel);
    } catch (IOException | RuntimeException | Error e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException closing) {
        e.addSuppressed(closing);
      } finally {
        local.unlock(); // whatever closing did: a lock left held here would hang every later run in this JVM
      }
      throw e;
    }
  }

  /** The lock file of {@code directory}: {@code .<name>.lock} next to it. */
  public static Path file(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
  }

  private static String message(Path directory) {
    return "waiting for another kamsim run that is writing " + directory;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close(); // releases the file lock with it
    } finally {
      local.unlock();
    }
  }
}
