// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port over a real PostgreSQL ({@link TestDatabase}), with a clock the
 * tests move. Tests share the database, so each one works with its own ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresIT.Config.class)
public abstract class PostgresIT {

  protected static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  @TestConfiguration
  public static class Config {
    /** The service's Clock in the tests (primary over the system clock). */
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock(START);
    }
  }

  @DynamicPropertySource
  protected static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @LocalServerPort protected int port;

  @Autowired protected TestClock clock;

  protected Http http;

  @BeforeEach
  protected void client() {
    http = new Http(port);
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
