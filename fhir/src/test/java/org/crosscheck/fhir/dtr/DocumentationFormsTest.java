// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Outcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation forms on pending vignettes, written and read back with HAPI FHIR's R4 model
 * (the JSON a DTR client gets): the questions are the engine's missing data in clinical words,
 * typed and bounded by the case schema; answers re-rate the order without changing the record's
 * case; a wrong answer names its item.
 */
class DocumentationFormsTest {

  private static final Path VIGNETTES = Path.of("../test-cases/src/main/resources/vignettes");
  private static DocumentationForms forms;

  @BeforeAll
  static void load() {
    forms = new DocumentationForms(Evaluator.load(EngineOptions.defaults()), new QuestionCatalog());
  }

  private static ObjectNode vignette(String path) throws Exception {
    ObjectNode c =
        (ObjectNode)
            JsonMapper.builder().build().readTree(Files.readString(VIGNETTES.resolve(path)));
    c.remove("title");
    c.remove("expected");
    return c;
  }

  private static <T extends org.hl7.fhir.r4.model.Resource> T roundTrip(T resource, Class<T> type) {
    var parser = FhirContext.forR4Cached().newJsonParser();
    return parser.parseResource(type, parser.encodeResourceToString(resource));
  }

  @Test
  void theCcsClassIsAskedAsAChoiceInClinicalWordsAndItsAnswerDecidesTheOrder() throws Exception {
    ObjectNode record = vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
    DocumentationForms.Package p = forms.questionnairePackage("ctx-1", "PCI", record, "Patient/p1");
    assertThat(p.evaluation().decision().outcome()).isEqualTo(Outcome.PEND);
    Questionnaire q = roundTrip(p.questionnaire(), Questionnaire.class);
    assertThat(q.getUrl()).isEqualTo(QuestionnaireWriter.CANONICAL_BASE + "order-ctx-1");
    assertThat(q.getMeta().getProfile().get(0).getValue())
        .isEqualTo(QuestionnaireWriter.STD_PROFILE);
    Questionnaire.QuestionnaireItemComponent ccs =
        q.getItem().stream()
            .filter(i -> i.getLinkId().equals("presentation.ccsClass"))
            .findFirst()
            .orElseThrow();
    assertThat(ccs.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.CHOICE);
    assertThat(ccs.getAnswerOption())
        .extracting(o -> o.getValueCoding().getDisplay())
        .contains("Asymptomatic", "Class III: marked limitation of ordinary activity");
    assertThat(ccs.getAnswerOption())
        .allSatisfy(
            o ->
                assertThat(o.getValueCoding().getDisplay())
                    .isNotEqualTo(o.getValueCoding().getCode()));

    QuestionnaireResponse r = roundTrip(p.response(), QuestionnaireResponse.class);
    r.getItem().stream()
        .filter(i -> i.getLinkId().equals("presentation.ccsClass"))
        .findFirst()
        .orElseThrow()
        .addAnswer()
        .setValue(new Coding(ccs.getAnswerOption().get(3).getValueCoding().getSystem(), "3", null));
    DocumentationForms.Rated rated = forms.rate(record, roundTrip(r, QuestionnaireResponse.class));
    assertThat(rated.answered()).containsExactly("presentation.ccsClass");
    assertThat(rated.caseJson().path("presentation").path("ccsClass").asInt()).isEqualTo(3);
    assertThat(record.path("presentation").has("ccsClass"))
        .as("the record's case is never changed")
        .isFalse();
    assertThat(rated.evaluation().decision().outcome()).isNotEqualTo(Outcome.PEND);
  }

  @Test
  void aQuestionAboutAnItemOfTheRecordNamesTheItemInClinicalWords() throws Exception {
    QuestionnaireResponse test =
        forms
            .nextQuestion(
                "ctx-3",
                "PCI",
                vignette("revasc-2012/incomplete/INC-08-test-result-unknown-never-no-test.json"),
                null,
                null)
            .response();
    assertThat(test.getItem().get(0).getLinkId()).isEqualTo("stressTests[0].riskCategory");
    assertThat(test.getItem().get(0).getText())
        .isEqualTo(
            "Risk of the stress test findings (Exercise ECG, Date of the stress test 2026-01-15)");
    QuestionnaireResponse lesion =
        forms
            .nextQuestion(
                "ctx-4",
                "PCI",
                vignette("revasc-2012/incomplete/INC-01-lesion-severity-unknown-pends.json"),
                null,
                null)
            .response();
    assertThat(lesion.getItem().get(0).getText()).endsWith("(Mid LAD)");
  }

  @Test
  void anImagingOrderAsksTheBypassDateAsADateAndPendsNoLongerOnceAnswered() throws Exception {
    ObjectNode record = vignette("imaging/policy/IMG-POL-pend-cabg-date-unknown.json");
    DocumentationForms.Step step =
        forms.nextQuestion("ctx-2", "stress SPECT MPI", record, null, null);
    assertThat(step.decided()).isFalse();
    QuestionnaireResponse r = roundTrip(step.response(), QuestionnaireResponse.class);
    Questionnaire contained = DocumentationForms.contained(r);
    assertThat(contained.getMeta().getProfile().get(0).getValue())
        .isEqualTo(QuestionnaireWriter.ADAPTIVE_PROFILE);
    assertThat(r.getItem())
        .extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
        .containsExactly("priorCabg.date");
    assertThat(contained.getItemFirstRep().getType())
        .isEqualTo(Questionnaire.QuestionnaireItemType.DATE);
    r.getItemFirstRep().addAnswer().setValue(new org.hl7.fhir.r4.model.DateType("2015-06-01"));
    DocumentationForms.Step next = forms.nextQuestion("ctx-2", "stress SPECT MPI", record, r, null);
    assertThat(next.decided()).isTrue();
    assertThat(next.response().getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    assertThat(next.asked()).isEqualTo(1);
  }

  @Test
  void anAnswerOutsideTheSchemaRangeOrOfTheWrongTypeNamesItsItem() throws Exception {
    ObjectNode record = vignette("revasc-2012/policy/POL-PEND-three-vessel-syntax-unknown.json");
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.addItem().setLinkId("anatomy.syntaxScore").addAnswer().setValue(new IntegerType(151));
    assertThatThrownBy(() -> forms.rate(record, r))
        .isInstanceOf(ClinicianAnswers.AnswerException.class)
        .hasMessageContaining("anatomy.syntaxScore")
        .hasMessageContaining("150");
    r.getItemFirstRep()
        .getAnswerFirstRep()
        .setValue(new org.hl7.fhir.r4.model.StringType("thirty"));
    assertThatThrownBy(() -> forms.rate(record, r)).hasMessageContaining("integer");
  }

  @Test
  void everyMissingPathOfThePendingVignettesHasAQuestionAndEveryAnswerIsWorded() throws Exception {
    QuestionCatalog catalog = new QuestionCatalog();
    List<String> paths =
        List.of(
            "presentation.setting",
            "presentation.ccsClass",
            "presentation.hoursSinceSymptomOnset",
            "presentation.severeHeartFailure",
            "presentation.persistentIschemicSymptoms",
            "presentation.hemodynamicInstability",
            "presentation.electricalInstability",
            "presentation.cardiogenicShock",
            "presentation.timiRiskScore",
            "presentation.duringIndexHospitalization",
            "therapy.antianginalClasses",
            "stressTests",
            "stressTests[0].riskCategory",
            "lvef",
            "anatomy",
            "anatomy.lesions",
            "anatomy.syntaxScore",
            "priorCabg.grafts",
            "priorCabg.date",
            "priorPci[].date",
            "request.targets",
            "imaging.question",
            "imaging.symptoms",
            "imaging.cadProbability",
            "imaging.acuity",
            "imaging.suspectedCondition",
            "imaging.acsProbability",
            "imaging.ischemiaExcluded",
            "imaging.heartFailureStatus");
    for (String path : paths) {
      Question q = catalog.question(path);
      assertThat(q).as(path).isNotNull();
      check(q);
    }
  }

  private static void check(Question q) {
    assertThat(q.text()).as(q.linkId()).isNotBlank().doesNotContain("_");
    for (Question.Option o : q.options()) {
      assertThat(o.label()).as(q.linkId() + " " + o.code()).isNotEqualTo(o.code());
    }
    q.children().forEach(DocumentationFormsTest::check);
  }
}
