// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/** A review's state: waiting for a reviewer, claimed by one, waiting for information, decided, or no longer needed. */
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
