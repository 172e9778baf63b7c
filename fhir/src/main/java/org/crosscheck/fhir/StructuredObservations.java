// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.fhir.CaseFindings.Finding;
import org.crosscheck.fhir.CaseFindings.Kind;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Observations that make list items: one per lesion (bodySite = segment, components = stenosis,
 * FFR, CTO, ...), one per stress test (method = modality, value = risk category, components =
 * findings), one per graft (partOf the CABG Procedure), a PCI detail (partOf the PCI Procedure) and
 * an anti-anginal class without a drug code.
 */
final class StructuredObservations {

  private final CaseFindings findings;
  private final MedicationMapping medications;
  private final ProcedureMapping procedures;

  StructuredObservations(
      CaseFindings findings, MedicationMapping medications, ProcedureMapping procedures) {
    this.findings = findings;
    this.medications = medications;
    this.procedures = procedures;
  }

  /**
   * valueBoolean false on a list code documents the empty list; false when the code is not a list.
   */
  boolean none(Observation o, Finding finding, MappingContext ctx) {
    switch (finding.kind()) {
      case LESION -> ctx.array("anatomy.lesions");
      case STRESS_TEST -> ctx.array("stressTests");
      case THERAPY_CLASS -> medications.documented(null);
      case GRAFT -> {
        if (procedures.cabgReference == null) {
          ctx.warn(
              o, "valueBoolean", "no grafts documented, but there is no completed CABG Procedure");
        } else {
          ctx.array("priorCabg.grafts");
        }
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** A lesion; a value missing (segment, stenosis) is left out: the engine reads it as unknown. */
  void lesion(Observation o, MappingContext ctx) {
    Segment segment = o.hasBodySite() ? Segments.segment(o.getBodySite()) : null;
    if (o.hasBodySite() && segment == null) {
      ctx.warn(
          o,
          "bodySite",
          "no " + CodeSystems.CORONARY_SEGMENT + " segment: the lesion's location is unknown");
    }
    ObjectNode lesion = MappingContext.NODES.objectNode();
    if (segment != null) {
      lesion.put("segment", segment.name());
    }
    components(o, "anatomy.lesions.", lesion, ctx);
    unusedValue(o, ctx);
    LocalDate date = o.hasEffective() ? FhirValues.date(o.getEffective()) : null;
    if (date != null && !ctx.has("anatomy.date")) {
      ctx.object("anatomy").put("date", date.toString());
    }
    String source = o.hasMethod() ? caseCode(o.getMethod(), "AnatomySource") : null;
    if (o.hasMethod() && source == null) {
      ctx.warn(o, "method", "no " + CodeSystems.CASE_FINDING + " code naming an anatomy source");
    } else if (source != null && !ctx.has("anatomy.source")) {
      ctx.object("anatomy").put("source", source);
    }
    ctx.array("anatomy.lesions").add(lesion);
  }

  /**
   * A stress test; a value missing (modality, date, result) is left out: the engine reads it as
   * unknown.
   */
  void stressTest(Observation o, Finding finding, MappingContext ctx) {
    String modality = o.hasMethod() ? modality(o.getMethod()) : null;
    LocalDate date = o.hasEffective() ? FhirValues.date(o.getEffective()) : null;
    if (o.hasMethod() && modality == null) {
      ctx.warn(
          o,
          "method",
          "no case-finding code or stress test procedure code: the modality is unknown");
    }
    if (o.hasEffective() && date == null) {
      ctx.warn(o, "effective[x]", "not a date: the test's date is unknown");
    }
    ObjectNode test = ctx.array("stressTests").addObject();
    if (modality != null) {
      test.put("modality", modality);
    }
    if (date != null) {
      test.put("date", date.toString());
    }
    if (o.hasValue()) {
      FhirValues.Result risk = FhirValues.convert(o.getValue(), finding.type(), null);
      if (risk.value() != null) {
        test.set("riskCategory", risk.value());
      } else {
        ctx.warn(o, ObservationMapping.valueElement(o.getValue()), risk.problem());
      }
    }
    if (o.hasComponent()) {
      components(o, "stressTests.findings.", test.putObject("findings"), ctx);
    }
  }

  void graft(Observation o, Finding finding, MappingContext ctx) {
    Resource partOf = o.hasPartOf() ? ctx.resolve(o.getPartOfFirstRep()) : null;
    if (procedures.cabgReference == null
        || (partOf != null && !ctx.name(partOf).equals(procedures.cabgReference))) {
      ctx.warn(
          o,
          "partOf",
          procedures.cabgReference == null
              ? "a graft without a completed CABG Procedure: not used"
              : "a graft of another CABG than the latest: not used");
      return;
    }
    String conduit = o.hasMethod() ? caseCode(o.getMethod(), "Conduit") : null;
    String target = o.hasBodySite() ? Segments.graftTarget(o.getBodySite()) : null;
    if (o.hasMethod() && conduit == null) {
      ctx.warn(
          o,
          "method",
          "no case-finding code SVG, LIMA, RIMA or RADIAL: the graft's conduit is unknown");
    }
    if (o.hasBodySite() && target == null) {
      ctx.warn(
          o,
          "bodySite",
          "no coronary-segment code other than LEFT_MAIN: the graft's target is unknown");
    }
    ObjectNode graft = ctx.array("priorCabg.grafts").addObject();
    if (conduit != null) {
      graft.put("conduit", conduit);
    }
    if (target != null) {
      graft.put("target", target);
    }
    if (o.hasValue()) {
      FhirValues.Result stenosis = FhirValues.convert(o.getValue(), finding.type(), finding.unit());
      if (stenosis.value() == null) {
        ctx.warn(
            o,
            ObservationMapping.valueElement(o.getValue()),
            stenosis.problem() + ": the graft's patency is unknown");
      } else {
        ctx.caution(o, ObservationMapping.valueElement(o.getValue()), stenosis);
        graft.set("stenosisPercent", stenosis.value());
      }
    }
  }

  void procedureDetail(Observation o, Finding finding, MappingContext ctx) {
    Resource partOf = o.hasPartOf() ? ctx.resolve(o.getPartOfFirstRep()) : null;
    ObjectNode pci = partOf == null ? null : procedures.pciByReference.get(ctx.name(partOf));
    FhirValues.Result value = FhirValues.convert(o.getValue(), finding.type(), finding.unit());
    if (pci == null || value.value() == null) {
      ctx.warn(
          o,
          pci == null ? "partOf" : ObservationMapping.valueElement(o.getValue()),
          pci == null
              ? "partOf names no completed PCI Procedure among the inputs: not used"
              : value.problem());
      return;
    }
    ctx.caution(o, ObservationMapping.valueElement(o.getValue()), value);
    pci.set(finding.code().substring(finding.code().lastIndexOf('.') + 1), value.value());
  }

  void therapyClass(Observation o, Finding finding, MappingContext ctx) {
    FhirValues.Result value = FhirValues.convert(o.getValue(), finding.type(), null);
    if (value.value() == null) {
      ctx.warn(o, ObservationMapping.valueElement(o.getValue()), value.problem());
      return;
    }
    medications.documented(AntianginalClass.valueOf(value.value().asString()));
  }

  private void components(Observation o, String prefix, ObjectNode target, MappingContext ctx) {
    List<ObservationComponentComponent> list = o.getComponent();
    for (int i = 0; i < list.size(); i++) {
      ObservationComponentComponent c = list.get(i);
      Finding f = componentFinding(c.getCode(), prefix);
      if (f == null) {
        ctx.warn(
            o,
            "component[" + i + "].code",
            "not a " + CodeSystems.CASE_FINDING + " code " + prefix + "*");
        continue;
      }
      FhirValues.Result value = FhirValues.convert(c.getValue(), f.type(), f.unit());
      if (value.value() == null) {
        ctx.warn(
            o,
            "component[" + i + "]." + ObservationMapping.valueElement(c.getValue()),
            value.problem());
        continue;
      }
      ctx.caution(
          o, "component[" + i + "]." + ObservationMapping.valueElement(c.getValue()), value);
      target.set(f.code().substring(prefix.length()), value.value());
    }
  }

  private Finding componentFinding(CodeableConcept code, String prefix) {
    for (Coding c : code.getCoding()) {
      Finding f = CodeSystems.CASE_FINDING.equals(c.getSystem()) ? findings.get(c.getCode()) : null;
      if (f != null && f.kind() == Kind.COMPONENT && f.code().startsWith(prefix)) {
        return f;
      }
    }
    return null;
  }

  private static void unusedValue(Observation o, MappingContext ctx) {
    if (o.hasValue()) {
      ctx.warn(
          o,
          ObservationMapping.valueElement(o.getValue()),
          "a lesion's values are components: value[x] not used");
    }
  }

  /** A case-finding code of the given engine enum in a CodeableConcept, or null. */
  static String caseCode(CodeableConcept cc, String enumName) {
    List<String> allowed = List.of(FhirValues.enumValues(enumName));
    for (Coding c : cc.getCoding()) {
      if (CodeSystems.CASE_FINDING.equals(c.getSystem()) && allowed.contains(c.getCode())) {
        return c.getCode();
      }
    }
    return null;
  }

  /**
   * The stress modality: a case-finding modality code, or a stress test procedure code
   * (ProcedureCodes).
   */
  private static String modality(CodeableConcept method) {
    String direct = caseCode(method, "StressModality");
    if (direct != null) {
      return direct;
    }
    for (Coding c : method.getCoding()) {
      Procedure p = CodeSystems.procedureOf(c);
      String m =
          p == null
              ? null
              : switch (p) {
                case EXERCISE_ECG -> "EXERCISE_ECG";
                case STRESS_SPECT_MPI -> "SPECT_MPI";
                case STRESS_PET_MPI -> "PET_MPI";
                case STRESS_ECHO -> "STRESS_ECHO";
                case STRESS_CMR -> "STRESS_CMR";
                default -> null;
              };
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
