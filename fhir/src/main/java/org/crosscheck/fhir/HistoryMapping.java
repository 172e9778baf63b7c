// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/**
 * What a record's Conditions say about the patient's coronary history ({@code
 * coronary-history.csv}): chronic coronary disease, a history of CABG or PCI (with the onset date),
 * heart failure. Collected here, decided in {@link RecordReadings} together with the Procedures and
 * the presentation. A Condition counts when it is current and neither refuted nor unconfirmed
 * ({@link Interpretations#CONDITION_CURRENT}, {@link Interpretations#CONDITION_NOT_USED}); no
 * warning for the others: these are readings of the history, and an ignored history Condition
 * leaves the case as it would be without it.
 */
final class HistoryMapping {

  private final CodeTable history;
  boolean chronicCoronaryDisease;

  /** Onset (else recorded) dates of history-of-CABG Conditions; null entries for undated ones. */
  final List<LocalDate> cabg = new ArrayList<>();

  final List<LocalDate> pci = new ArrayList<>();
  final List<LocalDate> heartFailure = new ArrayList<>();

  /**
   * Dates of acute coronary Conditions that do not tell the setting (e.g. myocardial infarction,
   * unspecified).
   */
  final List<LocalDate> acute = new ArrayList<>();

  String cabgCondition;

  HistoryMapping(CodeTable history) {
    this.history = history;
  }

  void condition(Condition c, MappingContext ctx) {
    String clinical = code(c.getClinicalStatus());
    String verification = code(c.getVerificationStatus());
    boolean refuted =
        verification != null && Interpretations.CONDITION_ABSENT.contains(verification);
    boolean current = clinical == null || Interpretations.CONDITION_CURRENT.contains(clinical);
    for (Coding coding : c.getCode().getCoding()) {
      CodeTable.Row row = history.lookup(coding.getSystem(), coding.getCode());
      if (row != null && row.field().equals("acuteCoronarySyndrome") && !refuted) {
        // an acute event, even resolved or unconfirmed, within the window means the record does not
        // show a stable
        // patient: its date is what counts, not its status
        acute.add(date(c));
        return;
      }
    }
    if (!current
        || refuted
        || (verification != null && Interpretations.CONDITION_NOT_USED.contains(verification))) {
      return;
    }
    for (Coding coding : c.getCode().getCoding()) {
      CodeTable.Row row = history.lookup(coding.getSystem(), coding.getCode());
      if (row == null) {
        continue;
      }
      LocalDate date = date(c);
      switch (row.field()) {
        case "chronicCoronaryDisease" -> chronicCoronaryDisease = true;
        case "priorCabg" -> {
          cabg.add(date);
          cabgCondition = cabgCondition == null ? ctx.name(c) : cabgCondition;
        }
        case "priorPci" -> pci.add(date);
        case "heartFailure" -> heartFailure.add(date);
        case "acuteCoronarySyndrome" -> acute.add(date);
        case "excluded" -> {}
        default ->
            throw new IllegalStateException("coronary-history.csv: unknown field " + row.field());
      }
      return;
    }
  }

  /** True when an acute coronary Condition is dated on or after {@code since}, or is undated. */
  boolean acuteIn(LocalDate since) {
    return acute.stream().anyMatch(d -> d == null || !d.isBefore(since));
  }

  private static LocalDate date(Condition c) {
    LocalDate date = c.hasOnset() ? FhirValues.date(c.getOnset()) : null;
    return date != null
        ? date
        : c.hasRecordedDate() ? FhirValues.date(c.getRecordedDateElement()) : null;
  }

  private static String code(CodeableConcept cc) {
    return cc == null || !cc.hasCoding() ? null : cc.getCodingFirstRep().getCode();
  }
}
