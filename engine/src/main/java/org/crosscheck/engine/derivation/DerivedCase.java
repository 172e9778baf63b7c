// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Reperfusion;
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
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * The criteria categories derived from a case's raw data. A {@code null} category is unknown and listed in
 * {@link #unknowns()}; a category is never guessed.
 *
 * @param testUsed the noninvasive test the risk category comes from, or null
 * @param lvef the LVEF used for LV function (case-level, else the test's rest LVEF), or null
 * @param anatomy anatomic categories, null when the anatomy is unknown
 * @param grafts graft status of a prior-CABG patient, null when there is none or it is unknown
 * @param timiRisk the UA/NSTEMI risk band from the TIMI score alone
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
    StemiTiming stemiTiming,
    Instability instability,
    AcsRisk timiRisk,
    boolean shock,
    boolean persistentIschemicSymptoms,
    Reperfusion reperfusion,
    TargetRelation target,
    TargetSpan targetSpan,
    HospitalPhase phase,
    List<UnknownItem> unknowns,
    List<Interpretation> interpretations,
    List<String> warnings) {

  public DerivedCase {
    unknowns = List.copyOf(unknowns);
    interpretations = List.copyOf(interpretations);
    warnings = List.copyOf(warnings);
  }

  /** The unknown item of a dimension, or null when the dimension is known. */
  public UnknownItem unknown(Dimension dimension) {
    for (UnknownItem item : unknowns) {
      if (item.dimension() == dimension) {
        return item;
      }
    }
    return null;
  }
}
