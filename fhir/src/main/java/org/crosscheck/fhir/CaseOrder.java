// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the top-level case fields in the order of docs/case.schema.json, so that mapped cases read
 * like examples.
 */
final class CaseOrder {

  private static final List<String> ORDER =
      List.of(
          "caseId",
          "asOf",
          "patient",
          "request",
          "presentation",
          "therapy",
          "stressTests",
          "anatomy",
          "lvef",
          "priorCabg",
          "priorPci",
          "incompleteRevascularization",
          "priorImaging",
          "imaging");

  private CaseOrder() {}

  static ObjectNode sorted(ObjectNode root) {
    ObjectNode out = MappingContext.NODES.objectNode();
    for (String name : ORDER) {
      JsonNode value = root.get(name);
      if (value != null) {
        out.set(name, value);
      }
    }
    return out;
  }
}
