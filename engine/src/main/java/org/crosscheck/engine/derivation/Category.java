// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.AcsProbability;
import org.crosscheck.engine.casefile.Acuity;
import org.crosscheck.engine.casefile.CadProbability;
import org.crosscheck.engine.casefile.HeartFailureStatus;
import org.crosscheck.engine.casefile.ImagingQuestion;
import org.crosscheck.engine.casefile.ImagingSymptoms;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.SuspectedCondition;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CabgInterval;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.IschemiaStatus;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.PciInterval;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * The criteria categories that a case may leave unknown: their possible values, the wording of each
 * value, the case field that documents them and the {@link org.crosscheck.engine.facts.Scenario}
 * fields they set (which the criteria rows test). An unknown category is completed with each
 * possible value in turn, where a criteria row that can still match tests one of its fields ({@link
 * Relevance}); when the outcome depends on it, the case pends and its field paths are the missing
 * data.
 *
 * <p>The declaration order is the order in which the categories are considered and asked for: a
 * category that matters only under some values of an earlier unknown one (acuity only for some
 * suspected conditions, SYNTAX only for some anatomies) is a follow-up question, asked once the
 * earlier one is answered.
 */
public enum Category {
  SETTING("presentation.setting", List.of(Setting.values()), "setting"),
  SYMPTOM_COLUMN("presentation.ccsClass", List.of(SymptomColumn.values()), "column"),
  NONINVASIVE_RISK("stressTests", List.of(NoninvasiveRisk.values()), "risk", "recurrentIschemia"),
  THERAPY("therapy.antianginalClasses", List.of(TherapyLevel.values()), "therapy"),
  LV_FUNCTION("lvef", List.of(LvFunction.values()), "lvFunction"),
  ANATOMY(
      "anatomy.lesions",
      List.of(AnatomyPattern.values()),
      "vessels",
      "proximalLad",
      "leftMain",
      "singleCto",
      "vesselsWithBorderline",
      "borderlineUnevaluated",
      "borderlineFfrSignificant",
      "borderlineFfrNotSignificant",
      "cadBurden",
      "svgDisease",
      "allGraftsPatent",
      "ungraftedNativeDisease",
      "targetLesions",
      "target"),
  CAD_BURDEN("anatomy.syntaxScore", List.of(CadBurden.values()), "cadBurden"),
  GRAFTS(
      "priorCabg.grafts",
      List.of(GraftPattern.values()),
      "svgDisease",
      "allGraftsPatent",
      "ungraftedNativeDisease"),
  STEMI_TIMING("presentation.hoursSinceSymptomOnset", List.of(StemiTiming.values()), "stemiTiming"),
  INSTABILITY("presentation", List.of(Instability.values()), "instability", "acsRisk"),
  TIMI_RISK("presentation.timiRiskScore", List.of(AcsRisk.values()), "acsRisk"),
  HOSPITAL_PHASE(
      "presentation.duringIndexHospitalization", List.of(HospitalPhase.values()), "phase"),
  IMAGING_QUESTION("imaging.question", List.of(ImagingQuestion.values()), "imagingQuestion"),
  IMAGING_SYMPTOMS("imaging.symptoms", List.of(ImagingSymptoms.values()), "imagingSymptoms"),
  SUSPECTED_CONDITION(
      "imaging.suspectedCondition", List.of(SuspectedCondition.values()), "suspectedCondition"),
  CAD_PROBABILITY("imaging.cadProbability", List.of(CadProbability.values()), "cadProbability"),
  ACUITY("imaging.acuity", List.of(Acuity.values()), "acuity"),
  ACS_PROBABILITY("imaging.acsProbability", List.of(AcsProbability.values()), "acsProbability"),
  ISCHEMIA_STATUS(
      "imaging.ischemiaExcluded", List.of(IschemiaStatus.values()), "exclusionOfIschemia"),
  HEART_FAILURE_STATUS(
      "imaging.heartFailureStatus", List.of(HeartFailureStatus.values()), "heartFailureStatus"),
  CABG_INTERVAL(
      "priorCabg.date",
      List.of(CabgInterval.UNDER_5_YEARS, CabgInterval.FIVE_YEARS_OR_MORE),
      "cabgInterval"),
  PCI_INTERVAL(
      "priorPci[].date",
      List.of(PciInterval.UNDER_2_YEARS, PciInterval.TWO_YEARS_OR_MORE),
      "pciInterval");

  private static final Map<Object, String> LABELS =
      Map.ofEntries(
          Map.entry(SymptomColumn.ASYMPTOMATIC, "asymptomatic (CCS class 0)"),
          Map.entry(SymptomColumn.CCS_I_II, "CCS class I-II angina"),
          Map.entry(SymptomColumn.CCS_III_IV, "CCS class III-IV angina"),
          Map.entry(NoninvasiveRisk.NONE_PERFORMED, "no noninvasive test performed"),
          Map.entry(NoninvasiveRisk.LOW, "a noninvasive test with low-risk findings"),
          Map.entry(
              NoninvasiveRisk.INTERMEDIATE, "a noninvasive test with intermediate-risk findings"),
          Map.entry(NoninvasiveRisk.HIGH, "a noninvasive test with high-risk findings"),
          Map.entry(NoninvasiveRisk.EQUIVOCAL, "a noninvasive test with equivocal results"),
          Map.entry(
              TherapyLevel.NONE_OR_MINIMAL,
              "no or minimal anti-ischemic therapy (0-1 anti-anginal class)"),
          Map.entry(
              TherapyLevel.MAXIMAL,
              "maximal anti-ischemic therapy (2 or more anti-anginal classes)"),
          Map.entry(LvFunction.NORMAL, "LVEF 50% or more"),
          Map.entry(LvFunction.DEPRESSED, "LVEF below 50%"),
          Map.entry(CadBurden.LOW, "SYNTAX score 22 or less and no CTO"),
          Map.entry(CadBurden.HIGH, "SYNTAX score 23 or more, or a CTO"),
          Map.entry(StemiTiming.WITHIN_12H, "symptom onset 12 h ago or less"),
          Map.entry(StemiTiming.FROM_12_TO_24H, "symptom onset more than 12 h and up to 24 h ago"),
          Map.entry(StemiTiming.AFTER_24H, "symptom onset more than 24 h ago"),
          Map.entry(
              Instability.PRESENT,
              "instability present (severe HF, persistent ischemic symptoms, hemodynamic or electrical instability, or"
                  + " shock)"),
          Map.entry(
              Instability.ABSENT,
              "no instability (the flags the criterion names documented false)"),
          Map.entry(AcsRisk.LOW, "TIMI risk score 0-2"),
          Map.entry(AcsRisk.INTERMEDIATE, "TIMI risk score 3-4"),
          Map.entry(AcsRisk.HIGH, "TIMI risk score 5-7"),
          Map.entry(HospitalPhase.INDEX_HOSPITALIZATION, "during the index hospitalization"),
          Map.entry(HospitalPhase.AFTER_INDEX_HOSPITALIZATION, "after the index hospitalization"),
          Map.entry(CabgInterval.UNDER_5_YEARS, "CABG less than 5 years ago"),
          Map.entry(CabgInterval.FIVE_YEARS_OR_MORE, "CABG 5 years ago or more"),
          Map.entry(IschemiaStatus.EXCLUDED, "ischemia already excluded"),
          Map.entry(IschemiaStatus.NOT_EXCLUDED, "ischemia not excluded"),
          Map.entry(PciInterval.UNDER_2_YEARS, "PCI less than 2 years ago"),
          Map.entry(PciInterval.TWO_YEARS_OR_MORE, "PCI 2 years ago or more"));

  private final String fieldPath;
  private final List<Object> values;
  private final FieldSet scenarioFields;
  private final int[] fieldNumbers;

  Category(String fieldPath, List<?> values, String... scenarioFields) {
    this.fieldPath = fieldPath;
    this.values = List.copyOf(values);
    this.scenarioFields = FieldSet.of(scenarioFields);
    this.fieldNumbers = this.scenarioFields.numbers();
  }

  /** The case field that documents the category (an unknown item may name more precise paths). */
  public String fieldPath() {
    return fieldPath;
  }

  /**
   * The possible values, in a fixed order (an unknown item may narrow them to those the case
   * allows).
   */
  public List<Object> domain() {
    return values;
  }

  /**
   * The scenario fields only the review policy reads (no criteria row tests them): a category whose
   * values change one of them is completed wherever it is unknown.
   */
  public static final FieldSet POLICY_FIELDS = FieldSet.of("targetLesions");

  /** The fields of {@link org.crosscheck.engine.facts.Scenario} whose value this category sets. */
  public FieldSet scenarioFields() {
    return scenarioFields;
  }

  /** The numbers of {@link #scenarioFields()} (not to be changed: read many times per case). */
  int[] fieldNumbers() {
    return fieldNumbers;
  }

  /** The wording of a value for a what-if ("CCS class III-IV angina"). */
  public static String describe(Object value) {
    if (value instanceof Labeled l) {
      return l.label();
    }
    if (value instanceof Setting s) {
      return "setting " + s.name();
    }
    return LABELS.getOrDefault(
        value, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
  }

  /** A value of a category that words itself (anatomy and graft situations). */
  public interface Labeled {
    String label();
  }
}
