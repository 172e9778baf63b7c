// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.crosscheck.api.metrics.ReviewMetrics.Figures;
import org.crosscheck.api.metrics.ReviewMetrics.Period;
import org.crosscheck.api.metrics.ReviewMetrics.PeriodFigures;
import org.springframework.stereotype.Service;

/**
 * The prior-authorization figures of a date range (UTC days, both ends included), split into
 * periods.
 */
@Service
class ReviewMetricsService {

  static final Map<String, String> DEFINITIONS = definitions();

  private final ReviewMetricsRepository repository;

  ReviewMetricsService(ReviewMetricsRepository repository) {
    this.repository = repository;
  }

  ReviewMetrics metrics(LocalDate from, LocalDate to, Period period) {
    List<DecidedReview> decided =
        repository.decided(
            from.atStartOfDay().atOffset(ZoneOffset.UTC),
            to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    List<PeriodFigures> periods = new ArrayList<>();
    for (LocalDate start = from; !start.isAfter(to); ) {
      LocalDate end = min(periodEnd(start, period), to);
      LocalDate first = start;
      Predicate<DecidedReview> in =
          d -> {
            LocalDate day = d.decidedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            return !day.isBefore(first) && !day.isAfter(end);
          };
      periods.add(
          new PeriodFigures(
              first,
              end,
              figures(decided, in.and(DecidedReview::expedited)),
              figures(decided, in.and(d -> !d.expedited()))));
      start = end.plusDays(1);
    }
    return new ReviewMetrics(from, to, period, DEFINITIONS, periods);
  }

  /** The figures of the decisions that {@code which} selects. */
  static Figures figures(List<DecidedReview> all, Predicate<DecidedReview> which) {
    List<DecidedReview> decided = all.stream().filter(which).toList();
    int approved = (int) decided.stream().filter(DecidedReview::approved).count();
    int afterInfo = (int) decided.stream().filter(d -> d.approved() && d.afterInfo()).count();
    int n = decided.size();
    if (n == 0) {
      return new Figures(0, 0, 0, 0, null, null, null, null, null);
    }
    double[] hours = decided.stream().mapToDouble(DecidedReview::hoursToDecision).toArray();
    return new Figures(
        n,
        approved,
        n - approved,
        afterInfo,
        (double) approved / n,
        (double) (n - approved) / n,
        (double) afterInfo / n,
        StatUtils.mean(hours),
        new Median().evaluate(hours));
  }

  private static LocalDate periodEnd(LocalDate start, Period period) {
    return switch (period) {
      case WHOLE -> LocalDate.MAX;
      case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
      case QUARTER -> {
        LocalDate quarterStart =
            start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        yield quarterStart.plusMonths(3).minusDays(1);
      }
    };
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(
        "decided",
        "Prior-authorization requests held for a second review (prospective reviews; retrospective"
            + " reviews of emergencies are not counted) that a reviewer approved or did not approve in the period"
            + " (UTC days of the decision)");
    d.put("approved", "The reviewer concurred with the request as submitted");
    d.put("denied", "The reviewer did not approve the request and recommended an alternative");
    d.put(
        "approvedAfterInformation",
        "Approved after the reviewer had asked the requester for more information");
    d.put("shares", "Fractions of the decided requests of the same kind (0 to 1)");
    d.put(
        "hoursToDecision",
        "From the submission of the request to the reviewer's decision, in hours, including the"
            + " time the requester took to supply information; mean and median (Commons Math)");
    d.put(
        "expedited",
        "Urgent and emergent requests (72-hour limit); standard: elective requests (7 days)");
    d.put(
        "notCounted",
        "Requests decided by the criteria alone (no review), reviews closed without a decision"
            + " because a new version of the case no longer needed one");
    return Collections.unmodifiableMap(d);
  }
}
