// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.api.CrosscheckApiApplication;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.ClientJwts;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service behind one load balancer (one base URL, one database): a CDS client
 * token used on one is refused on the other, and expired entries of the replay cache are purged.
 */
class CdsReplayAcrossInstancesIT {

  private static final String DATABASE = "crosscheck_replay_it";
  private static final String BASE_URL = "https://crosscheck.test.example";
  private static final String SIGN = "/cds-services/crosscheck-order-sign";

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() {
    TestDatabase.recreate(DATABASE);
    first = instance(true);
    second = instance(true);
  }

  /**
   * An instance on the shared database; arguments, as application.yml's empty client list would win
   * over defaults.
   */
  private static ConfigurableApplicationContext instance(boolean requireJwt) {
    TestDatabase.Server server = TestDatabase.server();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.datasource.url", server.url(DATABASE));
    properties.put("spring.datasource.username", server.user());
    properties.put("spring.datasource.password", server.password());
    properties.put("crosscheck.cds-hooks.base-url", BASE_URL);
    properties.put("crosscheck.cds-hooks.require-jwt", String.valueOf(requireJwt));
    properties.put("crosscheck.cds-hooks.clients[0].iss", ClientJwts.ISS);
    properties.put("crosscheck.cds-hooks.clients[0].jwks", ClientJwts.publicJwks());
    return new SpringApplicationBuilder(CrosscheckApiApplication.class)
        .run(
            properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static Http http(ConfigurableApplicationContext app) {
    return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
  }

  @Test
  void aTokenUsedOnOneInstanceIsRefusedOnTheOther() {
    String body = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    String token = ClientJwts.token(BASE_URL + SIGN, Instant.now());
    Http.Response onFirst = http(first).post(SIGN, null, body, "Authorization", "Bearer " + token);
    assertThat(onFirst.status()).as(onFirst.body()).isEqualTo(200);
    Http.Response onSecond =
        http(second).post(SIGN, null, body, "Authorization", "Bearer " + token);
    assertThat(onSecond.status()).isEqualTo(401);
    assertThat(onSecond.json().get("detail").asString()).contains("replay");
    Http.Response fresh =
        http(second)
            .post(
                SIGN,
                null,
                body,
                "Authorization",
                "Bearer " + ClientJwts.token(BASE_URL + SIGN, Instant.now()));
    assertThat(fresh.status()).as("another token is welcome").isEqualTo(200);
  }

  @Test
  void expiredEntriesArePurged() {
    JdbcClient jdbc = first.getBean(JdbcClient.class);
    jdbc.sql("INSERT INTO cds_jti (iss, jti, expires_at) VALUES (?, 'long-gone', ?)")
        .params(ClientJwts.ISS, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
        .update();
    // a fresh instance purges on its first check; the first instance may have purged a moment ago
    try (ConfigurableApplicationContext third = instance(false)) {
      Http.Response call =
          http(third)
              .post(
                  SIGN,
                  null,
                  CdsFixtures.orderSign(CdsFixtures.CLEAR).toString(),
                  "Authorization",
                  "Bearer " + ClientJwts.token(BASE_URL + SIGN, Instant.now()));
      assertThat(call.status()).isEqualTo(200);
    }
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM cds_jti WHERE jti = 'long-gone'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM cds_jti WHERE expires_at > now()")
                .query(Long.class)
                .single())
        .isPositive();
  }
}
