// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * MedicationRequest and MedicationStatement to {@code therapy.antianginalClasses} through {@code medications.csv}
 * (RxNorm ingredients, ATC classes). Only active ones count ({@link Interpretations#MEDICATION_CURRENT}). therapy is
 * set only when a current drug is recognized as anti-anginal, or a case-finding Observation documents the classes or
 * "none" ({@link Interpretations#MEDICATION_LIST_MEANS_THERAPY_KNOWN} is false): a list of unrecognized codes proves
 * nothing, because product-level codes are not resolved to ingredients. Current medications with codes in no table
 * get ONE aggregated warning per case; a medication without any coding is warned about on its own.
 */
final class MedicationMapping {

  private final CodeTable medications;
  private final Set<AntianginalClass> classes = EnumSet.noneOf(AntianginalClass.class);
  /** Current medications none of whose codes is in the table, by name, for the aggregated warning. */
  private final List<String> unrecognized = new ArrayList<>();
  private boolean known;
  private boolean fromList;

  MedicationMapping(CodeTable medications) {
    this.medications = medications;
  }

  void request(MedicationRequest m, MappingContext ctx) {
    add(m, m.hasStatus() ? m.getStatus().toCode() : null, m.getMedication(), ctx);
  }

  void statement(MedicationStatement m, MappingContext ctx) {
    add(m, m.hasStatus() ? m.getStatus().toCode() : null, m.getMedication(), ctx);
  }

  /** A class documented without a drug code (case-finding Observation), or null to document "none". */
  void documented(AntianginalClass c) {
    known = true;
    if (c != null) {
      classes.add(c);
    }
  }

  private void add(Resource r, String status, Type medication, MappingContext ctx) {
    boolean current = status != null && Interpretations.MEDICATION_CURRENT.contains(status);
    CodeableConcept code = medication instanceof CodeableConcept cc ? cc
        : medication instanceof Reference ref && ctx.resolve(ref) instanceof Medication med ? med.getCode() : null;
    String element = medication instanceof Reference ? "medicationReference" : "medicationCodeableConcept";
    if (code == null || !code.hasCoding()) {
      ctx.warn(r, element, "a medication without coding cannot be classified");
      return;
    }
    List<Coding> codings = code.getCoding();
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      if (!c.hasSystem()) {
        ctx.warn(r, element + ".coding[" + i + "]", "a coding without system cannot be classified");
        continue;
      }
      CodeTable.Row row = medications.lookup(c.getSystem(), c.getCode());
      if (row == null) {
        continue;
      }
      if (!current) {
        ctx.warn(r, "status", "status '" + status + "': " + row.display() + " not counted as current therapy"
            + " (only " + Interpretations.MEDICATION_CURRENT + " counts)");
        return;
      }
      classes.add(AntianginalClass.valueOf(row.value()));
      known = true;
      fromList = true;
      return;
    }
    if (current) {
      unrecognized.add(ctx.name(r));
      if (Interpretations.MEDICATION_LIST_MEANS_THERAPY_KNOWN) {
        known = true;
        fromList = true;
      }
    }
  }

  void finish(MappingContext ctx) {
    if (!unrecognized.isEmpty()) {
      ctx.warnings.add(new MappingWarning(unrecognized.get(0), "medication[x]", unrecognized.size()
          + " active medication(s) " + unrecognized + " have codes not in medications.csv: product-level codes "
          + "(e.g. RxNorm clinical or branded drugs) are not resolved to ingredients, so an anti-anginal drug among "
          + "them is not recognized and the anti-anginal count may be low"
          + (known ? "" : "; anti-anginal therapy left unknown")));
    }
    if (known) {
      if (fromList) {
        ctx.used.add(Interpretations.MEDICATION_LIST_NOTE);
      }
      var array = ctx.array("therapy.antianginalClasses");
      classes.forEach(c -> array.add(c.name()));
    }
  }
}
