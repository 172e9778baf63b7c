// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Segment;
import org.hl7.fhir.r4.model.Coding;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completed Procedures, classified with the engine's ProcedureCodes table (not duplicated here):
 * CABG to {@code priorCabg} (the latest), PCI to {@code priorPci[]} (date, segment from bodySite),
 * imaging tests to {@code priorImaging[]}. A Procedure whose code is in no table is not cardiac
 * history the criteria use: no warning.
 */
final class ProcedureMapping {

  /** priorPci entries by the Procedure's reference, for {@code priorPci.highRisk} Observations. */
  final Map<String, ObjectNode> pciByReference = new HashMap<>();

  /** The Procedure chosen as priorCabg, by reference, or null. */
  String cabgReference;

  private LocalDate cabgDate;

  void map(org.hl7.fhir.r4.model.Procedure p, MappingContext ctx) {
    Procedure kind = kind(p, ctx);
    if (kind == null) {
      return;
    }
    String status = p.hasStatus() ? p.getStatus().toCode() : null;
    if (!Interpretations.PROCEDURE_DONE.equals(status)) {
      ctx.warn(p, "status", "status '" + status + "': not a prior " + kind + ", ignored");
      return;
    }
    LocalDate date = p.hasPerformed() ? FhirValues.date(p.getPerformed()) : null;
    if (p.hasPerformed() && date == null) {
      ctx.warn(p, "performed[x]", "no usable date in performed[x]");
    }
    switch (kind) {
      case CABG -> cabg(p, date, ctx);
      case PCI -> pci(p, date, ctx);
      default -> imaging(p, kind, date, ctx);
    }
  }

  /**
   * Whether a Procedure coding is one of the engine's procedure codes (others are no history the
   * criteria use).
   */
  static boolean known(String system, String code) {
    return system != null
        && code != null
        && org.crosscheck.engine.terminology.ProcedureCodes.procedureOf(
                new org.crosscheck.engine.casefile.Coding(system, code, null))
            != null;
  }

  private static Procedure kind(org.hl7.fhir.r4.model.Procedure p, MappingContext ctx) {
    if (!p.getCode().hasCoding()) {
      ctx.warn(p, "code", "a Procedure without coding cannot be mapped");
      return null;
    }
    for (Coding c : p.getCode().getCoding()) {
      Procedure kind = CodeSystems.procedureOf(c);
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  private void cabg(org.hl7.fhir.r4.model.Procedure p, LocalDate date, MappingContext ctx) {
    if (cabgReference != null && (date == null || (cabgDate != null && !date.isAfter(cabgDate)))) {
      ctx.warn(p, "performed[x]", "an earlier CABG: the latest one is priorCabg");
      return;
    }
    if (cabgReference != null) {
      ctx.warnings.add(
          new MappingWarning(
              cabgReference, "performed[x]", "an earlier CABG: the latest one is priorCabg"));
    }
    cabgReference = ctx.name(p);
    cabgDate = date;
    ObjectNode cabg = ctx.object("priorCabg");
    cabg.remove("date");
    if (date != null) {
      cabg.put("date", date.toString());
    }
  }

  private void pci(org.hl7.fhir.r4.model.Procedure p, LocalDate date, MappingContext ctx) {
    ObjectNode pci = ctx.array("priorPci").addObject();
    if (date != null) {
      pci.put("date", date.toString());
    }
    for (int i = 0; i < p.getBodySite().size(); i++) {
      Segment s = Segments.segment(p.getBodySite().get(i));
      if (s == null || pci.has("segment")) {
        ctx.warn(
            p,
            "bodySite[" + i + "]",
            s == null
                ? "no " + CodeSystems.CORONARY_SEGMENT + " code naming a segment"
                : "only the first segment is kept");
      } else {
        pci.put("segment", s.name());
      }
    }
    pciByReference.put(ctx.name(p), pci);
  }

  private static void imaging(
      org.hl7.fhir.r4.model.Procedure p, Procedure kind, LocalDate date, MappingContext ctx) {
    if (date == null) {
      ctx.warn(
          p,
          "performed[x]",
          "a prior " + kind + " without a date is not usable for the repeat-test policy");
      return;
    }
    ctx.array("priorImaging")
        .addObject()
        .put("procedure", kind.name())
        .put("date", date.toString());
  }
}
