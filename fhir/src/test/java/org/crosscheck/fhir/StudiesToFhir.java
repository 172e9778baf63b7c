// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.crosscheck.fhir.CaseToFhir.boolOrNull;
import static org.crosscheck.fhir.CaseToFhir.caseCode;
import static org.crosscheck.fhir.CaseToFhir.component;
import static org.crosscheck.fhir.CaseToFhir.percent;
import static org.crosscheck.fhir.CaseToFhir.segment;
import static org.crosscheck.fhir.CaseToFhir.unitless;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Graft;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.PriorImaging;
import org.crosscheck.engine.casefile.PriorPci;
import org.crosscheck.engine.casefile.StressFindings;
import org.crosscheck.engine.casefile.StressTest;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * Test-side writer, part of {@link CaseToFhir}: stress tests and lesions (one Observation each),
 * LVEF, and the procedure history (CABG with graft Observations, PCI, prior imaging).
 */
final class StudiesToFhir {

  private final CaseFile c;
  private final CaseToFhir w;

  private StudiesToFhir(CaseFile c, CaseToFhir w) {
    this.c = c;
    this.w = w;
  }

  static void write(CaseFile c, CaseToFhir w) {
    StudiesToFhir s = new StudiesToFhir(c, w);
    s.stressTests();
    s.anatomy();
    s.procedures();
  }

  private void stressTests() {
    if (c.stressTests() == null) {
      return;
    }
    if (c.stressTests().isEmpty()) {
      w.observation("stressTests", new BooleanType(false));
    }
    for (StressTest t : c.stressTests()) {
      Observation o =
          w.observation(
              "stressTests", t.riskCategory() == null ? null : caseCode(t.riskCategory().name()));
      if (t.modality() != null) {
        o.setMethod(caseCode(t.modality().name()));
      }
      if (t.date() != null) {
        o.setEffective(new DateTimeType(t.date().toString()));
      }
      StressFindings f = t.findings();
      if (f != null) {
        component(
            o,
            "stressTests.findings.dukeTreadmillScore",
            f.dukeTreadmillScore() == null ? null : unitless(f.dukeTreadmillScore(), "{score}"));
        component(
            o,
            "stressTests.findings.restLvef",
            f.restLvef() == null ? null : percent(f.restLvef()));
        component(
            o,
            "stressTests.findings.exerciseLvef",
            f.exerciseLvef() == null ? null : percent(f.exerciseLvef()));
        component(
            o,
            "stressTests.findings.perfusionDefect",
            f.perfusionDefect() == null ? null : caseCode(f.perfusionDefect().name()));
        component(
            o,
            "stressTests.findings.multipleModerateDefects",
            boolOrNull(f.multipleModerateDefects()));
        component(o, "stressTests.findings.lvDilation", boolOrNull(f.lvDilation()));
        component(
            o, "stressTests.findings.increasedLungUptake", boolOrNull(f.increasedLungUptake()));
        component(
            o,
            "stressTests.findings.wallMotionSegmentsAtLowDose",
            f.wallMotionSegmentsAtLowDose() == null
                ? null
                : new IntegerType(f.wallMotionSegmentsAtLowDose()));
        component(o, "stressTests.findings.extensiveIschemia", boolOrNull(f.extensiveIschemia()));
      }
    }
  }

  private void anatomy() {
    var a = c.anatomy();
    if (a == null) {
      return;
    }
    w.integer("anatomy.syntaxScore", a.syntaxScore());
    if (a.lesions() == null || a.lesions().isEmpty()) {
      w.code("anatomy.source", a.source());
      if (a.date() != null) {
        w.observation("anatomy.date", new DateTimeType(a.date().toString()));
      }
      if (a.lesions() != null) {
        w.observation("anatomy.lesions", new BooleanType(false));
      }
      return;
    }
    for (Lesion l : a.lesions()) {
      Observation o = w.observation("anatomy.lesions", null);
      if (l.segment() != null) {
        o.setBodySite(segment(l.segment().name()));
      }
      if (a.source() != null) {
        o.setMethod(caseCode(a.source().name()));
      }
      if (a.date() != null) {
        o.setEffective(new DateTimeType(a.date().toString()));
      }
      component(
          o,
          "anatomy.lesions.stenosisPercent",
          l.stenosisPercent() == null ? null : percent(l.stenosisPercent()));
      component(o, "anatomy.lesions.ffr", l.ffr() == null ? null : unitless(l.ffr(), "1"));
      component(o, "anatomy.lesions.ivusSignificant", boolOrNull(l.ivusSignificant()));
      component(o, "anatomy.lesions.chronicTotalOcclusion", boolOrNull(l.chronicTotalOcclusion()));
      component(o, "anatomy.lesions.culprit", boolOrNull(l.culprit()));
    }
  }

  private void procedures() {
    if (c.lvef() != null) {
      Observation o = w.observation("lvef", percent(c.lvef()));
      o.setCode(
          new CodeableConcept(
              new Coding(CodeSystems.LOINC, "10230-1", "Left ventricular Ejection fraction")));
    }
    if (c.priorCabg() != null) {
      var p =
          procedure(
              CodeSystems.SNOMED,
              "232717009",
              "Coronary artery bypass grafting",
              c.priorCabg().date());
      if (c.priorCabg().grafts() != null && c.priorCabg().grafts().isEmpty()) {
        w.observation("priorCabg.grafts", new BooleanType(false))
            .addPartOf(new Reference("Procedure/" + p.getIdElement().getIdPart()));
      }
      for (Graft g : c.priorCabg().grafts() == null ? List.<Graft>of() : c.priorCabg().grafts()) {
        Observation o =
            w.observation(
                "priorCabg.grafts",
                g.stenosisPercent() == null ? null : percent(g.stenosisPercent()));
        o.addPartOf(new Reference("Procedure/" + p.getIdElement().getIdPart()));
        if (g.conduit() != null) {
          o.setMethod(caseCode(g.conduit().name()));
        }
        if (g.target() != null) {
          o.setBodySite(segment(g.target()));
        }
      }
    }
    for (PriorPci pci : c.priorPci() == null ? List.<PriorPci>of() : c.priorPci()) {
      var p =
          procedure(
              CodeSystems.SNOMED, "415070008", "Percutaneous coronary intervention", pci.date());
      if (pci.segment() != null) {
        p.addBodySite(segment(pci.segment().name()));
      }
      if (pci.highRisk() != null) {
        w.observation("priorPci.highRisk", new BooleanType(pci.highRisk()))
            .addPartOf(new Reference("Procedure/" + p.getIdElement().getIdPart()));
      }
    }
    for (PriorImaging prior :
        c.priorImaging() == null ? List.<PriorImaging>of() : c.priorImaging()) {
      String[] code = ImagingCodes.of(prior.procedure());
      procedure(CodeSystems.CPT, code[0], code[1], prior.date());
    }
  }

  private org.hl7.fhir.r4.model.Procedure procedure(
      String system, String code, String display, LocalDate date) {
    org.hl7.fhir.r4.model.Procedure p = w.add(new org.hl7.fhir.r4.model.Procedure(), "proc");
    p.setStatus(org.hl7.fhir.r4.model.Procedure.ProcedureStatus.COMPLETED)
        .setSubject(new Reference("Patient/pat-1"));
    p.getCode().addCoding(new Coding(system, code, display));
    if (date != null) {
      p.setPerformed(new DateTimeType(date.toString()));
    }
    return p;
  }
}
