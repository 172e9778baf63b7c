// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** The readings of FHIR data a case relied on are named in the mapping's result, and only those. */
class FhirReadingsTest {

  private static Bundle twin(String path) throws IOException {
    return FhirBundles.parseBundle(Files.readString(Twins.root().resolve(path)));
  }

  @Test
  void aCaseNamesThePriorityConditionAndMedicationReadingsItReliedOn() throws IOException {
    MappedCase mapped =
        new FhirCaseMapper()
            .map(
                twin("revasc-2012/table3/RV12-57-CCS_I_II-pos.bundle.json"),
                LocalDate.of(2026, 3, 1));
    assertThat(mapped.interpretations())
        .extracting(Interpretations.Note::id)
        .contains(
            "FHIR_PRIORITY_AS_URGENCY", "FHIR_CONDITION_PRESENCE", "FHIR_MEDICATION_LIST_COMPLETE")
        .doesNotContain("FHIR_NO_PRIORITY_ELECTIVE");
  }

  @Test
  void anOrderWithoutPriorityNamesThatReadingInsteadOfThePriorityTable() throws IOException {
    Bundle bundle = twin("revasc-2012/table3/RV12-57-CCS_I_II-pos.bundle.json");
    bundle.getEntry().stream()
        .filter(e -> e.getResource() instanceof ServiceRequest)
        .forEach(e -> ((ServiceRequest) e.getResource()).setPriority(null));
    MappedCase mapped = new FhirCaseMapper().map(bundle, LocalDate.of(2026, 3, 1));
    assertThat(mapped.interpretations())
        .extracting(Interpretations.Note::id)
        .contains("FHIR_NO_PRIORITY_ELECTIVE")
        .doesNotContain("FHIR_PRIORITY_AS_URGENCY");
    assertThat(mapped.interpretations()).allSatisfy(n -> assertThat(n.text()).isNotBlank());
  }
}
