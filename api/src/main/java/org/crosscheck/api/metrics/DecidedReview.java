// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A prior-authorization request a reviewer decided: when it was requested and decided, expedited or
 * standard, approved or not, and whether the requester was asked for more information first.
 */
record DecidedReview(
    OffsetDateTime requestedAt,
    OffsetDateTime decidedAt,
    boolean expedited,
    boolean approved,
    boolean afterInfo) {

  double hoursToDecision() {
    return Duration.between(requestedAt, decidedAt).toMillis() / 3_600_000.0;
  }
}
