// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a reviewer tells the requester: a request for information (the note and the case fields
 * asked for, as paths of case format v1) or the determination (the note is the reviewer's
 * rationale; an overturn names the alternative).
 */
public record ReviewMessage(
    String id,
    String reviewId,
    int screeningVersion,
    Kind kind,
    String from,
    String note,
    List<String> items,
    ReviewDecision decision,
    Alternative alternative,
    OffsetDateTime at) {

  public ReviewMessage {
    items = List.copyOf(items);
  }

  /** INFO_REQUEST: the requester is asked for more; DETERMINATION: the reviewer decided. */
  public enum Kind {
    INFO_REQUEST,
    DETERMINATION
  }
}
