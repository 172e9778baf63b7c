// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an order bundle's record holds, read straight from its JSON (not through the mapper, whose
 * readings it checks): chronic coronary disease, a CABG, a PCI, a current anti-anginal drug. The
 * oracle of the "read where the record holds it" figures.
 */
record CorpusOrder(
    String procedure,
    LocalDate asOf,
    boolean chronicCoronary,
    boolean cabg,
    boolean pci,
    boolean antianginal) {

  private static final Set<String> CHRONIC =
      Set.of("414545008", "53741008", "399211009", "399261000");
  private static final Set<String> CABG = Set.of("232717009", "418824004", "414088005");

  /**
   * Anti-anginal ingredients as words of a drug name (the oracle reads names, the mapper codes).
   */
  private static final List<String> ANTIANGINAL =
      List.of(
          "metoprolol",
          "atenolol",
          "carvedilol",
          "bisoprolol",
          "nebivolol",
          "propranolol",
          "nadolol",
          "labetalol",
          "amlodipine",
          "diltiazem",
          "verapamil",
          "nifedipine",
          "felodipine",
          "isosorbide",
          "ranolazine");

  static CorpusOrder of(JsonNode bundle) {
    String procedure = null;
    LocalDate asOf = null;
    boolean chronic = false;
    boolean cabg = false;
    boolean pci = false;
    boolean drug = false;
    for (JsonNode e : bundle.path("entry")) {
      JsonNode r = e.path("resource");
      String type = r.path("resourceType").asString("");
      switch (type) {
        case "ServiceRequest" -> {
          procedure = r.path("code").path("coding").path(0).path("code").asString();
          asOf = LocalDate.parse(r.path("authoredOn").asString().substring(0, 10));
        }
        case "Condition" -> {
          boolean active =
              "active"
                  .equals(
                      r.path("clinicalStatus").path("coding").path(0).path("code").asString(""));
          for (JsonNode c : r.path("code").path("coding")) {
            chronic |= active && CHRONIC.contains(c.path("code").asString(""));
            cabg |= "399261000".equals(c.path("code").asString(""));
          }
        }
        case "Procedure" -> {
          boolean done = "completed".equals(r.path("status").asString(""));
          for (JsonNode c : r.path("code").path("coding")) {
            cabg |= done && CABG.contains(c.path("code").asString(""));
            pci |= done && "415070008".equals(c.path("code").asString(""));
          }
        }
        case "MedicationRequest" -> {
          if ("active".equals(r.path("status").asString(""))) {
            String name =
                " "
                    + r.path("medicationCodeableConcept")
                        .path("text")
                        .asString("")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z]+", " ")
                    + " ";
            drug |= ANTIANGINAL.stream().anyMatch(a -> name.contains(" " + a + " "));
          }
        }
        default -> {}
      }
    }
    return new CorpusOrder(procedure, asOf, chronic, cabg || false, pci, drug);
  }

  boolean imaging() {
    return !"92928".equals(procedure);
  }
}
