// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.api.cdshooks.CdsResponse.Action;
import org.crosscheck.api.cdshooks.CdsResponse.Suggestion;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.terminology.ProcedureCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The one-click orders a card offers where a what-if rates an alternative better than the request:
 * an FFR of a borderline lesion, CABG through the heart team instead of PCI, another test, or no
 * test at all; and none where the alternative is documentation rather than an order.
 */
class SuggestionsTest {

  static final String ORDER = "ServiceRequest/sr-1";

  /** The order of a vignette as the card service holds it (patient {@code pat-1}). */
  static OrderCards.RatedOrder order(String vignette, String procedure) {
    return new OrderCards.RatedOrder(
        ORDER,
        "pat-1",
        procedure,
        VignetteEvaluations.evaluate(vignette),
        List.of(),
        List.of(),
        "card-1",
        Map.of(),
        List.of(),
        null);
  }

  /** A proposed order as FHIR JSON: draft proposal for the patient, coded as given. */
  private static void assertProposal(JsonNode resource, String cpt) {
    assertThat(resource.get("resourceType").asString()).isEqualTo("ServiceRequest");
    assertThat(resource.get("status").asString()).isEqualTo("draft");
    assertThat(resource.get("intent").asString()).isEqualTo("proposal");
    assertThat(resource.get("subject").get("reference").asString()).isEqualTo("Patient/pat-1");
    JsonNode coding = resource.get("code").get("coding").get(0);
    assertThat(coding.get("system").asString()).isEqualTo(ProcedureCodes.CPT);
    assertThat(coding.get("code").asString()).isEqualTo(cpt);
  }

  @Test
  void aBorderlineLesionRarelyAppropriateForPciGetsAnFfrOrder() {
    // 2012 Table 2 row 21: an FFR of 0.75 would make the PCI appropriate
    List<Suggestion> suggestions =
        Suggestions.of(order("revasc-2012/table2/RV12-21-CCS_III_IV-pos.json", "PCI"));
    assertThat(suggestions).hasSize(1);
    Suggestion ffr = suggestions.get(0);
    assertThat(ffr.label())
        .isEqualTo("Order FFR of the intermediate lesion (would be rated appropriate)");
    assertThat(ffr.uuid()).isNotBlank();
    assertThat(ffr.actions()).hasSize(1);
    assertThat(ffr.actions().get(0).type()).isEqualTo("create");
    assertProposal(ffr.actions().get(0).resource(), "93571");
  }

  @Test
  void pciWhereCabgIsRatedAppropriateSuggestsTheHeartTeamAndReplacesTheOrder() {
    List<Suggestion> suggestions =
        Suggestions.of(order("revasc-2012/method/RV12-65-ANY-pos.json", "PCI"));
    assertThat(suggestions)
        .extracting(Suggestion::label)
        .containsExactly(
            "Refer for heart-team review: request CABG instead of PCI (would be rated appropriate)");
    List<Action> actions = suggestions.get(0).actions();
    assertThat(actions).extracting(Action::type).containsExactly("delete", "create");
    assertThat(actions.get(0).resourceId()).isEqualTo(ORDER);
    assertThat(actions.get(0).description()).isEqualTo("Remove the PCI order");
    assertThat(actions.get(1).description()).isEqualTo("Add a CABG order");
    assertProposal(actions.get(1).resource(), ProcedureCodes.codeFor(Procedure.CABG).code());
  }

  @Test
  void anotherTestRatedAppropriateReplacesTheRequestedOne() {
    List<Suggestion> suggestions =
        Suggestions.of(
            order(
                "imaging/acr/acute-nonspecific-chest-pain-low-probability/ACR-ANCP-V1-CORONARY_ANGIOGRAPHY-pos.json",
                "CORONARY_ANGIOGRAPHY"));
    assertThat(suggestions)
        .extracting(Suggestion::label)
        .containsExactly(
            "Request CCTA instead of coronary angiography (would be rated appropriate)");
    assertThat(suggestions.get(0).actions())
        .extracting(Action::description)
        .containsExactly("Remove the coronary angiography order", "Add a CCTA order");
    assertProposal(
        suggestions.get(0).actions().get(1).resource(),
        ProcedureCodes.codeFor(Procedure.CCTA).code());
  }

  @Test
  void whereNotTestingIsRatedAppropriateTheSuggestionIsToRemoveTheOrder() {
    List<Suggestion> suggestions =
        Suggestions.of(order(VignetteEvaluations.NO_TEST_APPROPRIATE, "CAC_SCORING"));
    assertThat(suggestions)
        .extracting(Suggestion::label)
        .containsExactly("Do not order CAC scoring: not testing is rated appropriate here");
    Action remove = suggestions.get(0).actions().get(0);
    assertThat(remove.type()).isEqualTo("delete");
    assertThat(remove.resourceId()).isEqualTo(ORDER);
    assertThat(remove.resource()).isNull();
  }

  @Test
  void documentingMissingDataIsNotAnOrderAndAClearRequestNeedsNone() {
    // the SYNTAX score would decide it: that is documentation, not an order to suggest
    assertThat(VignetteEvaluations.evaluate(VignetteEvaluations.PEND).whatIf()).isNotEmpty();
    assertThat(Suggestions.of(order(VignetteEvaluations.PEND, "PCI"))).isEmpty();
    assertThat(Suggestions.of(order(VignetteEvaluations.CLEAR, "PCI"))).isEmpty();
    assertThat(Suggestions.of(order(VignetteEvaluations.EMERGENT, "PCI"))).isEmpty();
  }

  @Test
  void proceduresAreWrittenAsCliniciansWriteThem() {
    assertThat(Suggestions.words(Procedure.PCI)).isEqualTo("PCI");
    assertThat(Suggestions.words(Procedure.CCTA)).isEqualTo("CCTA");
    assertThat(Suggestions.words(Procedure.CAC_SCORING)).isEqualTo("CAC scoring");
    assertThat(Suggestions.words(Procedure.EXERCISE_ECG)).isEqualTo("exercise ECG");
    assertThat(Suggestions.words(Procedure.STRESS_SPECT_MPI)).isEqualTo("stress SPECT MPI");
    assertThat(Suggestions.words(Procedure.STRESS_ECHO)).isEqualTo("stress echo");
    assertThat(Suggestions.words(Procedure.CORONARY_ANGIOGRAPHY)).isEqualTo("coronary angiography");
    for (Procedure procedure : Procedure.values()) {
      assertThat(Suggestions.words(procedure)).as(procedure.name()).doesNotContain("_");
    }
  }
}
