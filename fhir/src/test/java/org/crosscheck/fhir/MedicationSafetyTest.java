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

/**
 * Only active medications count; an unrecognized list proves nothing; ATC nitrates and the added
 * ingredients.
 */
class MedicationSafetyTest {

  private static MedicationStatement statement(
      String id, String system, String code, MedicationStatementStatus s) {
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
    MappedCase m =
        Fx.map(statement("ms1", CodeSystems.RXNORM, "6918", MedicationStatementStatus.ACTIVE));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[\"BETA_BLOCKER\"]");
    assertThat(m.warnings()).isEmpty();
    assertThat(m.interpretations()).contains(Interpretations.MEDICATION_LIST_NOTE);
  }

  @Test
  void aCompletedStatementIsNoLongerTakenAndDoesNotMakeTheListKnown() {
    MappedCase m =
        Fx.map(
            statement("ms1", CodeSystems.RXNORM, "6918", MedicationStatementStatus.COMPLETED),
            active("m2", CodeSystems.RXNORM, "1191"));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MedicationStatement/ms1", "status"),
            org.assertj.core.groups.Tuple.tuple("MedicationRequest/m2", "medication[x]"));
  }

  @Test
  void unrecognizedCurrentCodesGiveOneAggregatedWarningNamingThem() {
    // aspirin (ingredient 1191) and clopidogrel 75 MG (product 309362): in no table, no
    // anti-anginal name
    MappedCase m =
        Fx.map(
            active("m1", CodeSystems.RXNORM, "1191"),
            active("m2", CodeSystems.RXNORM, "309362"),
            active("m3", CodeSystems.RXNORM, "17767"));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"CALCIUM_CHANNEL_BLOCKER\"]");
    assertThat(m.warnings()).hasSize(1);
    assertThat(m.warnings().get(0).message())
        .contains(
            "MedicationRequest/m1",
            "MedicationRequest/m2",
            "no table",
            "not counted as anti-anginal")
        .doesNotContain("m3");
  }

  @ParameterizedTest(name = "RxNorm product {0} -> {1}")
  @CsvSource({
    "866412, '[\"BETA_BLOCKER\"]'",
    "866924, '[\"BETA_BLOCKER\"]'",
    "200031, '[\"BETA_BLOCKER\"]'",
    "308136, '[\"CALCIUM_CHANNEL_BLOCKER\"]'",
    "897685, '[\"CALCIUM_CHANNEL_BLOCKER\"]'",
    "898342, '[\"CALCIUM_CHANNEL_BLOCKER\"]'",
    "854908, '[\"BETA_BLOCKER\"]'",
    "905377, '[\"LONG_ACTING_NITRATE\"]'",
    "751616, '[\"BETA_BLOCKER\"]'"
  })
  void productCodesAreReadAsTheirIngredientsClasses(String code, String classes) {
    MappedCase m = Fx.map(active("m1", CodeSystems.RXNORM, code));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo(classes);
    assertThat(m.warnings()).isEmpty();
    assertThat(m.interpretations()).contains(Interpretations.MEDICATION_PRODUCT_NOTE);
  }

  @Test
  void aCombinationOfTwoProductsGivesBothClasses() {
    MappedCase m =
        Fx.map(
            active("m1", CodeSystems.RXNORM, "866412"), active("m2", CodeSystems.RXNORM, "898346"));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"BETA_BLOCKER\",\"CALCIUM_CHANNEL_BLOCKER\"]");
  }

  @Test
  void sublingualNitroglycerinIsKnownButNoAntianginalClassAndLeavesTherapyUnknown() {
    MappedCase m = Fx.map(active("m1", CodeSystems.RXNORM, "198039"));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aLocalCodeIsReadByItsNameAsALabelledReadingWithAWarning() {
    MedicationRequest local = active("m1", "https://ehr.example.org/drugs", "D-4711");
    local
        .getMedicationCodeableConcept()
        .setText("Diltiazem HCl 120 MG 24HR Extended Release Capsule");
    MappedCase m = Fx.map(local);
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"CALCIUM_CHANNEL_BLOCKER\"]");
    assertThat(m.interpretations()).contains(Interpretations.MEDICATION_BY_NAME_NOTE);
    assertThat(m.warnings())
        .singleElement()
        .extracting(MappingWarning::message)
        .asString()
        .contains("read by its name", "diltiazem");
  }

  @Test
  void aNameOnlyContainingAnIngredientAsPartOfAWordIsNotRead() {
    MedicationRequest local = active("m1", "https://ehr.example.org/drugs", "D-1");
    local.getMedicationCodeableConcept().setText("Nonmetoprololic compound");
    assertThat(Fx.at(Fx.map(local), "/therapy").isMissingNode()).isTrue();
  }

  @Test
  void aDocumentedNoneStillSetsAnEmptyTherapyBesideUnrecognizedDrugs() {
    MappedCase m =
        Fx.map(
            active("m1", CodeSystems.RXNORM, "1191"),
            Fx.finding("o1", "therapy.antianginalClasses", new BooleanType(false)));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString()).isEqualTo("[]");
    assertThat(m.warnings()).hasSize(1);
    assertThat(Interpretations.MEDICATION_LIST_MEANS_THERAPY_KNOWN).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "http://www.whocc.no/atc, C01DA14, LONG_ACTING_NITRATE",
    "http://www.whocc.no/atc, C01DA08, LONG_ACTING_NITRATE",
    "http://www.nlm.nih.gov/research/umls/rxnorm, 387013, BETA_BLOCKER",
    "http://www.nlm.nih.gov/research/umls/rxnorm, 8787, BETA_BLOCKER",
    "http://www.nlm.nih.gov/research/umls/rxnorm, 7226, BETA_BLOCKER",
    "http://www.nlm.nih.gov/research/umls/rxnorm, 4316, CALCIUM_CHANNEL_BLOCKER"
  })
  void tableCodesGiveTheirClass(String system, String code, String expected) {
    MappedCase m = Fx.map(active("m1", system, code));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"" + expected + "\"]");
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "http://www.whocc.no/atc, C01DA02",
    "http://www.whocc.no/atc, C01DA05",
    "http://www.nlm.nih.gov/research/umls/rxnorm, 4917"
  })
  void glycerylTrinitrateAndOtherNitratesAreNotCounted(String system, String code) {
    MappedCase m = Fx.map(active("m1", system, code));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("MedicationRequest/m1");
  }
}
