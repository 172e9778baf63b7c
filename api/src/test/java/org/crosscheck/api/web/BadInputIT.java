// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;

/**
 * Input the database would refuse, or that once made the service answer 500 or name its classes: each is a 4xx
 * problem+json naming the field (the generated counterpart is {@link BadInputFuzzIT}).
 */
class BadInputIT extends PostgresIT {

  /** A 4xx problem+json that names no Java class, method or library. */
  static void clean(int status, String contentType, String body) {
    assertThat(status).as(body).isBetween(400, 499);
    assertThat(contentType).as(body).startsWith("application/problem+json");
    assertThat(body).doesNotContain("org.crosscheck", "tools.jackson", "com.fasterxml", "java.", "jakarta.",
        "org.springframework", "Exception", "`");
  }

  private static JsonNode problem(Http.Response r, int status) {
    clean(r.status(), r.header("Content-Type"), r.body());
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
    assertThat(field(screen(Cases.appropriate(unique("len"), id)))).isEqualTo("request.requester.id");
    assertThat(field(screen(valid(unique("len")).replace("\"fac-01\"", "\"" + id + "\""))))
        .isEqualTo("request.facility.id");
    assertThat(field(screen(valid(unique("len")), "Idempotency-Key", "k".repeat(201)))).isEqualTo("Idempotency-Key");
    assertThat(screen(valid(unique("len")), "Idempotency-Key", "k".repeat(200)).status()).isEqualTo(201);
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedInCasesAndDecisions() {
    assertThat(field(screen(valid("a\\u0000b")))).isEqualTo("caseId");
    assertThat(field(screen(valid("a\\ud800b")))).isEqualTo("caseId");
    assertThat(field(http.post("/api/v1/evaluations", "requester", valid("a\\udfffb")))).isEqualTo("caseId");
    String review = http.post("/api/v1/screenings", "requester",
        Cases.rarelyAppropriate(unique("nul"), "ELECTIVE", "npi-1")).json().get("review").get("id").asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    assertThat(field(http.post("/api/v1/reviews/" + review + "/decision", "reviewer",
        "{\"decision\": \"CONCUR\", \"note\": \"ok\\u0000\"}"))).isEqualTo("note");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefused() {
    byte[] latin1 = valid("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/screenings"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("requester:crosscheck".getBytes()))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build();
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      clean(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
      assertThat(r.body()).contains("UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void pagingOutOfRangeIsRefusedNamingTheParameter() {
    assertThat(field(http.get("/api/v1/reviews?size=0", "reviewer"))).isEqualTo("size");
    assertThat(field(http.get("/api/v1/reviews?size=-5", "reviewer"))).isEqualTo("size");
    assertThat(field(http.get("/api/v1/reviews?size=100000", "reviewer"))).isEqualTo("size");
    assertThat(field(http.get("/api/v1/reviews?page=-1", "reviewer"))).isEqualTo("page");
    assertThat(problem(http.get("/api/v1/reviews?page=99999999999", "reviewer"), 400).get("detail").asString())
        .contains("page");
    assertThat(problem(http.get("/api/v1/reviews?size=abc", "reviewer"), 400).get("detail").asString())
        .contains("size");
    assertThat(field(http.get("/api/v1/reviews?page=2147483647", "reviewer"))).isEqualTo("page");
    assertThat(http.get("/api/v1/reviews?page=1000000&size=500", "reviewer").status()).isEqualTo(200);
  }

  @Test
  void anIdempotencyKeyIsVisibleAscii() throws IOException {
    assertThat(field(screen(valid(unique("key")), "Idempotency-Key", "two words"))).isEqualTo("Idempotency-Key");
    // the JDK's client turns non-ASCII into '?': the bytes of a UTF-8 key, written by hand
    byte[] body = valid(unique("key")).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/screenings HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
          + "Authorization: Basic " + Base64.getEncoder().encodeToString("requester:crosscheck".getBytes()) + "\r\n"
          + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nIdempotency-Key: caf")
          .getBytes(StandardCharsets.US_ASCII));
      out.write("\u00e9\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
          .contains("\"field\":\"Idempotency-Key\"");
    }
  }

  @Test
  void aNumericCaseIdIsATypeErrorAndAsOfMustBePlausible() {
    assertThat(field(http.post("/api/v1/evaluations", "requester", valid("x").replace("\"x\"", "12"))))
        .isEqualTo("caseId");
    assertThat(field(http.post("/api/v1/evaluations", "requester", valid("x").replace("2026-03-01", "0000-01-01"))))
        .isEqualTo("asOf");
    assertThat(field(http.post("/api/v1/evaluations", "requester", valid("x").replace("2026-03-01", "2026-02-30"))))
        .isEqualTo("asOf");
  }

  @Test
  void emptyBodiesAndNullListItemsAreDescribedWithoutInternals() {
    problem(http.post("/api/v1/evaluations", "requester", ""), 400);
    problem(http.post("/api/v1/screenings", "requester", ""), 400);
    problem(http.post("/api/v1/evaluations", "requester", "null"), 400);
    assertThat(field(http.post("/api/v1/evaluations", "requester",
        valid("x").replace("[{\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 85}]", "[null]"))))
        .isEqualTo("anatomy.lesions[0]");
  }

  @Test
  void badDecisionBodiesNameTheField() {
    String review = http.post("/api/v1/screenings", "requester",
        Cases.rarelyAppropriate(unique("dec"), "ELECTIVE", "npi-1")).json().get("review").get("id").asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    String path = "/api/v1/reviews/" + review + "/decision";
    assertThat(field(http.post(path, "reviewer", "{\"decision\": \"MAYBE\", \"note\": \"n\"}"))).isEqualTo("decision");
    assertThat(field(http.post(path, "reviewer", "{\"decision\": \"CONCUR\", \"note\": 5}"))).isEqualTo("note");
    assertThat(field(http.post(path, "reviewer", "{\"decision\": \"CONCUR\"}"))).isEqualTo("note");
    assertThat(field(http.post(path, "reviewer", "{\"decision\": \"CONCUR\", \"note\": \"n\", \"x\": 1}")))
        .isEqualTo("x");
    problem(http.post(path, "reviewer", "[]"), 400);
    problem(http.post(path, "reviewer", ""), 400);
    problem(http.post(path, "reviewer", "{\"decision\": \"CONCUR\", \"note\": \"n\"} {}"), 400);
  }

  @Test
  void duplicateKeysAreRefusedInEveryBody() {
    assertThat(problem(http.post("/api/v1/evaluations", "requester",
        valid("x").replace("\"lvef\": 58", "\"lvef\": 58, \"lvef\": 20")), 400).get("detail").asString())
        .contains("Duplicate");
    String review = http.post("/api/v1/screenings", "requester",
        Cases.rarelyAppropriate(unique("dup"), "ELECTIVE", "npi-1")).json().get("review").get("id").asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    assertThat(problem(http.post("/api/v1/reviews/" + review + "/decision", "reviewer",
        "{\"decision\": \"CONCUR\", \"decision\": \"OVERTURN\", \"note\": \"n\"}"), 400).get("detail").asString())
        .contains("Duplicate");
  }
}
