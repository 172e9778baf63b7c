// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crashed service leaves in its data directory, cleared before the embedded server starts.
 *
 * <ul>
 *   <li>A {@code postmaster.pid} whose process is gone, or whose number now belongs to another
 *       program (PostgreSQL itself refuses to start then): deleted.
 *   <li>A PostgreSQL server still running on the directory after the service that started it was
 *       killed (the server is a separate process and outlives a {@code kill -9} of the JVM): asked
 *       to shut down (SIGTERM, a "smart" shutdown that keeps every committed transaction), then the
 *       service starts its own.
 * </ul>
 *
 * A live service holds the directory's lock file ({@code epg-lock}): a second service on the same
 * directory is refused, and its server is never touched.
 */
final class DataDirectoryLeftovers {

  static final String LOCK_FILE = "epg-lock";
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLeftovers.class);

  private DataDirectoryLeftovers() {}

  static void clear(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try (FileChannel channel =
            FileChannel.open(
                dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (lock == null) {
        throw new IllegalStateException(
            "Another Crosscheck service is using the data directory "
                + dataDir
                + ": stop it, or set CROSSCHECK_DATA_DIR to another folder");
      }
      if (!Files.exists(pidFile)) {
        return;
      }
      Optional<ProcessHandle> server =
          pid(pidFile)
              .flatMap(ProcessHandle::of)
              .filter(ProcessHandle::isAlive)
              .filter(p -> isServerOf(p, dataDir));
      if (server.isPresent()) {
        stop(server.get(), dataDir);
      } else if (Files.deleteIfExists(pidFile)) {
        LOG.warn(
            "Removed a stale postmaster.pid from {} (left by a crash; no server was running)",
            dataDir);
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by this JVM: a server of this process runs on the directory
    }
  }

  private static Optional<Long> pid(Path pidFile) throws IOException {
    List<String> lines = Files.readAllLines(pidFile);
    try {
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A postgres process whose arguments name this data directory (pg_ctl starts it with {@code -D
   * dir}).
   */
  private static boolean isServerOf(ProcessHandle process, Path dataDir) {
    ProcessHandle.Info info = process.info();
    boolean postgres =
        info.command()
            .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
            .orElse(false);
    boolean ourDirectory =
        info.arguments()
            .map(Arrays::asList)
            .map(args -> args.contains(dataDir.toString()))
            .orElse(false);
    return postgres && ourDirectory;
  }

  private static void stop(ProcessHandle server, Path dataDir) {
    LOG.warn(
        "A PostgreSQL server (pid {}) is still running on {} after a crash: shutting it down",
        server.pid(),
        dataDir);
    server.destroy();
    try {
      server.onExit().get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "The PostgreSQL server left running on "
              + dataDir
              + " (pid "
              + server.pid()
              + ") did not stop within "
              + SHUTDOWN_WAIT.toSeconds()
              + " s",
          e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
