// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.fhir.CaseFindings.Finding;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;
import tools.jackson.databind.JsonNode;

/**
 * Observations: standard codes through {@code observations.csv} (LVEF by LOINC), everything else
 * through the project code system {@code case-finding}, whose code is the case field path and whose
 * value[x] is the value. A code in no table, a value of the wrong type or unit, or an unusable
 * status is a warning, never dropped silently.
 */
final class ObservationMapping {

  private final CaseFindings findings;
  private final CodeTable observations;
  private final StructuredObservations structured;
  private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();

  ObservationMapping(
      CaseFindings findings, CodeTable observations, StructuredObservations structured) {
    this.findings = findings;
    this.observations = observations;
    this.structured = structured;
  }

  void map(Observation o, MappingContext ctx) {
    Finding finding = finding(o, ctx);
    if (finding == null) {
      return;
    }
    String status = o.hasStatus() ? o.getStatus().toCode() : null;
    if (status == null || !Interpretations.OBSERVATION_USABLE.contains(status)) {
      ctx.warn(o, "status", "status '" + status + "': the value is not used");
      return;
    }
    if (finding.kind() == CaseFindings.Kind.FIELD && !o.hasValue() && o.hasDataAbsentReason()) {
      // the record says it does not know: no reading of the whole record may fill the field
      ctx.documentedUnknown.add(finding.code());
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
      case COMPONENT ->
          ctx.warn(
              o, "code", finding.code() + " is used only as a component of its parent Observation");
      default -> throw new IllegalStateException(finding.kind().name());
    }
  }

  /**
   * The case-finding entry an Observation's code names (directly, or through a standard code's
   * table row).
   */
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
      if (readable(c.getSystem(), c.getCode(), findings, observations)) {
        CodeTable.Row row = observations.lookup(c.getSystem(), c.getCode());
        return findings.get(row != null ? row.field() : c.getCode());
      }
    }
    String codes = codings.stream().map(c -> c.getSystem() + "|" + c.getCode()).toList().toString();
    ctx.notUsed(
        o,
        "code",
        unreadableKey(codes),
        unreadableWhat(codes, codings.get(0).getDisplay()),
        UNREADABLE_WHY);
    return null;
  }

  static final String UNREADABLE_WHY = "no mapping table has the code";

  static String unreadableKey(String codes) {
    return "code " + codes;
  }

  static String unreadableWhat(String codes, String display) {
    return "Observation with code "
        + codes
        + (display == null || display.isEmpty() ? "" : " (" + display + ")");
  }

  /**
   * Whether an Observation coding is one a table reads (observations.csv or a case-finding code).
   */
  static boolean readable(
      String system, String code, CaseFindings findings, CodeTable observations) {
    return (CodeSystems.CASE_FINDING.equals(system) && findings.get(code) != null)
        || observations.lookup(system, code) != null;
  }

  private static boolean isNone(Type value) {
    return value instanceof BooleanType b && Boolean.FALSE.equals(b.getValue());
  }

  /** A usable value for a scalar field, waiting for the latest-wins choice in {@link #finish}. */
  private record Candidate(Observation o, JsonNode value, LocalDate date) {}

  private void field(Observation o, Finding finding, MappingContext ctx) {
    FhirValues.Result result = FhirValues.convert(o.getValue(), finding.type(), finding.unit());
    if (result.value() == null) {
      ctx.warn(o, valueElement(o.getValue()), result.problem());
      return;
    }
    ctx.caution(o, valueElement(o.getValue()), result);
    LocalDate date = o.hasEffective() ? FhirValues.date(o.getEffective()) : null;
    candidates
        .computeIfAbsent(finding.code(), k -> new ArrayList<>())
        .add(new Candidate(o, result.value(), date));
  }

  /**
   * Sets each scalar field from its latest dated Observation ({@link
   * Interpretations#LATEST_OBSERVATION_WINS}): undated ones after all dated ones, equal dates in
   * input order. Every value not used is warned about.
   */
  void finish(MappingContext ctx) {
    Comparator<Candidate> latestFirst =
        Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.reverseOrder()));
    candidates.forEach(
        (field, list) -> {
          if (ctx.has(field)) {
            list.forEach(
                c ->
                    ctx.warn(
                        c.o(),
                        "code",
                        field
                            + " is already set by an earlier resource; this value is "
                            + "not used"));
            return;
          }
          List<Candidate> sorted = list.stream().sorted(latestFirst).toList();
          Candidate winner = sorted.get(0);
          ctx.set(field, winner.value());
          if (sorted.size() > 1) {
            ctx.used.add(Interpretations.LATEST_OBSERVATION_NOTE);
          }
          for (Candidate c : sorted.subList(1, sorted.size())) {
            String why =
                c.date() == null
                    ? "an undated value"
                    : winner.date() != null && c.date().equals(winner.date())
                        ? "a value of the same date "
                            + c.date()
                            + " (the first in input order wins)"
                        : "an older value (" + c.date() + ")";
            ctx.warn(
                c.o(),
                "effective[x]",
                field
                    + ": "
                    + why
                    + " is not used; "
                    + ctx.name(winner.o())
                    + (winner.date() == null ? "" : " of " + winner.date())
                    + " gives "
                    + winner.value());
          }
        });
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
