// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.crosscheck.api.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The documented deployment on PostgreSQL (api/README.md): a database owned by an owner role that
 * runs the migrations, the service connected as a role of its own. The service role cannot alter,
 * disable the triggers of, truncate or drop the audit trail, nor change a row; the owner can, and
 * the chain shows where.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditRolesIT {

  static final String DATABASE = "crosscheck_roles_it";
  static final String OWNER = "crosscheck_it_owner";
  static final String SERVICE = "crosscheck_it_service";
  static final String PASSWORD = "crosscheck-it";

  @DynamicPropertySource
  static void roles(DynamicPropertyRegistry registry) throws SQLException {
    TestDatabase.Server server = TestDatabase.server();
    try (Connection admin = server.admin();
        Statement st = admin.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      st.execute("DROP ROLE IF EXISTS " + SERVICE);
      st.execute("DROP ROLE IF EXISTS " + OWNER);
      st.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + PASSWORD + "'");
      st.execute("CREATE ROLE " + SERVICE + " LOGIN PASSWORD '" + PASSWORD + "'");
      st.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
    }
    try (Connection db = server.connect(DATABASE);
        Statement st = db.createStatement()) {
      st.execute("ALTER SCHEMA public OWNER TO " + OWNER);
      st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    }
    registry.add("spring.datasource.url", () -> server.url(DATABASE));
    registry.add("spring.datasource.username", () -> SERVICE);
    registry.add("spring.datasource.password", () -> PASSWORD);
    registry.add("spring.flyway.user", () -> OWNER);
    registry.add("spring.flyway.password", () -> PASSWORD);
    registry.add("spring.flyway.placeholders.service_role", () -> SERVICE);
  }

  @Autowired JdbcClient jdbc;

  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private static String unique(String prefix) {
    return PostgresIT.unique(prefix);
  }

  private static Connection as(String role) throws SQLException {
    return DriverManager.getConnection(TestDatabase.server().url(DATABASE), role, PASSWORD);
  }

  @Test
  void theServiceRoleWritesTheQueueButCannotChangeTheAuditTrail() throws SQLException {
    assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(SERVICE);
    assertThat(
            http.post(
                    "/api/v1/screenings",
                    "requester",
                    Cases.rarelyAppropriate(unique("roles"), "ELECTIVE", "npi-1"))
                .status())
        .isEqualTo(201);
    try (Connection service = as(SERVICE);
        Statement st = service.createStatement()) {
      for (String attempt :
          new String[] {
            "ALTER TABLE audit_event DISABLE TRIGGER ALL",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update",
            "DROP TRIGGER audit_event_no_update ON audit_event",
            "ALTER TABLE audit_event ADD COLUMN note TEXT",
            "DROP TABLE audit_event",
            "TRUNCATE audit_event",
            "UPDATE audit_event SET actor = 'someone else'",
            "DELETE FROM audit_event",
            "CREATE TABLE shadow (id INT)",
            "DROP FUNCTION audit_event_append_only() CASCADE"
          }) {
        assertThatThrownBy(() -> st.execute(attempt))
            .as(attempt)
            .isInstanceOf(SQLException.class)
            .hasMessageMatching("(?s).*(permission denied|must be owner).*");
      }
    }
  }

  @Test
  void tamperingAsTheOwnerShowsAsABreakInTheChain() throws SQLException {
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("tamper"), "ELECTIVE", "npi-1"))
            .json();
    http.post(
        "/api/v1/reviews/" + s.get("review").get("id").asString() + "/claim", "reviewer", null);
    assertThat(http.get("/api/v1/audit/chain", "auditor").json().get("intact").asBoolean())
        .isTrue();
    long victim =
        jdbc.sql("SELECT MIN(id) FROM audit_event WHERE entity_id = ?")
            .param(s.get("id").asString())
            .query(Long.class)
            .single();

    try (Connection owner = as(OWNER);
        Statement st = owner.createStatement()) {
      st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
      st.execute("UPDATE audit_event SET actor = 'someone else' WHERE id = " + victim);
      st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update");
    }
    JsonNode changed = http.get("/api/v1/audit/chain", "auditor").json();
    assertThat(changed.get("intact").asBoolean()).isFalse();
    assertThat(changed.get("brokenAtId").asLong()).isEqualTo(victim);
    assertThat(changed.get("problem").asString()).contains("changed");

    try (Connection owner = as(OWNER);
        Statement st = owner.createStatement()) {
      st.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update");
      st.execute("UPDATE audit_event SET actor = 'requester' WHERE id = " + victim);
      st.execute("DELETE FROM audit_event WHERE id = (SELECT MAX(id) FROM audit_event)");
      st.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update");
    }
    JsonNode truncated = http.get("/api/v1/audit/chain", "auditor").json();
    assertThat(truncated.get("intact").asBoolean()).isFalse();
    assertThat(truncated.get("problem").asString()).contains("removed");
  }
}
