// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What reaches the servlet container's error page (a failure in a filter, before any controller:
 * the CDS Hooks client check reads the replay cache there) is answered as problem+json too, never
 * Spring Boot's default error body: 503 when the database cannot be reached, else the status with a
 * generic title.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure != null && DatabaseFailures.connectionLost(failure)) {
      LOG.warn("Database unavailable: {}", failure.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, "5")
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              Problems.of(
                  HttpStatus.SERVICE_UNAVAILABLE,
                  "database-unavailable",
                  "Database unavailable",
                  "The service's database cannot be reached; retry later"));
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer c && HttpStatus.resolve(c) != null
            ? HttpStatus.resolve(c)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    if (failure != null) {
      LOG.error("Unexpected failure before a controller", failure);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(
            Problems.of(
                status,
                status.is5xxServerError() ? "internal-error" : "error",
                status.getReasonPhrase(),
                status.is5xxServerError()
                    ? "The service failed to answer this request; it has been logged"
                    : status.getReasonPhrase()));
  }
}
