// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/**
 * A review's state. OPEN (waiting for a reviewer) -> CLAIMED (claim, or an admin's reassignment) ->
 * DECIDED (concur or overturn) or INFO_REQUESTED (the requester is asked for more); CLAIMED -> OPEN
 * when the claimer or an admin releases it or the claim is left idle; INFO_REQUESTED -> CLAIMED by
 * the same reviewer when the requester supplies a new version (the reviewer may also decide without
 * waiting); any pending state -> CANCELLED when a new version no longer needs a review. The SQL of
 * {@code ReviewRepository} makes each change conditional on the state it leaves.
 */
public enum ReviewStatus {
  OPEN,
  CLAIMED,
  INFO_REQUESTED,
  DECIDED,
  CANCELLED;

  /** Still on the queue (counts towards queue depth and the overdue list). */
  public boolean pending() {
    return this == OPEN || this == CLAIMED || this == INFO_REQUESTED;
  }
}
