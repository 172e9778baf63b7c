// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's server on a data directory that outlives it, and what a crash leaves
 * behind: a stale {@code postmaster.pid} (its number taken by another program) and a server still
 * running after its service died.
 */
class EmbeddedPostgresServerIT {

  @TempDir Path dataDir;

  private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static List<String> notes(EmbeddedPostgresServer server) throws SQLException {
    List<String> notes = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT text FROM note ORDER BY text")) {
      while (rs.next()) {
        notes.add(rs.getString(1));
      }
    }
    return notes;
  }

  @Test
  void theDataOutlivesTheServerAndAStalePidFileDoesNotStopTheNextStart() throws Exception {
    String pidFileContent;
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
      execute(server, "CREATE TABLE note (text TEXT)");
      execute(server, "INSERT INTO note VALUES ('kept')");
      pidFileContent = Files.readString(dataDir.resolve("postmaster.pid"));
    }
    // a crash leaves postmaster.pid behind; after a reboot its number may belong to any other
    // program
    Process other = new ProcessBuilder("sleep", "60").start();
    try {
      Files.writeString(
          dataDir.resolve("postmaster.pid"),
          pidFileContent.replaceFirst("^\\d+", "" + other.pid()));
      try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
        assertThat(notes(server)).containsExactly("kept");
      }
      assertThat(other.isAlive()).as("the other program is left alone").isTrue();
    } finally {
      other.destroy();
    }
  }

  @Test
  void aServerLeftRunningByADeadServiceIsStoppedAndReplaced() throws Exception {
    Path postgresBinary;
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
      execute(server, "CREATE TABLE note (text TEXT)");
      execute(server, "INSERT INTO note VALUES ('before the crash')");
      long pid =
          Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      postgresBinary = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
    }
    // what a kill -9 of the service leaves: its server still running on the directory, nobody
    // holding the lock
    Process orphan = startServer(postgresBinary.resolveSibling("pg_ctl"));
    assertThat(orphan.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(orphan.exitValue()).isZero();
    long orphanPid =
        Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
      assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive))
          .as("the orphan was stopped")
          .isEmpty();
      assertThat(notes(server)).containsExactly("before the crash");
    }
  }

  @Test
  void aSecondServiceOnTheSameDirectoryIsRefused() {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0)) {
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0))
          .hasMessageContaining("Another Crosscheck service is using the data directory");
    }
  }

  @Test
  void aFolderWithOtherFilesIsNotTakenForADataDirectory() throws IOException {
    Files.writeString(dataDir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0))
        .hasMessageContaining("is not empty and holds no PostgreSQL data");
  }

  private Process startServer(Path pgCtl) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(
          List.of("unshare", "-U")); // PostgreSQL refuses root; the library does the same
    }
    command.addAll(
        List.of(
            pgCtl.toString(),
            "-D",
            dataDir.toAbsolutePath().normalize().toString(),
            "-o",
            "-p " + port,
            "-w",
            "start",
            "-l",
            dataDir.resolve("orphan.log").toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
