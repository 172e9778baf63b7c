// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.api.CrosscheckApiApplication;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default, as {@code java -jar} runs it with no configuration: the service starts its
 * own PostgreSQL on a data directory, and a restart finds the screenings, the reviews and the audit
 * trail where they were.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultIT {

  @TempDir Path dataDir;

  private ConfigurableApplicationContext start() {
    // command-line arguments: above the test JVM's system property that points contexts at
    // target/test-data-dir
    return new SpringApplicationBuilder(CrosscheckApiApplication.class)
        .run("--server.port=0", "--crosscheck.embedded-database.data-dir=" + dataDir);
  }

  private static Http http(ConfigurableApplicationContext app) {
    return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
  }

  @Test
  void aRestartKeepsTheScreeningsTheReviewsAndTheAuditTrail(CapturedOutput output) {
    String screening;
    String review;
    long migrations;
    try (ConfigurableApplicationContext first = start()) {
      Http http = http(first);
      JsonNode s =
          http.post(
                  "/api/v1/screenings",
                  "requester",
                  Cases.rarelyAppropriate("emb-1", "ELECTIVE", "npi-1"))
              .json();
      assertThat(s.get("status").asString()).isEqualTo("SECOND_REVIEW");
      screening = s.get("id").asString();
      review = s.get("review").get("id").asString();
      assertThat(http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null).status())
          .isEqualTo(200);
      // CDS Hooks: dev mode takes the README's request without a client JWT, and stores the card
      Http.Response cds =
          http.post(
              "/cds-services/crosscheck-order-sign",
              null,
              CdsFixtures.orderSign(CdsFixtures.REVIEW).toString());
      assertThat(cds.status()).as(cds.body()).isEqualTo(200);
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      migrations =
          jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history").query(Long.class).single();
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
                  .query(Long.class)
                  .single())
          .isZero();
      assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
          .hasMessageContaining("append-only");
    }
    assertThat(dataDir.resolve("postmaster.pid"))
        .as("the server stopped with the service")
        .doesNotExist();
    assertThat(output.getOut())
        .as("a loud banner in development mode")
        .contains("DEVELOPMENT MODE: not for patient data")
        .contains("Database: embedded PostgreSQL on localhost:")
        .contains("data in " + dataDir);

    try (ConfigurableApplicationContext second = start()) {
      Http http = http(second);
      JsonNode s = http.get("/api/v1/screenings/" + screening, "reviewer").json();
      assertThat(s.get("caseId").asString()).isEqualTo("emb-1");
      assertThat(s.get("review").get("status").asString()).isEqualTo("CLAIMED");
      JsonNode r = http.get("/api/v1/reviews/" + review, "reviewer").json();
      assertThat(r.get("claimedBy").asString()).isEqualTo("reviewer");
      assertThat(http.get("/api/v1/audit?entityId=" + review, "auditor").json().size())
          .isEqualTo(2);
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM cds_card").query(Long.class).single()).isEqualTo(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history").query(Long.class).single())
          .as("no migration ran twice")
          .isEqualTo(migrations);
    }
  }
}
