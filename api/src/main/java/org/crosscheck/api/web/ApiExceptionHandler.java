// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.FieldError;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error is {@code application/problem+json} (RFC 9457) and names the field at fault where
 * there is one. The messages never echo patient data beyond the offending value of a field, and
 * never name a Java class, method or library: an unexpected failure is a 500 that says only that
 * (its cause goes to the log).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidCaseException.class)
  ProblemDetail invalidCase(InvalidCaseException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "invalid-case",
            "Invalid case",
            e.errors().size() + " problem(s) in the case: " + e.getMessage());
    return Problems.withErrors(
        problem,
        e.errors().stream()
            .map(err -> Map.of("field", err.path(), "message", err.message()))
            .toList());
  }

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    ProblemDetail problem = Problems.of(e.status(), e.type(), e.title(), e.getMessage());
    if (e.fieldError() != null) {
      Problems.withErrors(problem, List.of(e.fieldError()));
    }
    return problem;
  }

  /**
   * A parameter out of its range where a controller validates its methods ({@code @Validated}):
   * each named.
   */
  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(v -> Map.of("field", lastNode(v.getPropertyPath()), "message", v.getMessage()))
            .toList();
    return invalidRequest(errors);
  }

  private static String lastNode(Path path) {
    String name = "";
    for (Path.Node node : path) {
      name = node.getName() == null ? name : node.getName();
    }
    return name;
  }

  /**
   * The database is unreachable (down, restarting, the pool without a connection for 2 s): 503 with
   * Retry-After, within the pool's connection timeout. Requests that need no database (evaluations)
   * go on working.
   */
  @ExceptionHandler({
    DataAccessResourceFailureException.class,
    CannotCreateTransactionException.class,
    TransientDataAccessResourceException.class,
    RecoverableDataAccessException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
    LOG.warn("Database unavailable: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Database unavailable",
                "The review queue's database cannot be reached; retry later (evaluations without storage still work)"));
  }

  /** A failure nobody anticipated: 500 without internals (the cause is logged). */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseFailures.connectionLost(e)) {
      return databaseUnavailable(
          e); // e.g. a rollback that failed because the connection died mid-transaction
    }
    LOG.error("Unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "The service failed to answer this request; it has been logged"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(invalidRequest(errors));
  }

  /** Query parameters out of range ({@code size=0}, {@code page=-1}): each named. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors = new java.util.ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String name = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        errors.add(
            Map.of(
                "field",
                String.valueOf(name),
                "message",
                String.valueOf(error.getDefaultMessage())));
      }
    }
    return ResponseEntity.badRequest().body(invalidRequest(errors));
  }

  /**
   * A body that is not the JSON expected: the field and what is wrong, in the words the case reader
   * uses.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e.getMostSpecificCause() instanceof JacksonException json) {
      FieldError error = CaseReader.describe(json);
      return ResponseEntity.badRequest()
          .body(invalidRequest(List.of(Map.of("field", error.path(), "message", error.message()))));
    }
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "unreadable-request",
                "Unreadable request body",
                "The request body is missing or is not readable JSON"));
  }

  private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
    return Problems.withErrors(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "invalid-request",
            "Invalid request",
            "The request has "
                + errors.size()
                + " invalid field(s): "
                + errors.stream()
                    .map(
                        f ->
                            f.get("field").isEmpty()
                                ? f.get("message")
                                : f.get("field") + ": " + f.get("message"))
                    .collect(java.util.stream.Collectors.joining("; "))),
        errors);
  }
}
