// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with stable type URIs ({@code urn:crosscheck:problem:<slug>}). */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:crosscheck:problem:" + type));
    problem.setTitle(title);
    return problem;
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  /**
   * The problem as JSON bytes, for the places that answer outside Spring MVC (filters, security
   * handlers).
   */
  public static byte[] toJson(ProblemDetail problem) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return JSON.writeValueAsBytes(body);
  }

  /** Writes a problem response outside Spring MVC. */
  public static void write(jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem)
      throws java.io.IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(toJson(problem));
  }

  /** A problem that lists the fields at fault: {@code errors: [{field, message}]}. */
  public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
    problem.setProperty("errors", errors);
    return problem;
  }
}
