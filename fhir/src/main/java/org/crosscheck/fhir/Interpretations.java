// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.Urgency;

/**
 * Every reading of FHIR data that is a choice rather than a published definition, in one place,
 * each listed in fhir/README.md ("Interpretations"). Changing one changes how requests are rated,
 * so each is named and documented.
 */
public final class Interpretations {

  /**
   * ServiceRequest.priority to request.urgency. FHIR's priority is about how fast the order is
   * acted on; the criteria's urgency is clinical. routine = ELECTIVE, urgent = URGENT, asap and
   * stat = EMERGENT.
   */
  public static final Map<String, Urgency> PRIORITY_TO_URGENCY =
      Map.of(
          "routine",
          Urgency.ELECTIVE,
          "urgent",
          Urgency.URGENT,
          "asap",
          Urgency.EMERGENT,
          "stat",
          Urgency.EMERGENT);

  /**
   * A ServiceRequest without priority is routine (FHIR's default reading), so ELECTIVE, with a
   * warning.
   */
  public static final Urgency ABSENT_PRIORITY = Urgency.ELECTIVE;

  /**
   * Condition.verificationStatus codes meaning the condition is known absent (documented false):
   * refuted only.
   */
  public static final Set<String> CONDITION_ABSENT = Set.of("refuted");

  /**
   * Condition.verificationStatus codes whose Condition is ignored with a warning, leaving the
   * finding unknown: entered-in-error (a recording mistake says nothing about the patient, so it is
   * not "known absent"), and unconfirmed, provisional, differential (not established, so neither
   * present nor absent).
   */
  public static final Set<String> CONDITION_NOT_USED =
      Set.of("entered-in-error", "unconfirmed", "provisional", "differential");

  /**
   * A Condition sets a presentation field (presentation.setting, cardiogenicShock,
   * electricalInstability, any presentation.* of conditions.csv) only when its onset[x] date (else
   * its recordedDate) is at most this many days before asOf: an older one is history, not the
   * current presentation (warned about and ignored for these fields). A Condition with neither date
   * is used, with a warning that it was taken as current. Diabetes has no window.
   */
  public static final int PRESENTATION_WINDOW_DAYS = 30;

  /**
   * Condition.clinicalStatus codes that count (absent status counts too);
   * inactive/remission/resolved do not.
   */
  public static final Set<String> CONDITION_CURRENT = Set.of("active", "recurrence", "relapse");

  /**
   * A boolean finding from Conditions (diabetes, cardiogenic shock, ventricular arrhythmia): true
   * when any current Condition is present; false only when a refuted one exists and none is
   * present; otherwise left out (unknown). No diabetes Condition therefore means diabetes unknown,
   * not absent.
   */
  public static final String CONDITION_BOOLEAN_RULE =
      "present wins; refuted only = false; none = unknown";

  /** Several setting Conditions: the most acute wins (STEMI, NSTEMI, unstable angina, stable). */
  public static final List<Setting> SETTING_MOST_ACUTE_FIRST =
      List.of(Setting.STEMI, Setting.NSTEMI, Setting.UNSTABLE_ANGINA, Setting.STABLE);

  /**
   * Observation.status values whose value is used; any other status is warned about and ignored.
   */
  public static final Set<String> OBSERVATION_USABLE =
      Set.of("final", "amended", "corrected", "preliminary");

  /**
   * MedicationRequest/MedicationStatement statuses that count as current therapy: active only. R4
   * {@code completed} means the drug is no longer taken (statement) or the order is fulfilled; it
   * is not current therapy.
   */
  public static final Set<String> MEDICATION_CURRENT = Set.of("active");

  /**
   * False: a medication list without a recognized anti-anginal drug does NOT mean "no anti-anginal
   * therapy". Real EHRs send drug-product RxNorm codes (SCD, SBD) that the ingredient table cannot
   * match, so an unmatched list proves nothing. therapy is set only when at least one current drug
   * is recognized as anti-anginal, or when a case-finding Observation documents the classes or
   * "none". With true, any current medication would make the list known and an empty class list
   * possible.
   */
  public static final boolean MEDICATION_LIST_MEANS_THERAPY_KNOWN = false;

  /** Procedure.status that counts as a prior procedure. */
  public static final String PROCEDURE_DONE = "completed";

  /** Several completed CABG Procedures: the latest (by performed date) is priorCabg. */
  public static final boolean LATEST_CABG_WINS = true;

  /**
   * A case-finding Observation whose code is a list ({@code stressTests}, {@code anatomy.lesions},
   * {@code priorCabg.grafts}, {@code therapy.antianginalClasses}) with valueBoolean false documents
   * an empty list ("no noninvasive test performed", "no anti-anginal drug").
   */
  public static final boolean LIST_NONE_BY_FALSE = true;

  /**
   * Percent values (LVEF, stenosis) that are not whole numbers are rounded half up to the integer
   * the case needs, with a warning naming the original value (rounding can move a value across a
   * criteria threshold, e.g. 34.5 to 35). A value in {@code %} between 0 and 1 exclusive looks like
   * a fraction (0.35 for 35%) and is not used; a value too large for an integer is not used. Both
   * are warned about.
   */
  public static final boolean PERCENT_ROUNDED = true;

  /**
   * Several usable Observations for the same scalar case field (LVEF, CCS class, SYNTAX score, any
   * case-finding field): the one with the latest effective[x] date wins; undated ones come after
   * all dated ones, and among equal dates the first in input order wins. Each value not used is
   * warned about.
   */
  public static final boolean LATEST_OBSERVATION_WINS = true;

  /**
   * caseId is the ServiceRequest's first identifier value; without one, the id part of the
   * ServiceRequest.
   */
  public static final boolean CASE_ID_FROM_IDENTIFIER = true;

  /**
   * asOf is ServiceRequest.authoredOn (its date as written, no time-zone shift); without it, the
   * caller's date.
   */
  public static final boolean AS_OF_FROM_AUTHORED_ON = true;

  /**
   * patient.ageYears is the number of whole years from birthDate to asOf (a birthday on asOf
   * counts).
   */
  public static final boolean AGE_IN_WHOLE_YEARS_AT_AS_OF = true;

  /**
   * An RxNorm drug product (clinical drug SCD or branded drug SBD) counts as its ingredients
   * through rxnorm-products.csv: a combination product adds the class of each anti-anginal
   * ingredient (amlodipine/benazepril is a calcium channel blocker; hydralazine/isosorbide
   * dinitrate a long-acting nitrate); a product whose ingredients are no anti-anginal class
   * (sublingual nitroglycerin) is recognized and not counted.
   */
  public static final boolean MEDICATION_PRODUCT_TO_INGREDIENTS = true;

  /**
   * A medication whose codes are in no table, but whose coding display or text names an
   * anti-anginal ingredient of medications.csv as whole words (e.g. a local code with text
   * "diltiazem 120 MG 24HR capsule"), counts as that ingredient's class, with a warning: a name is
   * weaker evidence than a code.
   */
  public static final boolean MEDICATION_BY_NAME = true;

  /**
   * presentation.setting is STABLE when no coronary syndrome Condition is within the presentation
   * window and the record holds current chronic coronary disease (coronary-history.csv: ischemic
   * heart disease, old myocardial infarction, history of CABG or PCI) or a completed CABG or PCI
   * Procedure. An acute Condition within the window always wins.
   */
  public static final boolean CHRONIC_CORONARY_DISEASE_STABLE = true;

  /**
   * For an imaging order: suspectedCondition CAD when the record holds chronic coronary disease (as
   * above); acuity CHRONIC for a routine (elective) order when no coronary syndrome Condition is
   * within the presentation window; heartFailureStatus ESTABLISHED from a current heart-failure
   * Condition dated more than the presentation window before asOf (a newer one is left unknown: new
   * onset has subtypes the record does not tell).
   */
  public static final boolean IMAGING_CONTEXT_FROM_RECORD = true;

  /**
   * ServiceRequest.reasonCode to imaging.question and imaging.symptoms through order-reasons.csv
   * (imaging orders).
   */
  public static final boolean REASON_CODE_TO_IMAGING = true;

  /**
   * A history Condition of CABG (SNOMED 399261000, ICD-10-CM Z95.1) gives priorCabg (its date:
   * onset[x], else recordedDate) when no completed CABG Procedure does; of PCI (ICD-10-CM Z95.5,
   * Z98.61) a priorPci entry when no completed PCI Procedure does. A Procedure's date is preferred:
   * it is when the surgery was done.
   */
  public static final boolean HISTORY_CONDITION_PRIOR_REVASCULARIZATION = true;

  /**
   * Absence from a record is not evidence of absence. When the record sent holds no CABG (no
   * Procedure, no history Condition), priorCabg is left absent, which case format v1 reads as
   * "none", and the output says so in words that never assert it: "no bypass surgery was found in
   * the record sent". The same for PCI.
   */
  public static final boolean NOT_FOUND_IS_NOT_ABSENT = true;

  /**
   * A reference {@code urn:uuid:X} that no fullUrl among the inputs names resolves to the one input
   * resource whose id is X (EHRs and Synthea use the same uuid for both); a conditional reference
   * {@code Type?identifier=sys|value} to the input resource of that type with that identifier, and
   * its value names the requester or facility.
   */
  public static final boolean URN_UUID_BY_ID = true;

  /**
   * A reading of FHIR data that changed a case, as the output names it (the evaluation's
   * interpretations, the card's detail): a stable id and the sentence a reviewer reads.
   */
  public record Note(String id, String text) {}

  public static final Note PRIORITY_NOTE =
      new Note(
          "FHIR_PRIORITY_AS_URGENCY",
          "ServiceRequest.priority read as "
              + "the request's urgency: routine = elective, urgent = urgent, asap and stat = emergent (never held)");
  public static final Note ABSENT_PRIORITY_NOTE =
      new Note(
          "FHIR_NO_PRIORITY_ELECTIVE", "A ServiceRequest without priority is routine, so elective");
  public static final Note CONDITION_NOTE =
      new Note(
          "FHIR_CONDITION_PRESENCE",
          "A current, not refuted Condition "
              + "makes its finding true; only a refuted one makes it false; no Condition leaves the finding unknown");
  public static final Note SETTING_NOTE =
      new Note(
          "FHIR_MOST_ACUTE_SETTING",
          "Several coronary syndrome Conditions: the most acute sets the clinical setting");
  public static final Note MEDICATION_LIST_NOTE =
      new Note(
          "FHIR_MEDICATION_LIST_COMPLETE",
          "The anti-anginal "
              + "drugs recognized among the active medications sent are taken as the complete anti-anginal therapy; a list "
              + "without a recognized anti-anginal drug leaves the therapy unknown");
  public static final Note PRESENTATION_WINDOW_NOTE =
      new Note(
          "FHIR_PRESENTATION_WINDOW",
          "A Condition sets the "
              + "current presentation (setting, shock, ventricular arrhythmia) only when its onset or recorded date is at most "
              + PRESENTATION_WINDOW_DAYS
              + " days before the decision date; an undated one is taken as current");
  public static final Note PERCENT_ROUNDED_NOTE =
      new Note(
          "FHIR_VALUE_ROUNDED",
          "A decimal value was rounded half "
              + "up to the whole number the case needs (the warnings name the original value)");
  public static final Note LATEST_OBSERVATION_NOTE =
      new Note(
          "FHIR_LATEST_OBSERVATION",
          "Several Observations give " + "the same finding: the most recently dated one is used");

  public static final Note MEDICATION_PRODUCT_NOTE =
      new Note(
          "FHIR_MEDICATION_PRODUCT",
          "A drug product code (RxNorm "
              + "clinical or branded drug) was read as its ingredients, and each anti-anginal ingredient as its drug class");
  public static final Note MEDICATION_BY_NAME_NOTE =
      new Note(
          "FHIR_MEDICATION_BY_NAME",
          "A medication without a "
              + "known code was read by its name, which names an anti-anginal drug (the warnings name it)");
  public static final Note CHRONIC_STABLE_NOTE =
      new Note(
          "FHIR_CHRONIC_CORONARY_STABLE",
          "No coronary syndrome is "
              + "recorded within "
              + PRESENTATION_WINDOW_DAYS
              + " days of the decision date and the record holds chronic "
              + "coronary disease: the clinical setting is read as stable");
  public static final Note IMAGING_CONTEXT_NOTE =
      new Note(
          "FHIR_IMAGING_CONTEXT",
          "The imaging context was read from "
              + "the record: known coronary disease as the suspected condition, a routine order without a recent coronary "
              + "syndrome as chronic, an established heart-failure diagnosis as established heart failure");
  public static final Note REASON_CODE_NOTE =
      new Note(
          "FHIR_ORDER_REASON",
          "The order's reason (ServiceRequest."
              + "reasonCode) was read as the clinical question or the symptoms of the imaging request");
  public static final Note HISTORY_CONDITION_NOTE =
      new Note(
          "FHIR_HISTORY_CONDITION",
          "A history-of Condition "
              + "(bypass surgery or coronary angioplasty) was read as the prior revascularization, dated by its onset");
  public static final Note NO_CABG_FOUND_NOTE =
      new Note(
          "FHIR_NO_CABG_FOUND",
          "No bypass surgery (CABG) was found "
              + "in the record sent; the request is rated as for a patient without prior bypass surgery. If the patient had "
              + "one, document it: the rating may change");
  public static final Note NO_PCI_FOUND_NOTE =
      new Note(
          "FHIR_NO_PCI_FOUND",
          "No coronary angioplasty or stent (PCI) "
              + "was found in the record sent; the request is rated as for a patient without prior PCI. If the patient had "
              + "one, document it: the rating may change");
  public static final Note URN_UUID_NOTE =
      new Note(
          "FHIR_REFERENCE_BY_ID",
          "References by urn:uuid or by identifier "
              + "were resolved to the resource with that id or identifier among the data sent");

  private Interpretations() {}
}
