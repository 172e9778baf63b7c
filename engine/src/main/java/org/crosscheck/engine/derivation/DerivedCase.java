// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import org.crosscheck.engine.casefile.Graft;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.StressTest;
import org.crosscheck.engine.casefile.Urgency;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TargetLesions;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * The criteria categories derived from a case's raw data. A {@code null} category is unknown and
 * listed in {@link #unknowns()} with the values it can take; a category is never guessed.
 *
 * @param testUsed the noninvasive test the risk category comes from, or null (none, or several
 *     could be)
 * @param lvef the LVEF used for LV function (case-level, else the test's rest LVEF), or null
 * @param anatomy anatomic categories, null when not settled (lesions absent or some lesion lacking
 *     a value)
 * @param cadBurden the SYNTAX/CTO burden when settled by the documented data, else null
 * @param priorCabg a prior CABG documented
 * @param grafts graft categories, null when there is no prior CABG or they are not settled
 * @param graftList the documented grafts, to derive the graft categories of each anatomy variant
 *     (or null)
 * @param documentedInstability a presence flag documented true (what the UA/NSTEMI risk uses)
 * @param timiRisk the UA/NSTEMI risk band from the TIMI score alone
 * @param targets the requested target segments, or null
 * @param targetLesions whether every requested target has a documented lesion (null: depends on
 *     lesions not documented, or on the segment of a lesion, which each anatomy variant settles)
 * @param targetsWithoutLesion requested target segments without a documented lesion
 *     ("request.targets[i] SEGMENT")
 * @param imaging the imaging categories
 * @param tooManyUnknowns too many combinations of unknown values to consider each: the case pends
 *     on them all
 */
public record DerivedCase(
    Procedure procedure,
    Urgency urgency,
    Setting setting,
    SymptomColumn column,
    NoninvasiveRisk risk,
    StressTest testUsed,
    TherapyLevel therapy,
    LvFunction lvFunction,
    Integer lvef,
    AnatomyCategories anatomy,
    CadBurden cadBurden,
    Integer syntaxScore,
    boolean priorCabg,
    GraftCategories grafts,
    List<Graft> graftList,
    StemiTiming stemiTiming,
    Instability instability,
    boolean documentedInstability,
    AcsRisk timiRisk,
    boolean shock,
    boolean persistentIschemicSymptoms,
    Reperfusion reperfusion,
    TargetRelation target,
    TargetSpan targetSpan,
    List<Segment> targets,
    TargetLesions targetLesions,
    List<String> targetsWithoutLesion,
    HospitalPhase phase,
    ImagingCategories imaging,
    boolean tooManyUnknowns,
    List<UnknownItem> unknowns,
    List<Interpretation> interpretations,
    List<String> warnings) {

  public DerivedCase {
    graftList = graftList == null ? null : List.copyOf(graftList);
    targets = targets == null ? null : List.copyOf(targets);
    targetsWithoutLesion = List.copyOf(targetsWithoutLesion);
    unknowns = List.copyOf(unknowns);
    interpretations = List.copyOf(interpretations);
    warnings = List.copyOf(warnings);
  }

  /**
   * The UA/NSTEMI risk as documented: high with a documented flag or shock, else the TIMI band
   * (null: unknown).
   */
  public AcsRisk acsRisk() {
    return AcsDerivation.acsRisk(
        documentedInstability ? Instability.PRESENT : null, shock, timiRisk);
  }

  /** The unknown item of a category, or null when the category is known. */
  public UnknownItem unknown(Category category) {
    for (UnknownItem item : unknowns) {
      if (item.category() == category) {
        return item;
      }
    }
    return null;
  }
}
