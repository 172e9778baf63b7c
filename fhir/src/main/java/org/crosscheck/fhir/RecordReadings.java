// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crosscheck.engine.casefile.Setting;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readings of a whole record, made after every resource was mapped and only where the case is
 * still silent (a documented value, e.g. a case-finding Observation, always wins): the stable
 * setting from chronic coronary disease, prior CABG and PCI from history Conditions, what the
 * record does not hold about them, and an imaging order's context (suspected condition, acuity,
 * heart-failure status, question and symptoms from its reason). Each reading is named in {@link
 * Interpretations} and in the output.
 */
final class RecordReadings {

  private final CodeTable reasons;

  RecordReadings(CodeTable reasons) {
    this.reasons = reasons;
  }

  void apply(
      ServiceRequest order,
      PatientMapping conditions,
      HistoryMapping history,
      ProcedureMapping procedures,
      LocalDate asOf,
      MappingContext ctx) {
    boolean cabgProcedure = procedures.cabgReference != null;
    boolean pciProcedure = !procedures.pciByReference.isEmpty();
    priorCabg(history, cabgProcedure, ctx);
    priorPci(history, pciProcedure, ctx);
    boolean coronary =
        history.chronicCoronaryDisease
            || !history.cabg.isEmpty()
            || !history.pci.isEmpty()
            || cabgProcedure
            || pciProcedure;
    boolean acute =
        conditions.acuteInWindow
            || history.acuteIn(asOf.minusDays(Interpretations.PRESENTATION_WINDOW_DAYS));
    if (conditions.setting() == null
        && !acute
        && coronary
        && !ctx.has("presentation.setting")
        && !ctx.documentedUnknown.contains("presentation.setting")) {
      ctx.set("presentation.setting", MappingContext.NODES.stringNode(Setting.STABLE.name()));
      ctx.used.add(Interpretations.CHRONIC_STABLE_NOTE);
    }
    String procedure = ctx.root.path("request").path("procedure").asString("");
    if (procedure.equals("PCI") || procedure.equals("CABG")) {
      return;
    }
    boolean read = fill("imaging.suspectedCondition", coronary ? "CAD" : null, ctx);
    boolean routine = "ELECTIVE".equals(ctx.root.path("request").path("urgency").asString(""));
    boolean noRecentSyndrome =
        conditions.setting() == null || conditions.setting() == Setting.STABLE;
    read |= fill("imaging.acuity", routine && noRecentSyndrome && !acute ? "CHRONIC" : null, ctx);
    LocalDate windowStart = asOf.minusDays(Interpretations.PRESENTATION_WINDOW_DAYS);
    boolean established =
        history.heartFailure.stream().anyMatch(d -> d != null && d.isBefore(windowStart));
    read |= fill("imaging.heartFailureStatus", established ? "ESTABLISHED" : null, ctx);
    if (read) {
      ctx.used.add(Interpretations.IMAGING_CONTEXT_NOTE);
    }
    reasons(order, ctx);
  }

  private static void priorCabg(HistoryMapping history, boolean procedure, MappingContext ctx) {
    if (procedure || ctx.has("priorCabg")) {
      return;
    }
    if (history.cabg.isEmpty()) {
      ctx.used.add(Interpretations.NO_CABG_FOUND_NOTE);
      return;
    }
    ObjectNode cabg = ctx.object("priorCabg");
    history.cabg.stream()
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .ifPresent(d -> cabg.put("date", d.toString()));
    ctx.used.add(Interpretations.HISTORY_CONDITION_NOTE);
  }

  private static void priorPci(HistoryMapping history, boolean procedure, MappingContext ctx) {
    if (procedure || ctx.has("priorPci")) {
      return;
    }
    if (history.pci.isEmpty()) {
      ctx.used.add(Interpretations.NO_PCI_FOUND_NOTE);
      return;
    }
    ObjectNode pci = ctx.array("priorPci").addObject();
    history.pci.stream()
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .ifPresent(d -> pci.put("date", d.toString()));
    ctx.used.add(Interpretations.HISTORY_CONDITION_NOTE);
  }

  /** Sets an absent field to a value (nothing when the value is null); true when it did. */
  private static boolean fill(String path, String value, MappingContext ctx) {
    if (value == null || ctx.has(path) || ctx.documentedUnknown.contains(path)) {
      return false;
    }
    ctx.set(path, MappingContext.NODES.stringNode(value));
    return true;
  }

  /**
   * ServiceRequest.reasonCode through order-reasons.csv; two reasons that disagree on a field leave
   * it unknown.
   */
  private void reasons(ServiceRequest order, MappingContext ctx) {
    java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
    java.util.Set<String> conflicting = new java.util.HashSet<>();
    for (CodeableConcept reason : order.getReasonCode()) {
      for (Coding c : reason.getCoding()) {
        List<CodeTable.Row> rows = reasons.lookupAll(c.getSystem(), c.getCode());
        for (CodeTable.Row row : rows) {
          String before = found.putIfAbsent(row.field(), row.value());
          if (before != null && !before.equals(row.value())) {
            conflicting.add(row.field());
          }
        }
      }
    }
    for (String field : conflicting) {
      ctx.warn(
          order, "reasonCode", "the reasons name different values for " + field + ": left unknown");
      found.remove(field);
    }
    boolean read = false;
    for (var e : found.entrySet()) {
      read |= fill(e.getKey(), e.getValue(), ctx);
    }
    if (read) {
      ctx.used.add(Interpretations.REASON_CODE_NOTE);
    }
  }
}
