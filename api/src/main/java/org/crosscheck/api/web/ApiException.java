// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error the API answers with an RFC 9457 problem: its status, a stable type slug, a title and
 * the detail.
 */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final String type;
  private final String title;

  public ApiException(HttpStatus status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /**
   * 400 for one request field (a header or parameter) that is not acceptable, named in {@code
   * errors}.
   */
  public static ApiException invalidField(String field, String message) {
    return new Invalid(field, message);
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        "not-found",
        what + " not found",
        what + " " + id + " does not exist");
  }

  public static ApiException conflict(String detail) {
    return new ApiException(
        HttpStatus.CONFLICT, "conflict", "Conflict with the current state", detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden-action", "Action not allowed", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  /**
   * The field at fault and what is wrong with it ({@code field}, {@code message}), or {@code null}.
   */
  public Map<String, String> fieldError() {
    return null;
  }

  private static final class Invalid extends ApiException {
    private final Map<String, String> fieldError;

    Invalid(String field, String message) {
      super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + message);
      this.fieldError = Map.of("field", field, "message", message);
    }

    @Override
    public Map<String, String> fieldError() {
      return fieldError;
    }
  }
}
