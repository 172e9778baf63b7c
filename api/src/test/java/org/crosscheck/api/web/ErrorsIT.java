// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;

/** Bad requests get the status the HTTP spec gives and an RFC 9457 problem that names the field. */
@TestPropertySource(properties = "crosscheck.request.max-bytes=65536")
class ErrorsIT extends PostgresIT {

  private static void problem(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(status);
    assertThat(r.json().get("title").asString()).isNotBlank();
  }

  @Test
  void anInvalidValueIs400NamingTheFieldAndTheAllowedValues() {
    Http.Response r = http.post("/api/v1/evaluations", "requester",
        Cases.appropriate("e1", "npi-1").replace("\"STABLE\"", "\"CHRONIC\""));
    problem(r, 400);
    JsonNode error = r.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo("presentation.setting");
    assertThat(error.get("message").asString()).contains("STABLE, UNSTABLE_ANGINA, NSTEMI, STEMI");
  }

  @Test
  void anUnknownFieldIs400() {
    Http.Response r = http.post("/api/v1/screenings", "requester",
        Cases.appropriate("e2", "npi-1").replace("\"lvef\": 58", "\"lvef\": 58, \"ejectionFraction\": 58"));
    problem(r, 400);
    assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("ejectionFraction");
  }

  @Test
  void malformedJsonIs400() {
    problem(http.post("/api/v1/evaluations", "requester", "{\"caseId\": "), 400);
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws IOException {
    String big = Cases.appropriate("e3", "npi-1").replace("\"fac-01\"", "\"" + "x".repeat(70_000) + "\"");
    problem(http.post("/api/v1/evaluations", "requester", big), 413);
    HttpURLConnection chunked = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/v1/evaluations")
        .toURL().openConnection();
    chunked.setRequestMethod("POST");
    chunked.setDoOutput(true);
    chunked.setChunkedStreamingMode(4096);
    chunked.setRequestProperty("Content-Type", "application/json");
    chunked.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString(("requester:" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    try {
      chunked.getOutputStream().write(big.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the server may close the connection once it has answered
    }
    assertThat(chunked.getResponseCode()).isEqualTo(413);
    JsonNode body = JsonMapper.builder().build().readTree(chunked.getErrorStream().readAllBytes());
    assertThat(body.get("status").asInt()).isEqualTo(413);
  }

  @Test
  void aWrongContentTypeIs415() {
    problem(http.send("POST", "/api/v1/evaluations", "requester", Cases.appropriate("e4", "npi-1"), "text/plain"),
        415);
  }

  @Test
  void noOrBadCredentialsAre401AndTheWrongRoleIs403() {
    problem(http.post("/api/v1/evaluations", null, Cases.appropriate("e5", "npi-1")), 401);
    Http.Response bad = http.send("GET", "/api/v1/rulesets", null, null, null, "Authorization",
        "Basic " + Base64.getEncoder().encodeToString("reviewer:wrong".getBytes(StandardCharsets.UTF_8)));
    problem(bad, 401);
    problem(http.get("/api/v1/reviews", "requester"), 403);
    problem(http.post("/api/v1/screenings", "reviewer", Cases.appropriate("e6", "npi-1")), 403);
  }

  @Test
  void anUnknownScreeningIs404() {
    problem(http.get("/api/v1/screenings/no-such-id", "auditor"), 404);
  }
}
