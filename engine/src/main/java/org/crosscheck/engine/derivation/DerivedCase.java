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
 * @param imaging the imaging categories
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
    ImagingCategories imaging,
    List<UnknownItem> unknowns,
    List<Interpretation> interpretations,
    List<String> warnings) {

  public DerivedCase {
    unknowns = List.copyOf(unknowns);
    interpretations = List.copyOf(interpretations);
    warnings = List.copyOf(warnings);
  }

  /**
   * The known value of a category that can be unknown (null when unknown). Anatomy, grafts and SYNTAX burden have
   * no single value and answer null.
   */
  public Object known(Dimension dimension) {
    return switch (dimension) {
      case SETTING -> setting;
      case SYMPTOM_COLUMN -> column;
      case NONINVASIVE_RISK -> risk;
      case THERAPY -> therapy;
      case LV_FUNCTION -> lvFunction;
      case ANATOMY, GRAFTS -> null;
      case CAD_BURDEN -> cadBurden;
      case STEMI_TIMING -> stemiTiming;
      case INSTABILITY -> instability;
      case TIMI_RISK -> timiRisk;
      case TARGET_SPAN -> targetSpan;
      case HOSPITAL_PHASE -> phase;
      case IMAGING_QUESTION -> imaging.question();
      case IMAGING_SYMPTOMS -> imaging.symptoms();
      case CAD_PROBABILITY -> imaging.cadProbability();
      case SUSPECTED_CONDITION -> imaging.suspectedCondition();
      case ACUITY -> imaging.acuity();
      case ACS_PROBABILITY -> imaging.acsProbability();
      case ISCHEMIA_EXCLUDED -> imaging.ischemiaStatus();
      case HEART_FAILURE_STATUS -> imaging.heartFailureStatus();
      case CABG_INTERVAL -> imaging.cabgInterval();
      case PCI_INTERVAL -> imaging.pciInterval();
    };
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
