// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.List;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Urgency;

/**
 * What the review policy sees of one scenario after the criteria have rated it.
 *
 * @param scenario the scenario id
 * @param tier the least favourable tier among the rows that rate the requested procedure, NOT_RATED
 *     when only unrated rows apply, NO_CRITERIA_APPLY when none does
 * @param criteria every matched criterion, as {@code ruleSet/indication}
 * @param timeCriticalCriteria the matched criteria that the tables mark time-critical (never held
 *     for review)
 * @param pciMethodTier the method-of-revascularization tier for PCI (rows 62-67), or null
 * @param cabgMethodTier the method-of-revascularization tier for CABG, or null
 * @param methodCriterion the method row, as {@code ruleSet/indication}, or null
 * @param decidingRuleSet the criteria rule set whose rating gives the tier (by the policy's
 *     precedence), or null
 * @param daysSinceSameTest days since the same imaging test was last done, or null
 * @param newOrWorseningSymptoms symptoms documented new or worse since the last test
 * @param targetWithoutLesion a requested target has no documented lesion (documented, or assumed
 *     for an unknown)
 * @param targetsWithoutLesion the documented targets without a lesion, as "request.targets[i]
 *     SEGMENT"
 */
public record PolicyCase(
    int scenario,
    Procedure procedure,
    Urgency urgency,
    Tier tier,
    List<String> criteria,
    List<String> timeCriticalCriteria,
    Tier pciMethodTier,
    Tier cabgMethodTier,
    String methodCriterion,
    String decidingRuleSet,
    Integer daysSinceSameTest,
    boolean newOrWorseningSymptoms,
    boolean targetWithoutLesion,
    List<String> targetsWithoutLesion) {

  public PolicyCase {
    criteria = List.copyOf(criteria);
    timeCriticalCriteria = List.copyOf(timeCriticalCriteria);
    targetsWithoutLesion = List.copyOf(targetsWithoutLesion);
  }

  /**
   * True when a matched criterion is time-critical (STEMI within 12 h, unstable STEMI 12-24 h,
   * shock).
   */
  public boolean timeCritical() {
    return !timeCriticalCriteria.isEmpty();
  }

  /** True when the method rows rate PCI in a lower tier than CABG. */
  public boolean pciRatedBelowCabg() {
    return pciMethodTier != null
        && cabgMethodTier != null
        && pciMethodTier.isLessFavourableThan(cabgMethodTier);
  }
}
