// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The errors only the running service on its database can show: a chunked body over the limit (read
 * by the container) and a screening the database does not hold. The request checks are the
 * controllers' slices ({@code *ControllerTest}).
 */
@TestPropertySource(properties = "crosscheck.request.max-bytes=65536")
class ErrorsIT extends PostgresIT {

  @Test
  void aChunkedBodyOverTheLimitIs413() throws IOException {
    String big =
        Cases.appropriate("e3", "npi-1").replace("\"fac-01\"", "\"" + "x".repeat(70_000) + "\"");
    HttpURLConnection chunked =
        (HttpURLConnection)
            URI.create("http://localhost:" + port + "/api/v1/evaluations").toURL().openConnection();
    chunked.setRequestMethod("POST");
    chunked.setDoOutput(true);
    chunked.setChunkedStreamingMode(4096);
    chunked.setRequestProperty("Content-Type", "application/json");
    chunked.setRequestProperty(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
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
  void anUnknownScreeningIs404() {
    Http.Response r = http.get("/api/v1/screenings/no-such-id", "auditor");
    ProblemBodies.assertClean(r.status(), r.header("Content-Type"), r.body());
    assertThat(r.status()).isEqualTo(404);
  }
}
