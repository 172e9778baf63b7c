// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client reads in an error: an RFC 9457 problem+json in clinical or HTTP words, never the
 * service's code.
 */
public final class ProblemBodies {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemBodies() {}

  /** A 4xx problem+json that names no Java class, method or library. */
  public static void assertClean(int status, String contentType, String body) {
    assertThat(status).as(body).isBetween(400, 499);
    assertThat(contentType).as(body).startsWith("application/problem+json");
    assertThat(body)
        .doesNotContain(
            "org.crosscheck",
            "tools.jackson",
            "com.fasterxml",
            "java.",
            "jakarta.",
            "org.springframework",
            "Exception",
            "`");
  }

  /**
   * A slice's answer, checked to be a clean problem with this status (also in the body); its JSON.
   */
  public static JsonNode problem(MvcResult result, int status) {
    MockHttpServletResponse response = result.getResponse();
    String body = body(result);
    assertClean(response.getStatus(), response.getContentType(), body);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    return problem;
  }

  /** The field a 400 names first. */
  public static String field(MvcResult result) {
    return problem(result, 400).get("errors").get(0).get("field").asString();
  }

  public static String body(MvcResult result) {
    try {
      return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(MvcResult result) {
    return JSON.readTree(body(result));
  }
}
