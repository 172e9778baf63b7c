// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.AcsProbability;
import org.crosscheck.engine.casefile.Acuity;
import org.crosscheck.engine.casefile.CadProbability;
import org.crosscheck.engine.casefile.HeartFailureStatus;
import org.crosscheck.engine.casefile.ImagingQuestion;
import org.crosscheck.engine.casefile.ImagingSymptoms;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.SuspectedCondition;
import org.crosscheck.engine.facts.CabgInterval;
import org.crosscheck.engine.facts.IschemiaStatus;
import org.crosscheck.engine.facts.PciInterval;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;

/**
 * A category that a case may leave unknown, with its possible values and their wording. An unknown category is
 * completed with each possible value in turn; when the outcome or the criterion row depends on it, the case pends
 * and the category's field paths are the missing data.
 *
 * <p>{@link #relevantFor} is the structure of the 2012 criteria: Table 1 rates acute coronary syndromes, Tables 2-3
 * and the method rows stable patients. Only the categories that the setting's rows test are completed.
 */
public enum Dimension {
  SETTING(List.of(Setting.values())),
  SYMPTOM_COLUMN(List.of(SymptomColumn.values())),
  NONINVASIVE_RISK(List.of(NoninvasiveRisk.values())),
  THERAPY(List.of(TherapyLevel.values())),
  LV_FUNCTION(List.of(LvFunction.values())),
  ANATOMY(List.of(AnatomyPattern.values())),
  CAD_BURDEN(List.of(CadBurden.values())),
  GRAFTS(List.of(GraftPattern.values())),
  STEMI_TIMING(List.of(StemiTiming.values())),
  INSTABILITY(List.of(Instability.values())),
  TIMI_RISK(List.of(AcsRisk.values())),
  TARGET_SPAN(List.of(TargetSpan.values())),
  HOSPITAL_PHASE(List.of(HospitalPhase.values())),
  IMAGING_QUESTION(List.of(ImagingQuestion.values())),
  IMAGING_SYMPTOMS(List.of(ImagingSymptoms.values())),
  CAD_PROBABILITY(List.of(CadProbability.values())),
  SUSPECTED_CONDITION(List.of(SuspectedCondition.values())),
  ACUITY(List.of(Acuity.values())),
  ACS_PROBABILITY(List.of(AcsProbability.values())),
  ISCHEMIA_EXCLUDED(List.of(IschemiaStatus.values())),
  HEART_FAILURE_STATUS(List.of(HeartFailureStatus.values())),
  CABG_INTERVAL(List.of(CabgInterval.UNDER_5_YEARS, CabgInterval.FIVE_YEARS_OR_MORE)),
  PCI_INTERVAL(List.of(PciInterval.UNDER_2_YEARS, PciInterval.TWO_YEARS_OR_MORE));

  private static final Set<Dimension> STABLE =
      EnumSet.of(SYMPTOM_COLUMN, NONINVASIVE_RISK, THERAPY, LV_FUNCTION, ANATOMY, CAD_BURDEN, GRAFTS);
  private static final Set<Dimension> STEMI =
      EnumSet.of(STEMI_TIMING, INSTABILITY, LV_FUNCTION, ANATOMY, HOSPITAL_PHASE, NONINVASIVE_RISK);
  private static final Set<Dimension> NSTEMI =
      EnumSet.of(INSTABILITY, TIMI_RISK, TARGET_SPAN, HOSPITAL_PHASE, NONINVASIVE_RISK);
  private static final Set<Dimension> UNSTABLE_ANGINA = EnumSet.of(INSTABILITY, TIMI_RISK, TARGET_SPAN);
  private static final Set<Dimension> IMAGING = EnumSet.of(IMAGING_QUESTION, IMAGING_SYMPTOMS, CAD_PROBABILITY,
      SUSPECTED_CONDITION, ACUITY, ACS_PROBABILITY, ISCHEMIA_EXCLUDED, HEART_FAILURE_STATUS, CABG_INTERVAL,
      PCI_INTERVAL);
  private static final Set<ImagingQuestion> ACR_QUESTIONS =
      EnumSet.of(ImagingQuestion.CHEST_PAIN_EVALUATION, ImagingQuestion.SURVEILLANCE, ImagingQuestion.OTHER);
  private static final Set<SuspectedCondition> ACUITY_MATTERS = EnumSet.of(SuspectedCondition.CAD,
      SuspectedCondition.NONSPECIFIC_CHEST_PAIN, SuspectedCondition.HEART_FAILURE);
  private static final Set<SuspectedCondition> ISCHEMIA_MATTERS = EnumSet.complementOf(EnumSet.of(
      SuspectedCondition.CAD, SuspectedCondition.ACS, SuspectedCondition.NONSPECIFIC_CHEST_PAIN));

  private static final Map<Object, String> LABELS = Map.ofEntries(
      Map.entry(SymptomColumn.ASYMPTOMATIC, "asymptomatic (CCS class 0)"),
      Map.entry(SymptomColumn.CCS_I_II, "CCS class I-II angina"),
      Map.entry(SymptomColumn.CCS_III_IV, "CCS class III-IV angina"),
      Map.entry(NoninvasiveRisk.NONE_PERFORMED, "no noninvasive test performed"),
      Map.entry(NoninvasiveRisk.LOW, "a noninvasive test with low-risk findings"),
      Map.entry(NoninvasiveRisk.INTERMEDIATE, "a noninvasive test with intermediate-risk findings"),
      Map.entry(NoninvasiveRisk.HIGH, "a noninvasive test with high-risk findings"),
      Map.entry(NoninvasiveRisk.EQUIVOCAL, "a noninvasive test with equivocal results"),
      Map.entry(TherapyLevel.NONE_OR_MINIMAL, "no or minimal anti-ischemic therapy (0-1 anti-anginal class)"),
      Map.entry(TherapyLevel.MAXIMAL, "maximal anti-ischemic therapy (2 or more anti-anginal classes)"),
      Map.entry(LvFunction.NORMAL, "LVEF 50% or more"),
      Map.entry(LvFunction.DEPRESSED, "LVEF below 50%"),
      Map.entry(CadBurden.LOW, "SYNTAX score 22 or less and no CTO"),
      Map.entry(CadBurden.HIGH, "SYNTAX score 23 or more, or a CTO"),
      Map.entry(StemiTiming.WITHIN_12H, "symptom onset 12 h ago or less"),
      Map.entry(StemiTiming.FROM_12_TO_24H, "symptom onset more than 12 h and up to 24 h ago"),
      Map.entry(StemiTiming.AFTER_24H, "symptom onset more than 24 h ago"),
      Map.entry(Instability.PRESENT,
          "instability present (severe HF, persistent ischemic symptoms, hemodynamic or electrical instability, or"
              + " shock)"),
      Map.entry(Instability.ABSENT, "no instability (every presence flag documented false)"),
      Map.entry(AcsRisk.LOW, "TIMI risk score 0-2"),
      Map.entry(AcsRisk.INTERMEDIATE, "TIMI risk score 3-4"),
      Map.entry(AcsRisk.HIGH, "TIMI risk score 5-7"),
      Map.entry(TargetSpan.SINGLE_ARTERY, "targets in one coronary artery"),
      Map.entry(TargetSpan.MULTIPLE_ARTERIES, "targets in two or more coronary arteries"),
      Map.entry(HospitalPhase.INDEX_HOSPITALIZATION, "during the index hospitalization"),
      Map.entry(HospitalPhase.AFTER_INDEX_HOSPITALIZATION, "after the index hospitalization"),
      Map.entry(CabgInterval.UNDER_5_YEARS, "CABG less than 5 years ago"),
      Map.entry(CabgInterval.FIVE_YEARS_OR_MORE, "CABG 5 years ago or more"),
      Map.entry(IschemiaStatus.EXCLUDED, "ischemia already excluded"),
      Map.entry(IschemiaStatus.NOT_EXCLUDED, "ischemia not excluded"),
      Map.entry(PciInterval.UNDER_2_YEARS, "PCI less than 2 years ago"),
      Map.entry(PciInterval.TWO_YEARS_OR_MORE, "PCI 2 years ago or more"));

  private final List<Object> values;

  Dimension(List<?> values) {
    this.values = List.copyOf(values);
  }

  /** The possible values, in a fixed order. */
  public List<Object> domain() {
    return values;
  }

  /** The wording of a value for a what-if ("with CCS class III-IV angina"). */
  public static String describe(Object value) {
    if (value instanceof AnatomyPattern p) {
      return p.label();
    }
    if (value instanceof GraftPattern p) {
      return p.label();
    }
    if (value instanceof Setting s) {
      return "setting " + s.name();
    }
    if (value instanceof Enum<?> e && !LABELS.containsKey(value)) {
      return e.name();
    }
    return LABELS.getOrDefault(value, String.valueOf(value));
  }

  /**
   * The categories that the criteria rows of a setting test for a procedure: the revascularization criteria for
   * PCI and CABG, the imaging criteria (2023 multimodality Table 2.2, ACR) for the imaging procedures.
   */
  public static Set<Dimension> relevantFor(Procedure procedure, Setting setting) {
    if (procedure == null) {
      return EnumSet.noneOf(Dimension.class);
    }
    if (procedure != Procedure.PCI && procedure != Procedure.CABG) {
      return IMAGING;
    }
    return switch (setting) {
      case STABLE -> STABLE;
      case STEMI -> STEMI;
      case NSTEMI -> NSTEMI;
      case UNSTABLE_ANGINA -> UNSTABLE_ANGINA;
    };
  }

  /**
   * Whether this category can choose a criterion, given the values known or already assumed for the others: the
   * structure of the imaging criteria. The ACR variant fields matter only for the questions the ACR topics cover
   * (surveillance only without prior revascularization), and each only for the suspected conditions whose variants
   * it separates; the time since CABG or PCI only for a surveillance question (2023 scenarios 41-44).
   */
  public boolean isRelevant(java.util.function.Function<Dimension, Object> valueOf, boolean priorRevascularization) {
    Object question = valueOf.apply(IMAGING_QUESTION);
    Object suspected = valueOf.apply(SUSPECTED_CONDITION);
    // surveillance is an ACR question only for the asymptomatic-at-risk topic, which excludes prior revascularization
    boolean acrQuestion = question == null || (ACR_QUESTIONS.contains(question)
        && !(question == ImagingQuestion.SURVEILLANCE && priorRevascularization));
    return switch (this) {
      case CAD_PROBABILITY, SUSPECTED_CONDITION -> acrQuestion;
      case ACUITY -> acrQuestion && (suspected == null || ACUITY_MATTERS.contains(suspected));
      case ACS_PROBABILITY -> acrQuestion && (suspected == null || suspected == SuspectedCondition.ACS);
      case ISCHEMIA_EXCLUDED -> acrQuestion && (suspected == null || ISCHEMIA_MATTERS.contains(suspected));
      case HEART_FAILURE_STATUS -> acrQuestion && (suspected == null || suspected == SuspectedCondition.HEART_FAILURE);
      case CABG_INTERVAL, PCI_INTERVAL -> question == null || question == ImagingQuestion.SURVEILLANCE;
      default -> true;
    };
  }
}
