// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

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
 * (RxNorm ingredients, ATC classes). A drug not in the table is simply not anti-anginal: no warning, since most
 * medications are not. A medication without any coding is warned about: it cannot be classified.
 */
final class MedicationMapping {

  private final CodeTable medications;
  private final Set<AntianginalClass> classes = EnumSet.noneOf(AntianginalClass.class);
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
    known = known || Interpretations.MEDICATION_LIST_MEANS_THERAPY_KNOWN;
    fromList = true;
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
      if (status == null || !Interpretations.MEDICATION_CURRENT.contains(status)) {
        ctx.warn(r, "status", "status '" + status + "': " + row.display() + " not counted as current therapy");
        return;
      }
      classes.add(AntianginalClass.valueOf(row.value()));
      return;
    }
  }

  void finish(MappingContext ctx) {
    if (known) {
      if (fromList) {
        ctx.used.add(Interpretations.MEDICATION_LIST_NOTE);
      }
      var array = ctx.array("therapy.antianginalClasses");
      classes.forEach(c -> array.add(c.name()));
    }
  }
}
