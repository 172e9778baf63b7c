// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.ClientJwts;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away while the service runs (a server of this test's own, stopped and started
 * again): requests that need it fail within ~2 s with 503 problem+json, readiness says DOWN,
 * evaluations go on; when the database is back, so is the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIT {

  private static Path dataDir;
  private static EmbeddedPostgresServer server;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    dataDir = Files.createTempDirectory("crosscheck-outage");
    server = EmbeddedPostgresServer.start(dataDir, 0);
    registry.add("spring.datasource.url", server::jdbcUrl);
    registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
    ClientJwts.trust(registry);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private record Timed(Http.Response response, Duration took) {}

  private static Timed timed(Supplier<Http.Response> call) {
    long start = System.nanoTime();
    Http.Response response = call.get();
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }

  private static void unavailable(Timed t) {
    assertThat(t.response().status()).as(t.response().body()).isEqualTo(503);
    assertThat(t.response().header("Content-Type")).startsWith("application/problem+json");
    assertThat(t.response().header("Retry-After")).isEqualTo("5");
    assertThat(t.response().body()).doesNotContain("org.", "java.", "Exception");
    assertThat(t.took())
        .as("answered within the pool's 2 s connection timeout")
        .isLessThan(Duration.ofMillis(3500));
    System.out.println("outage: 503 in " + t.took().toMillis() + " ms");
  }

  @Test
  void anOutageIs503WithinTwoSecondsReadinessGoesDownAndEvaluationsGoOn() {
    Http http = new Http(port);
    String review =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(PostgresIT.unique("out"), "ELECTIVE", "npi-1"))
            .json()
            .get("review")
            .get("id")
            .asString();
    assertThat(http.get("/actuator/health/readiness", null).json().get("status").asString())
        .isEqualTo("UP");
    int dbPort = server.port();

    server.close();

    unavailable(
        timed(
            () ->
                http.post(
                    "/api/v1/screenings",
                    "requester",
                    Cases.appropriate(PostgresIT.unique("out"), "npi-1"))));
    unavailable(timed(() -> http.get("/api/v1/reviews", "reviewer")));
    unavailable(timed(() -> http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null)));
    String sign = "/cds-services/crosscheck-order-sign";
    String token = ClientJwts.token("http://localhost:" + port + sign, java.time.Instant.now());
    String order = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    // the replay cache, read in a filter before any controller
    unavailable(timed(() -> http.post(sign, null, order, "Authorization", "Bearer " + token)));
    Timed readiness = timed(() -> http.get("/actuator/health/readiness", "admin"));
    assertThat(readiness.response().status()).isEqualTo(503);
    assertThat(readiness.response().json().get("status").asString()).isEqualTo("DOWN");
    assertThat(readiness.response().json().get("components").get("db").get("status").asString())
        .isEqualTo("DOWN");
    assertThat(readiness.took()).isLessThan(Duration.ofMillis(3500));
    System.out.println("outage: readiness DOWN in " + readiness.took().toMillis() + " ms");
    assertThat(http.get("/actuator/health/liveness", null).status())
        .as("alive, only not ready")
        .isEqualTo(200);
    Timed evaluation =
        timed(
            () ->
                http.post("/api/v1/evaluations", "requester", Cases.appropriate("out-e", "npi-1")));
    assertThat(evaluation.response().status()).isEqualTo(200);
    assertThat(evaluation.response().json().get("decision").get("outcome").asString())
        .isEqualTo("CLEAR");

    server = EmbeddedPostgresServer.start(dataDir, dbPort);

    // the pool reconnects on its own (it retries in the background): ready again within seconds
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (http.get("/actuator/health/readiness", null).status() != 200
        && System.nanoTime() < deadline) {
      sleep();
    }
    assertThat(http.get("/actuator/health/readiness", null).json().get("status").asString())
        .isEqualTo("UP");
    assertThat(http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null).status())
        .isEqualTo(200);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
