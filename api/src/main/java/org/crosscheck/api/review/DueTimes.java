// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.engine.casefile.Urgency;
import org.springframework.stereotype.Component;

/**
 * Decision time limits of prior authorization: expedited (urgent or emergent requests) 72 hours,
 * standard (elective) 7 calendar days, both configurable ({@code crosscheck.review.*}).
 */
@Component
public class DueTimes {

  private final CrosscheckProperties.Review limits;

  DueTimes(CrosscheckProperties properties) {
    this.limits = properties.review();
  }

  public boolean expedited(Urgency urgency) {
    return urgency != Urgency.ELECTIVE;
  }

  public OffsetDateTime dueAt(Urgency urgency, OffsetDateTime from) {
    return from.plus(expedited(urgency) ? limits.expedited() : limits.standard());
  }
}
