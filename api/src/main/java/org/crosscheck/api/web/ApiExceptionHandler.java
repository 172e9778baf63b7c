// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is {@code application/problem+json} (RFC 9457) and names the field at fault where there is one. The
 * messages never echo patient data beyond the offending value of a field.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidCaseException.class)
  ProblemDetail invalidCase(InvalidCaseException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-case", "Invalid case",
        e.errors().size() + " problem(s) in the case: " + e.getMessage());
    return Problems.withErrors(problem, e.errors().stream()
        .map(err -> Map.of("field", err.path(), "message", err.message())).toList());
  }

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    return Problems.of(e.status(), e.type(), e.title(), e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList();
    ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
        "Invalid request", "The request body has " + errors.size() + " invalid field(s)"), errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = e.getMostSpecificCause().getMessage();
    detail = detail == null ? "unreadable request body" : detail.lines().findFirst().orElse("");
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-request",
        "Unreadable request body", detail));
  }
}
