// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.crosscheck.api.web.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/metrics/reviews?from=&to=&period=}: the prior-authorization figures of a range
 * of days (both included, UTC), as one period or per month or quarter.
 */
@RestController
@RequestMapping("/api/v1/metrics/reviews")
class ReviewMetricsController {

  /** The longest range one call covers (ten years). */
  static final long MAX_DAYS = 3660;

  private final ReviewMetricsService metrics;

  ReviewMetricsController(ReviewMetricsService metrics) {
    this.metrics = metrics;
  }

  @GetMapping
  ReviewMetrics get(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "WHOLE") ReviewMetrics.Period period) {
    if (from.getYear() < 1970 || from.getYear() > 9999) {
      throw invalid("from: a date between 1970 and 9999");
    }
    if (to.getYear() < 1970 || to.getYear() > 9999) {
      throw invalid("to: a date between 1970 and 9999");
    }
    if (to.isBefore(from)) {
      throw invalid("to: must not be before from (" + from + ")");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw invalid("to: at most " + MAX_DAYS + " days after from");
    }
    return metrics.metrics(from, to, period);
  }

  private static ApiException invalid(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
  }
}
