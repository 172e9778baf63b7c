// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that chooses the PostgreSQL the tests run on, once per test JVM:
 *
 * <ol>
 *   <li>{@code CROSSCHECK_TEST_JDBC_URL} when set (with {@code CROSSCHECK_TEST_JDBC_USER}, default
 *       postgres, and {@code CROSSCHECK_TEST_JDBC_PASSWORD}, default empty): that server and
 *       database. {@code .ci/run} sets it.
 *   <li>Otherwise, where Docker answers: a Testcontainers PostgreSQL.
 *   <li>Otherwise: an embedded PostgreSQL (zonky's binaries from Maven, the same major as the
 *       service's embedded default), on a temporary data directory removed when the JVM exits.
 * </ol>
 *
 * Contexts share the chosen database (tests use their own ids); a test that must be alone on its
 * database (it tampers with it, or counts all its rows) asks for one of its own ({@link
 * #registerOwn}), created fresh on the same server. Nothing is ever skipped for want of a database.
 */
public final class TestDatabase {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");
  private static Server server;

  private TestDatabase() {}

  /**
   * A PostgreSQL server: its shared database's URL and a superuser (or a role that may create
   * databases).
   */
  public record Server(String kind, String url, String user, String password) {

    /** The URL of another database on the same server. */
    public String url(String database) {
      Matcher m = URL.matcher(url);
      if (!m.matches()) {
        throw new IllegalStateException("not a PostgreSQL JDBC URL: " + url);
      }
      return m.group(1) + database + m.group(3);
    }

    public Connection connect(String database) throws SQLException {
      return DriverManager.getConnection(url(database), user, password);
    }

    /** The server's maintenance database ({@code postgres}), for CREATE and DROP DATABASE. */
    public Connection admin() throws SQLException {
      return connect("postgres");
    }
  }

  /** The service's database for a test context: the shared one. */
  public static void register(DynamicPropertyRegistry registry) {
    Server s = server();
    properties(registry, s, s.url());
  }

  /**
   * A database of the test's own, dropped and created anew (once per context) on the chosen server.
   */
  public static void registerOwn(DynamicPropertyRegistry registry, String database) {
    Server s = server();
    recreate(database);
    properties(registry, s, s.url(database));
  }

  /** Drops (ending its sessions) and creates {@code database} on the chosen server. */
  public static void recreate(String database) {
    try (Connection c = server().admin();
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the test database " + database + ": " + e.getMessage(), e);
    }
  }

  /** The shared database as properties, for a service started outside Spring's test framework. */
  public static Map<String, Object> properties() {
    Server s = server();
    return properties(s, s.url());
  }

  private static void properties(DynamicPropertyRegistry registry, Server s, String url) {
    properties(s, url).forEach((name, value) -> registry.add(name, () -> value));
  }

  private static Map<String, Object> properties(Server s, String url) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", s.user());
    properties.put("spring.datasource.password", s.password());
    // many cached test contexts share one server: small pools
    properties.put("spring.datasource.hikari.maximum-pool-size", "5");
    properties.put("spring.datasource.hikari.minimum-idle", "1");
    return properties;
  }

  /** The server chosen for this JVM (started on first use). */
  public static synchronized Server server() {
    if (server == null) {
      server = choose();
    }
    return server;
  }

  private static Server choose() {
    String url = System.getenv("CROSSCHECK_TEST_JDBC_URL");
    if (url != null && !url.isBlank()) {
      return new Server(
          "CROSSCHECK_TEST_JDBC_URL",
          url,
          env("CROSSCHECK_TEST_JDBC_USER", "postgres"),
          env("CROSSCHECK_TEST_JDBC_PASSWORD", ""));
    }
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      return new Server(
          "Testcontainers",
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword());
    }
    return embedded();
  }

  private static Server embedded() {
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setServerConfig(
                  "fsync", "off") // a throw-away server: durability is not under test here
              .setServerConfig("full_page_writes", "off")
              .start();
      try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
          Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE crosscheck_test");
      }
      // no user in the URL: a test may connect as another role
      return new Server(
          "embedded",
          "jdbc:postgresql://localhost:" + postgres.getPort() + "/crosscheck_test",
          "postgres",
          "");
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL for the tests did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("the embedded PostgreSQL for the tests did not start", e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
