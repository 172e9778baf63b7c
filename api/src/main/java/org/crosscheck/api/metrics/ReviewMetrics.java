// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Prior-authorization figures of the kind CMS-0057-F asks payers to publish, per period, expedited
 * and standard requests apart. {@code definitions} says what each figure counts.
 */
record ReviewMetrics(
    LocalDate from,
    LocalDate to,
    Period period,
    Map<String, String> definitions,
    List<PeriodFigures> periods) {

  /** How the range is split: one period, calendar months or calendar quarters (UTC). */
  enum Period {
    WHOLE,
    MONTH,
    QUARTER
  }

  /** One period, its first and last day included. */
  record PeriodFigures(LocalDate from, LocalDate to, Figures expedited, Figures standard) {}

  /**
   * The decisions of one kind of request: counts, shares of the decided (null when none), and the
   * mean and median hours from request to decision (null when none).
   */
  record Figures(
      int decided,
      int approved,
      int denied,
      int approvedAfterInformation,
      Double approvedShare,
      Double deniedShare,
      Double approvedAfterInformationShare,
      Double meanHoursToDecision,
      Double medianHoursToDecision) {}
}
