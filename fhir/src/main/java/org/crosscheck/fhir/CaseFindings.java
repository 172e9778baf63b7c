// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.HashMap;
import java.util.Map;

/**
 * The project code system {@code case-finding} ({@link CodeSystems#CASE_FINDING}), from {@code
 * case-findings.csv}: each code is a case field path, with the kind of Observation that carries it
 * (a plain field, a lesion, a stress test, a graft, a component of one of these, ...) and the FHIR
 * value type it takes. One generic mechanism for the case fields that have no standard code.
 */
final class CaseFindings {

  /** How an Observation with this code is read. */
  enum Kind {
    FIELD,
    LESION,
    STRESS_TEST,
    GRAFT,
    COMPONENT,
    PROCEDURE_DETAIL,
    THERAPY_CLASS
  }

  /**
   * One code.
   *
   * @param type boolean, integer, number, date or code:&lt;engine enum&gt; (valueCodeableConcept,
   *     case-finding code = the enum name)
   * @param unit the UCUM unit a valueQuantity must have, or null
   */
  record Finding(String code, Kind kind, String type, String unit) {}

  private final Map<String, Finding> byCode = new HashMap<>();

  CaseFindings() {
    for (Map<String, String> r : CodeTable.readCsv("case-findings.csv")) {
      String kind =
          r.get("kind").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
      String unit = r.get("unit");
      byCode.put(
          r.get("code"),
          new Finding(
              r.get("code"),
              Kind.valueOf(kind),
              r.get("type"),
              unit == null || unit.isEmpty() ? null : unit));
    }
  }

  Finding get(String code) {
    return byCode.get(code);
  }
}
