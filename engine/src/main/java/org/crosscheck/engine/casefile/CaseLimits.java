// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.time.LocalDate;
import java.util.Map;

/**
 * Limits of case format v1 that a store sets (docs/case.schema.json publishes the same: a test
 * keeps them equal). Identifiers are kept in columns of 200 characters; {@code asOf} must be a date
 * a request can plausibly be evaluated at.
 */
public final class CaseLimits {

  /** The longest identifier (case, requester, facility). */
  public static final int MAX_ID_LENGTH = 200;

  /** The field paths with a maximum length, and that length. */
  public static final Map<String, Integer> MAX_LENGTHS =
      Map.of(
          "caseId", MAX_ID_LENGTH,
          "request.requester.id", MAX_ID_LENGTH,
          "request.facility.id", MAX_ID_LENGTH);

  /** The earliest and latest {@code asOf}, inclusive. */
  public static final LocalDate EARLIEST_AS_OF = LocalDate.of(1990, 1, 1);

  public static final LocalDate LATEST_AS_OF = LocalDate.of(2099, 12, 31);

  private CaseLimits() {}
}
