// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.engine.casefile.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Prior-authorization decision limits: urgent and emergent requests are expedited (72 h), elective
 * ones standard.
 */
class DueTimesTest {

  private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-06T16:30:00+01:00");

  private static DueTimes limits(Duration expedited, Duration standard) {
    return new DueTimes(
        new CrosscheckProperties(
            null,
            new CrosscheckProperties.Review(
                expedited, standard, Duration.ofHours(4), Duration.ofMinutes(5)),
            null,
            null));
  }

  private final DueTimes defaults = limits(Duration.ofHours(72), Duration.ofDays(7));

  @Test
  void anElectiveRequestIsStandardUrgentAndEmergentOnesAreExpedited() {
    assertThat(defaults.expedited(Urgency.ELECTIVE)).isFalse();
    assertThat(defaults.expedited(Urgency.URGENT)).isTrue();
    assertThat(defaults.expedited(Urgency.EMERGENT)).isTrue();
  }

  @Test
  void anUrgentRequestIsDueThreeDaysLaterAndAnElectiveOneAWeekLater() {
    assertThat(defaults.dueAt(Urgency.URGENT, SUBMITTED)).isEqualTo("2026-03-09T16:30:00+01:00");
    assertThat(defaults.dueAt(Urgency.EMERGENT, SUBMITTED)).isEqualTo("2026-03-09T16:30:00+01:00");
    assertThat(defaults.dueAt(Urgency.ELECTIVE, SUBMITTED)).isEqualTo("2026-03-13T16:30:00+01:00");
  }

  @Test
  void theLimitsAreThePayersSettings() {
    DueTimes payer = limits(Duration.ofHours(24), Duration.ofDays(14));
    assertThat(payer.dueAt(Urgency.URGENT, SUBMITTED)).isEqualTo(SUBMITTED.plusHours(24));
    assertThat(payer.dueAt(Urgency.ELECTIVE, SUBMITTED)).isEqualTo(SUBMITTED.plusDays(14));
  }
}
