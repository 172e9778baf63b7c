// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Input the database would refuse, or that only the servlet container sees (header bytes), on the
 * running service: each is a 4xx problem+json naming the field (the generated counterpart is {@link
 * BadInputFuzzIT}; the request checks that need no database are the controllers' slices, {@code
 * *ControllerTest}).
 */
class BadInputIT extends PostgresIT {

  private static JsonNode problem(Http.Response r, int status) {
    ProblemBodies.assertClean(r.status(), r.header("Content-Type"), r.body());
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    return r.json();
  }

  private static String field(Http.Response r) {
    return problem(r, 400).get("errors").get(0).get("field").asString();
  }

  private Http.Response screen(String body, String... headers) {
    return http.post("/api/v1/screenings", "requester", body, headers);
  }

  private static String valid(String caseId) {
    return Cases.appropriate(caseId, "npi-1");
  }

  @Test
  void textLongerThanItsColumnIsRefusedNamingTheField() {
    String id = "x".repeat(201);
    assertThat(field(screen(valid(id)))).isEqualTo("caseId");
    assertThat(field(screen(Cases.appropriate(unique("len"), id))))
        .isEqualTo("request.requester.id");
    assertThat(field(screen(valid(unique("len")).replace("\"fac-01\"", "\"" + id + "\""))))
        .isEqualTo("request.facility.id");
    assertThat(field(screen(valid(unique("len")), "Idempotency-Key", "k".repeat(201))))
        .isEqualTo("Idempotency-Key");
    assertThat(screen(valid(unique("len")), "Idempotency-Key", "k".repeat(200)).status())
        .isEqualTo(201);
  }

  @Test
  void anIdempotencyKeySentAsUtf8BytesIsRefused() throws IOException {
    // the JDK's client turns non-ASCII into '?': the bytes of a UTF-8 key, written by hand
    byte[] body = valid(unique("key")).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + "Authorization: Basic "
                  + Base64.getEncoder().encodeToString("requester:crosscheck".getBytes())
                  + "\r\n"
                  + "Content-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nIdempotency-Key: caf")
              .getBytes(StandardCharsets.US_ASCII));
      out.write("\u00e9\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response)
          .startsWith("HTTP/1.1 400")
          .contains("application/problem+json")
          .contains("\"field\":\"Idempotency-Key\"");
    }
  }
}
