// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.Urgency;

/**
 * Every reading of FHIR data that is a choice rather than a published definition, in one place, each listed in
 * fhir/README.md ("Interpretations"). Changing one changes how requests are rated, so each is named and documented.
 */
public final class Interpretations {

  /**
   * ServiceRequest.priority to request.urgency. FHIR's priority is about how fast the order is acted on; the
   * criteria's urgency is clinical. routine = ELECTIVE, urgent = URGENT, asap and stat = EMERGENT.
   */
  public static final Map<String, Urgency> PRIORITY_TO_URGENCY = Map.of(
      "routine", Urgency.ELECTIVE, "urgent", Urgency.URGENT, "asap", Urgency.EMERGENT, "stat", Urgency.EMERGENT);

  /** A ServiceRequest without priority is routine (FHIR's default reading), so ELECTIVE, with a warning. */
  public static final Urgency ABSENT_PRIORITY = Urgency.ELECTIVE;

  /** Condition.verificationStatus codes meaning the condition is known absent (documented false): refuted only. */
  public static final Set<String> CONDITION_ABSENT = Set.of("refuted");

  /**
   * Condition.verificationStatus codes whose Condition is ignored with a warning, leaving the finding unknown:
   * entered-in-error (a recording mistake says nothing about the patient, so it is not "known absent"), and
   * unconfirmed, provisional, differential (not established, so neither present nor absent).
   */
  public static final Set<String> CONDITION_NOT_USED = Set.of("entered-in-error", "unconfirmed", "provisional",
      "differential");

  /**
   * A Condition sets a presentation field (presentation.setting, cardiogenicShock, electricalInstability, any
   * presentation.* of conditions.csv) only when its onset[x] date (else its recordedDate) is at most this many days
   * before asOf: an older one is history, not the current presentation (warned about and ignored for these fields).
   * A Condition with neither date is used, with a warning that it was taken as current. Diabetes has no window.
   */
  public static final int PRESENTATION_WINDOW_DAYS = 30;

  /** Condition.clinicalStatus codes that count (absent status counts too); inactive/remission/resolved do not. */
  public static final Set<String> CONDITION_CURRENT = Set.of("active", "recurrence", "relapse");

  /**
   * A boolean finding from Conditions (diabetes, cardiogenic shock, ventricular arrhythmia): true when any current
   * Condition is present; false only when a refuted one exists and none is present; otherwise left out (unknown).
   * No diabetes Condition therefore means diabetes unknown, not absent.
   */
  public static final String CONDITION_BOOLEAN_RULE = "present wins; refuted only = false; none = unknown";

  /** Several setting Conditions: the most acute wins (STEMI, NSTEMI, unstable angina, stable). */
  public static final List<Setting> SETTING_MOST_ACUTE_FIRST =
      List.of(Setting.STEMI, Setting.NSTEMI, Setting.UNSTABLE_ANGINA, Setting.STABLE);

  /** Observation.status values whose value is used; any other status is warned about and ignored. */
  public static final Set<String> OBSERVATION_USABLE = Set.of("final", "amended", "corrected", "preliminary");

  /**
   * MedicationRequest/MedicationStatement statuses that count as current therapy: active only. R4 {@code completed}
   * means the drug is no longer taken (statement) or the order is fulfilled; it is not current therapy.
   */
  public static final Set<String> MEDICATION_CURRENT = Set.of("active");

  /**
   * False: a medication list without a recognized anti-anginal drug does NOT mean "no anti-anginal therapy". Real
   * EHRs send drug-product RxNorm codes (SCD, SBD) that the ingredient table cannot match, so an unmatched list
   * proves nothing. therapy is set only when at least one current drug is recognized as anti-anginal, or when a
   * case-finding Observation documents the classes or "none". With true, any current medication would make the list
   * known and an empty class list possible.
   */
  public static final boolean MEDICATION_LIST_MEANS_THERAPY_KNOWN = false;

  /** Procedure.status that counts as a prior procedure. */
  public static final String PROCEDURE_DONE = "completed";

  /** Several completed CABG Procedures: the latest (by performed date) is priorCabg. */
  public static final boolean LATEST_CABG_WINS = true;

  /**
   * A case-finding Observation whose code is a list ({@code stressTests}, {@code anatomy.lesions},
   * {@code priorCabg.grafts}, {@code therapy.antianginalClasses}) with valueBoolean false documents an empty list
   * ("no noninvasive test performed", "no anti-anginal drug").
   */
  public static final boolean LIST_NONE_BY_FALSE = true;

  /**
   * Percent values (LVEF, stenosis) that are not whole numbers are rounded half up to the integer the case needs,
   * with a warning naming the original value (rounding can move a value across a criteria threshold, e.g. 34.5 to
   * 35). A value in {@code %} between 0 and 1 exclusive looks like a fraction (0.35 for 35%) and is not used; a value
   * too large for an integer is not used. Both are warned about.
   */
  public static final boolean PERCENT_ROUNDED = true;

  /**
   * Several usable Observations for the same scalar case field (LVEF, CCS class, SYNTAX score, any case-finding
   * field): the one with the latest effective[x] date wins; undated ones come after all dated ones, and among equal
   * dates the first in input order wins. Each value not used is warned about.
   */
  public static final boolean LATEST_OBSERVATION_WINS = true;

  /** caseId is the ServiceRequest's first identifier value; without one, the id part of the ServiceRequest. */
  public static final boolean CASE_ID_FROM_IDENTIFIER = true;

  /** asOf is ServiceRequest.authoredOn (its date as written, no time-zone shift); without it, the caller's date. */
  public static final boolean AS_OF_FROM_AUTHORED_ON = true;

  /** patient.ageYears is the number of whole years from birthDate to asOf (a birthday on asOf counts). */
  public static final boolean AGE_IN_WHOLE_YEARS_AT_AS_OF = true;

  /**
   * A reading of FHIR data that changed a case, as the output names it (the evaluation's interpretations, the card's
   * detail): a stable id and the sentence a reviewer reads.
   */
  public record Note(String id, String text) {}

  public static final Note PRIORITY_NOTE = new Note("FHIR_PRIORITY_AS_URGENCY", "ServiceRequest.priority read as "
      + "the request's urgency: routine = elective, urgent = urgent, asap and stat = emergent (never held)");
  public static final Note ABSENT_PRIORITY_NOTE = new Note("FHIR_NO_PRIORITY_ELECTIVE",
      "A ServiceRequest without priority is routine, so elective");
  public static final Note CONDITION_NOTE = new Note("FHIR_CONDITION_PRESENCE", "A current, not refuted Condition "
      + "makes its finding true; only a refuted one makes it false; no Condition leaves the finding unknown");
  public static final Note SETTING_NOTE = new Note("FHIR_MOST_ACUTE_SETTING",
      "Several coronary syndrome Conditions: the most acute sets the clinical setting");
  public static final Note MEDICATION_LIST_NOTE = new Note("FHIR_MEDICATION_LIST_COMPLETE", "The anti-anginal "
      + "drugs recognized among the active medications sent are taken as the complete anti-anginal therapy; a list "
      + "without a recognized anti-anginal drug leaves the therapy unknown");
  public static final Note PRESENTATION_WINDOW_NOTE = new Note("FHIR_PRESENTATION_WINDOW", "A Condition sets the "
      + "current presentation (setting, shock, ventricular arrhythmia) only when its onset or recorded date is at most "
      + PRESENTATION_WINDOW_DAYS + " days before the decision date; an undated one is taken as current");
  public static final Note PERCENT_ROUNDED_NOTE = new Note("FHIR_VALUE_ROUNDED", "A decimal value was rounded half "
      + "up to the whole number the case needs (the warnings name the original value)");
  public static final Note LATEST_OBSERVATION_NOTE = new Note("FHIR_LATEST_OBSERVATION", "Several Observations give "
      + "the same finding: the most recently dated one is used");

  private Interpretations() {}
}
