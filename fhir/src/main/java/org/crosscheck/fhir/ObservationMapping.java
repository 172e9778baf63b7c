// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.List;
import org.crosscheck.fhir.CaseFindings.Finding;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;

/**
 * Observations: standard codes through {@code observations.csv} (LVEF by LOINC), everything else through the
 * project code system {@code case-finding}, whose code is the case field path and whose value[x] is the value. A
 * code in no table, a value of the wrong type or unit, or an unusable status is a warning, never dropped silently.
 */
final class ObservationMapping {

  private final CaseFindings findings;
  private final CodeTable observations;
  private final StructuredObservations structured;

  ObservationMapping(CaseFindings findings, CodeTable observations, StructuredObservations structured) {
    this.findings = findings;
    this.observations = observations;
    this.structured = structured;
  }

  void map(Observation o, MappingContext ctx) {
    String status = o.hasStatus() ? o.getStatus().toCode() : null;
    if (status == null || !Interpretations.OBSERVATION_USABLE.contains(status)) {
      ctx.warn(o, "status", "status '" + status + "': the value is not used");
      return;
    }
    Finding finding = finding(o, ctx);
    if (finding == null) {
      return;
    }
    if (isNone(o.getValue()) && structured.none(o, finding, ctx)) {
      return;
    }
    switch (finding.kind()) {
      case FIELD -> field(o, finding, ctx);
      case LESION -> structured.lesion(o, ctx);
      case STRESS_TEST -> structured.stressTest(o, finding, ctx);
      case GRAFT -> structured.graft(o, finding, ctx);
      case PROCEDURE_DETAIL -> structured.procedureDetail(o, finding, ctx);
      case THERAPY_CLASS -> structured.therapyClass(o, finding, ctx);
      case COMPONENT -> ctx.warn(o, "code", finding.code() + " is used only as a component of its parent Observation");
      default -> throw new IllegalStateException(finding.kind().name());
    }
  }

  /** The case-finding entry an Observation's code names (directly, or through a standard code's table row). */
  private Finding finding(Observation o, MappingContext ctx) {
    List<Coding> codings = o.getCode().getCoding();
    if (codings.isEmpty()) {
      ctx.warn(o, "code", "an Observation without coding cannot be mapped");
      return null;
    }
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      if (!c.hasSystem()) {
        ctx.warn(o, "code.coding[" + i + "]", "a coding without system cannot be mapped");
        continue;
      }
      if (CodeSystems.CASE_FINDING.equals(c.getSystem()) && findings.get(c.getCode()) != null) {
        return findings.get(c.getCode());
      }
      CodeTable.Row row = observations.lookup(c.getSystem(), c.getCode());
      if (row != null) {
        return findings.get(row.field());
      }
    }
    ctx.warn(o, "code", "no mapping table has " + codings.stream().map(c -> c.getSystem() + "|" + c.getCode())
        .toList() + ": the Observation is not used");
    return null;
  }

  private static boolean isNone(Type value) {
    return value instanceof BooleanType b && Boolean.FALSE.equals(b.getValue());
  }

  private static void field(Observation o, Finding finding, MappingContext ctx) {
    FhirValues.Result result = FhirValues.convert(o.getValue(), finding.type(), finding.unit());
    if (result.value() == null) {
      ctx.warn(o, valueElement(o.getValue()), result.problem());
      return;
    }
    if (ctx.has(finding.code())) {
      ctx.warn(o, "code", finding.code() + " is already set by an earlier resource; this value is not used");
      return;
    }
    ctx.set(finding.code(), result.value());
  }

  /** The FHIR element name of a value[x] ("valueQuantity"), for warnings. */
  static String valueElement(Type value) {
    if (value == null || value.isEmpty()) {
      return "value[x]";
    }
    String type = value.fhirType();
    return "value" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
  }
}
