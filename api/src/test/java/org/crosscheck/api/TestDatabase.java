// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the integration tests run on. A JDBC URL in {@code CROSSCHECK_TEST_JDBC_URL} wins (with
 * {@code CROSSCHECK_TEST_JDBC_USER}, default postgres, and {@code CROSSCHECK_TEST_JDBC_PASSWORD}, default empty):
 * {@code .ci/run} sets it to the machine's server. Otherwise, where Docker runs, a Testcontainers PostgreSQL is
 * started once for the run. With neither, the tests are skipped (aborted with the reason), never run on H2.
 */
final class TestDatabase {

  private static PostgreSQLContainer container;

  private TestDatabase() {}

  static void register(DynamicPropertyRegistry registry) {
    String url = System.getenv("CROSSCHECK_TEST_JDBC_URL");
    if (url != null && !url.isBlank()) {
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", () -> env("CROSSCHECK_TEST_JDBC_USER", "postgres"));
      registry.add("spring.datasource.password", () -> env("CROSSCHECK_TEST_JDBC_PASSWORD", ""));
      return;
    }
    Assumptions.assumeTrue(dockerAvailable(),
        "no PostgreSQL for the integration tests: set CROSSCHECK_TEST_JDBC_URL or run Docker (Testcontainers)");
    synchronized (TestDatabase.class) {
      if (container == null) {
        container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
      }
    }
    registry.add("spring.datasource.url", container::getJdbcUrl);
    registry.add("spring.datasource.username", container::getUsername);
    registry.add("spring.datasource.password", container::getPassword);
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
