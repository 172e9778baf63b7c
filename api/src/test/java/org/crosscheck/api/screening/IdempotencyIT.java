// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key: the same case however it is encoded, per user, and a replay is a read in the
 * audit trail.
 */
class IdempotencyIT extends PostgresIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Http.Response screen(String user, String body, String key) {
    return http.post("/api/v1/screenings", user, body, "Idempotency-Key", key);
  }

  /** The same case with its keys in reverse order and other whitespace. */
  private static String reEncoded(String json) {
    JsonNode node = JSON.readTree(json);
    StringBuilder out = new StringBuilder();
    reverse(node, out);
    return out.toString();
  }

  private static void reverse(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.propertyNames());
      java.util.Collections.reverse(names);
      out.append("{\n");
      for (int i = 0; i < names.size(); i++) {
        out.append(i == 0 ? "  " : ",\n  ")
            .append(JSON.writeValueAsString(names.get(i)))
            .append(" :  ");
        reverse(node.get(names.get(i)), out);
      }
      out.append("\n}");
    } else if (node.isArray()) {
      out.append("[ ");
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : " , ");
        reverse(node.get(i), out);
      }
      out.append(" ]");
    } else {
      out.append(JSON.writeValueAsString(node));
    }
  }

  @Test
  void theSameCaseReEncodedIsTheSameRequest() {
    String key = unique("enc");
    String body = Cases.rarelyAppropriate(unique("enc"), "ELECTIVE", "npi-1");
    Http.Response first = screen("requester", body, key);
    Http.Response again = screen("requester", reEncoded(body), key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    Http.Response changed =
        screen("requester", reEncoded(body).replace("\"ELECTIVE\"", "\"URGENT\""), key);
    assertThat(changed.status()).isEqualTo(422);
  }

  @Test
  void keysBelongToTheUserWhoSentThem() {
    String key = unique("mine");
    Http.Response mine = screen("requester", Cases.appropriate(unique("mine"), "npi-1"), key);
    Http.Response theirs =
        screen("requester2", Cases.rarelyAppropriate(unique("theirs"), "ELECTIVE", "npi-2"), key);
    assertThat(mine.status()).isEqualTo(201);
    assertThat(theirs.status()).as("another user's key is not this user's").isEqualTo(201);
    assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
    assertThat(theirs.json().get("status").asString()).isEqualTo("SECOND_REVIEW");
  }

  @Test
  void aReplayIsAuditedAsARead() {
    String key = unique("read");
    String body = Cases.appropriate(unique("read"), "npi-1");
    String id = screen("requester", body, key).json().get("id").asString();
    screen("requester", body, key);
    List<String> trail = new ArrayList<>();
    http.get("/api/v1/audit?entityId=" + id, "auditor")
        .json()
        .forEach(e -> trail.add(e.get("action").asString() + " by " + e.get("actor").asString()));
    assertThat(trail).containsExactly("SCREENING_CREATED by requester", "CASE_READ by requester");
  }
}
