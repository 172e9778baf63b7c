// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only active medications count; an unrecognized list proves nothing; ATC nitrates and the added ingredients. */
class MedicationSafetyTest {

  private static MedicationStatement statement(String id, String system, String code, MedicationStatementStatus s) {
    MedicationStatement m = new MedicationStatement();
    m.setId(id);
    m.setStatus(s).setMedication(new CodeableConcept(new Coding(system, code, null)));
    return m;
  }

  private static MedicationRequest active(String id, String system, String code) {
    MedicationRequest m = new MedicationRequest();
    m.setId(id);
    m.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
        .setMedication(new CodeableConcept(new Coding(system, code, null)));
    return m;
  }

  @Test
  void anActiveStatementCounts() {
    MappedCase m = Fx.map(statement("ms1", CodeSystems.RXNORM, "6918", MedicationStatementStatus.ACTIVE));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[\"BETA_BLOCKER\"]");
    assertThat(m.warnings()).isEmpty();
    assertThat(m.interpretations()).contains(Interpretations.MEDICATION_LIST_NOTE);
  }

  @Test
  void aCompletedStatementIsNoLongerTakenAndDoesNotMakeTheListKnown() {
    MappedCase m = Fx.map(statement("ms1", CodeSystems.RXNORM, "6918", MedicationStatementStatus.COMPLETED),
        active("m2", CodeSystems.RXNORM, "1191"));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::resource, MappingWarning::element).containsExactly(
        org.assertj.core.groups.Tuple.tuple("MedicationStatement/ms1", "status"),
        org.assertj.core.groups.Tuple.tuple("MedicationRequest/m2", "medication[x]"));
  }

  @Test
  void unrecognizedCurrentCodesGiveOneAggregatedWarningNamingThem() {
    // codes not in the table, as product-level codes are: never resolved to an ingredient
    MappedCase m = Fx.map(active("m1", CodeSystems.RXNORM, "866924"), active("m2", CodeSystems.RXNORM, "1191"),
        active("m3", CodeSystems.RXNORM, "17767"));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[\"CALCIUM_CHANNEL_BLOCKER\"]");
    assertThat(m.warnings()).hasSize(1);
    assertThat(m.warnings().get(0).message()).contains("MedicationRequest/m1", "MedicationRequest/m2",
        "product-level codes", "may be low").doesNotContain("m3");
  }

  @Test
  void aDocumentedNoneStillSetsAnEmptyTherapyBesideUnrecognizedDrugs() {
    MappedCase m = Fx.map(active("m1", CodeSystems.RXNORM, "1191"),
        Fx.finding("o1", "therapy.antianginalClasses", new BooleanType(false)));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[]");
    assertThat(m.warnings()).hasSize(1);
    assertThat(Interpretations.MEDICATION_LIST_MEANS_THERAPY_KNOWN).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"http://www.whocc.no/atc, C01DA14, LONG_ACTING_NITRATE",
      "http://www.whocc.no/atc, C01DA08, LONG_ACTING_NITRATE",
      "http://www.nlm.nih.gov/research/umls/rxnorm, 387013, BETA_BLOCKER",
      "http://www.nlm.nih.gov/research/umls/rxnorm, 8787, BETA_BLOCKER",
      "http://www.nlm.nih.gov/research/umls/rxnorm, 7226, BETA_BLOCKER",
      "http://www.nlm.nih.gov/research/umls/rxnorm, 4316, CALCIUM_CHANNEL_BLOCKER"})
  void tableCodesGiveTheirClass(String system, String code, String expected) {
    MappedCase m = Fx.map(active("m1", system, code));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[\"" + expected + "\"]");
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"http://www.whocc.no/atc, C01DA02", "http://www.whocc.no/atc, C01DA05",
      "http://www.nlm.nih.gov/research/umls/rxnorm, 4917"})
  void glycerylTrinitrateAndOtherNitratesAreNotCounted(String system, String code) {
    MappedCase m = Fx.map(active("m1", system, code));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::resource).containsExactly("MedicationRequest/m1");
  }
}
