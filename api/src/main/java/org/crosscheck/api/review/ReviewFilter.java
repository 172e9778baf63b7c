// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The queue's filters; every one is optional. {@code statuses} any of these states; {@code kind}
 * prospective (a patient waits) or retrospective (an emergency already treated); {@code procedure}
 * and {@code urgency} as in the case format; {@code claimedBy} a reviewer's own claims; {@code
 * dueBefore} due before this time.
 */
public record ReviewFilter(
    List<ReviewStatus> statuses,
    ReviewKind kind,
    String procedure,
    String urgency,
    String claimedBy,
    OffsetDateTime dueBefore) {

  public ReviewFilter {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
  }

  /** No filter: every review. */
  public static ReviewFilter all() {
    return new ReviewFilter(List.of(), null, null, null, null, null);
  }
}
