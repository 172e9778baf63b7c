// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.metrics.ReviewMetrics.Figures;
import org.crosscheck.api.metrics.ReviewMetrics.Period;
import org.junit.jupiter.api.Test;

/**
 * The figures with known values: counts, shares, mean and median hours, and the split into periods.
 */
class ReviewMetricsServiceTest {

  private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-05T08:00:00Z");

  private static DecidedReview decided(
      double hours, boolean expedited, boolean approved, boolean afterInfo) {
    return new DecidedReview(
        T0, T0.plusMinutes(Math.round(hours * 60)), expedited, approved, afterInfo);
  }

  @Test
  void sharesMeanAndMedianOfKnownDecisions() {
    // standard: 10 h, 20 h, 30 h, 100 h -> mean 40, median (20 + 30) / 2 = 25; 3 approved (1 after
    // information)
    List<DecidedReview> all =
        List.of(
            decided(10, false, true, false),
            decided(20, false, true, true),
            decided(30, false, false, false),
            decided(100, false, true, false),
            // expedited: 5 h, 7 h, 60 h -> mean 24, median 7
            decided(5, true, false, false),
            decided(7, true, true, true),
            decided(60, true, true, false));
    Figures standard = ReviewMetricsService.figures(all, d -> !d.expedited());
    assertThat(standard.decided()).isEqualTo(4);
    assertThat(standard.approved()).isEqualTo(3);
    assertThat(standard.denied()).isEqualTo(1);
    assertThat(standard.approvedAfterInformation()).isEqualTo(1);
    assertThat(standard.approvedShare()).isEqualTo(0.75);
    assertThat(standard.deniedShare()).isEqualTo(0.25);
    assertThat(standard.approvedAfterInformationShare()).isEqualTo(0.25);
    assertThat(standard.meanHoursToDecision()).isCloseTo(40.0, within(1e-9));
    assertThat(standard.medianHoursToDecision()).isCloseTo(25.0, within(1e-9));
    Figures expedited = ReviewMetricsService.figures(all, DecidedReview::expedited);
    assertThat(expedited.decided()).isEqualTo(3);
    assertThat(expedited.approvedShare()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(expedited.meanHoursToDecision()).isCloseTo(24.0, within(1e-9));
    assertThat(expedited.medianHoursToDecision()).isCloseTo(7.0, within(1e-9));
  }

  @Test
  void noDecisionGivesZeroCountsAndNoShareOrTime() {
    Figures none =
        ReviewMetricsService.figures(List.of(decided(3, true, true, false)), d -> !d.expedited());
    assertThat(none).isEqualTo(new Figures(0, 0, 0, 0, null, null, null, null, null));
  }

  @Test
  void aRangeSplitsIntoCalendarMonthsAndQuartersWithBothEndsIncluded() {
    ReviewMetricsService service =
        new ReviewMetricsService(
            new ReviewMetricsRepository(null) {
              @Override
              List<DecidedReview> decided(OffsetDateTime from, OffsetDateTime to) {
                assertThat(from).isEqualTo(OffsetDateTime.parse("2026-01-15T00:00:00Z"));
                assertThat(to)
                    .as("the last day is included")
                    .isEqualTo(OffsetDateTime.parse("2026-05-11T00:00:00Z"));
                return List.of(
                    new DecidedReview(
                        T0, OffsetDateTime.parse("2026-01-31T23:59:00Z"), false, true, false),
                    new DecidedReview(
                        T0, OffsetDateTime.parse("2026-02-01T00:00:00Z"), false, false, false),
                    new DecidedReview(
                        T0, OffsetDateTime.parse("2026-05-10T12:00:00Z"), true, true, false));
              }
            });
    ReviewMetrics months =
        service.metrics(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 10), Period.MONTH);
    assertThat(months.periods())
        .extracting(p -> p.from() + ".." + p.to())
        .containsExactly(
            "2026-01-15..2026-01-31",
            "2026-02-01..2026-02-28",
            "2026-03-01..2026-03-31",
            "2026-04-01..2026-04-30",
            "2026-05-01..2026-05-10");
    assertThat(months.periods())
        .extracting(p -> p.standard().decided() + p.expedited().decided())
        .containsExactly(1, 1, 0, 0, 1);
    ReviewMetrics quarters =
        service.metrics(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 10), Period.QUARTER);
    assertThat(quarters.periods())
        .extracting(p -> p.from() + ".." + p.to())
        .containsExactly("2026-01-15..2026-03-31", "2026-04-01..2026-05-10");
    assertThat(quarters.periods().get(0).standard().approved()).isEqualTo(1);
    assertThat(quarters.periods().get(0).standard().denied()).isEqualTo(1);
    ReviewMetrics whole =
        service.metrics(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 5, 10), Period.WHOLE);
    assertThat(whole.periods()).hasSize(1);
    assertThat(whole.periods().get(0).expedited().decided()).isEqualTo(1);
    assertThat(whole.definitions())
        .containsKeys("decided", "approvedAfterInformation", "hoursToDecision");
  }
}
