// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.casefile.Setting;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Patient (sex, age at asOf) and Conditions (diabetes, setting, cardiogenic shock, ventricular
 * arrhythmia) through {@code conditions.csv}. Conditions are collected first and decided together,
 * because a present Condition outweighs a refuted one and the most acute setting wins ({@link
 * Interpretations}).
 */
final class PatientMapping {

  private final CodeTable conditions;
  private final LocalDate asOf;
  private final Map<String, Boolean> booleans = new HashMap<>();
  private Setting setting;
  private int settings;
  private boolean windowApplied;

  /**
   * A coronary syndrome Condition (STEMI, NSTEMI, unstable angina) dated within the presentation
   * window, or undated, whether or not it could be used: the record then does not show a stable
   * patient.
   */
  boolean acuteInWindow;

  PatientMapping(CodeTable conditions, LocalDate asOf) {
    this.conditions = conditions;
    this.asOf = asOf;
  }

  static void patient(Patient p, LocalDate asOf, MappingContext ctx) {
    ObjectNode patient = ctx.object("patient");
    if (p.hasGender()) {
      patient.put("sex", p.getGender().toCode());
    }
    if (!p.hasBirthDate()) {
      return;
    }
    LocalDate born = FhirValues.date(p.getBirthDateElement());
    if (born == null) {
      ctx.warn(
          p,
          "birthDate",
          "'" + p.getBirthDateElement().getValueAsString() + "' has no day: age left unknown");
    } else if (born.isAfter(asOf)) {
      ctx.warn(p, "birthDate", born + " is after asOf " + asOf + ": age left unknown");
    } else {
      patient.put("ageYears", Period.between(born, asOf).getYears());
    }
  }

  void condition(Condition c, MappingContext ctx) {
    String clinical = code(c.getClinicalStatus());
    String verification = code(c.getVerificationStatus());
    boolean absent =
        verification != null && Interpretations.CONDITION_ABSENT.contains(verification);
    List<Coding> codings = c.getCode().getCoding();
    if (codings.isEmpty()) {
      ctx.warn(c, "code", "a Condition without coding cannot be mapped");
      return;
    }
    for (int i = 0; i < codings.size(); i++) {
      Coding coding = codings.get(i);
      if (!coding.hasSystem()) {
        ctx.warn(c, "code.coding[" + i + "]", "a coding without system cannot be mapped");
        continue;
      }
      CodeTable.Row row = conditions.lookup(coding.getSystem(), coding.getCode());
      if (row == null) {
        continue;
      }
      if (!absent
          && row.field().equals("presentation.setting")
          && !row.value().equals(Setting.STABLE.name())
          && withinWindow(c)) {
        acuteInWindow = true;
      }
      if (verification != null && Interpretations.CONDITION_NOT_USED.contains(verification)) {
        ctx.warn(
            c,
            "verificationStatus",
            "verificationStatus '"
                + verification
                + "': "
                + row.display()
                + " neither present nor absent, ignored (left unknown)");
        return;
      }
      if (!absent && clinical != null && !Interpretations.CONDITION_CURRENT.contains(clinical)) {
        ctx.warn(
            c,
            "clinicalStatus",
            "clinicalStatus '" + clinical + "': not a current " + row.display() + ", ignored");
        return;
      }
      if (row.field().startsWith("presentation.") && !current(c, row, ctx)) {
        return;
      }
      apply(row, absent);
      return;
    }
  }

  /**
   * Whether a Condition is the current presentation: its onset[x] date (else recordedDate) is at
   * most {@link Interpretations#PRESENTATION_WINDOW_DAYS} days before asOf. Undated: used, with a
   * warning.
   */
  private boolean current(Condition c, CodeTable.Row row, MappingContext ctx) {
    windowApplied = true;
    LocalDate onset = c.hasOnset() ? FhirValues.date(c.getOnset()) : null;
    LocalDate recorded = c.hasRecordedDate() ? FhirValues.date(c.getRecordedDateElement()) : null;
    LocalDate date = onset != null ? onset : recorded;
    if (date == null) {
      ctx.warn(
          c,
          c.hasOnset() ? "onset[x]" : "recordedDate",
          "no onset date and no recordedDate: "
              + row.display()
              + " taken as the current presentation");
      return true;
    }
    if (date.isBefore(asOf.minusDays(Interpretations.PRESENTATION_WINDOW_DAYS))) {
      ctx.warn(
          c,
          onset != null ? "onset[x]" : "recordedDate",
          (onset != null ? "onset " : "recordedDate ")
              + date
              + " is more than "
              + Interpretations.PRESENTATION_WINDOW_DAYS
              + " days before asOf "
              + asOf
              + ": "
              + row.display()
              + " is not the current presentation, ignored");
      return false;
    }
    return true;
  }

  private boolean withinWindow(Condition c) {
    LocalDate onset = c.hasOnset() ? FhirValues.date(c.getOnset()) : null;
    LocalDate date =
        onset != null
            ? onset
            : c.hasRecordedDate() ? FhirValues.date(c.getRecordedDateElement()) : null;
    return date == null || !date.isBefore(asOf.minusDays(Interpretations.PRESENTATION_WINDOW_DAYS));
  }

  /** The setting the Conditions gave, or null. */
  Setting setting() {
    return setting;
  }

  private void apply(CodeTable.Row row, boolean absent) {
    if (row.field().equals("presentation.setting")) {
      Setting s = Setting.valueOf(row.value());
      List<Setting> order = Interpretations.SETTING_MOST_ACUTE_FIRST;
      if (!absent && (setting == null || order.indexOf(s) < order.indexOf(setting))) {
        setting = s;
      }
      settings += absent ? 0 : 1;
      return;
    }
    boolean present = !absent;
    booleans.merge(row.field(), present, Boolean::logicalOr);
  }

  /** Writes what the Conditions say; fields they do not mention stay as they are. */
  void finish(MappingContext ctx) {
    if (setting != null) {
      ctx.set("presentation.setting", MappingContext.NODES.stringNode(setting.name()));
      if (settings > 1) {
        ctx.used.add(Interpretations.SETTING_NOTE);
      }
    }
    if (!booleans.isEmpty()) {
      ctx.used.add(Interpretations.CONDITION_NOTE);
    }
    if (windowApplied) {
      ctx.used.add(Interpretations.PRESENTATION_WINDOW_NOTE);
    }
    booleans.forEach((field, value) -> ctx.set(field, MappingContext.NODES.booleanNode(value)));
  }

  private static String code(CodeableConcept cc) {
    return cc == null || !cc.hasCoding() ? null : cc.getCodingFirstRep().getCode();
  }
}
