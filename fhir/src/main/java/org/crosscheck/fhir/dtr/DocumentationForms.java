// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Outcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation forms of a pending order (Da Vinci DTR): the full questionnaire of every item
 * that could change the outcome ({@code $questionnaire-package}), and the adaptive form that asks
 * one item at a time, the item that decides the order most often first, and stops as soon as the
 * order is decided ({@code $next-question}). The questions are the engine's missing data; the
 * engine re-rates the order with each answer. The record's case is never changed: answers are
 * applied to a copy ({@link ClinicianAnswers}). Thread-safe.
 */
public final class DocumentationForms {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Evaluator evaluator;
  private final QuestionCatalog catalog;
  private final ClinicianAnswers answers;

  public DocumentationForms(Evaluator evaluator, QuestionCatalog catalog) {
    this.evaluator = evaluator;
    this.catalog = catalog;
    this.answers = new ClinicianAnswers(catalog);
  }

  public QuestionCatalog catalog() {
    return catalog;
  }

  /** The case with a response's answers, its evaluation, and the fields the clinician answered. */
  public record Rated(ObjectNode caseJson, Evaluation evaluation, List<String> answered) {}

  /**
   * The full form: a Questionnaire of every missing item the catalog can ask, and its pre-populated
   * response.
   */
  public record Package(
      Questionnaire questionnaire, QuestionnaireResponse response, Evaluation evaluation) {
    /** The DTR package bundle (collection): the questionnaire, then its response. */
    public Bundle bundle() {
      Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
      for (Resource r : List.of(questionnaire, response)) {
        b.addEntry()
            .setFullUrl(
                r.getIdElement().getIdPart() == null
                    ? null
                    : QuestionnaireWriter.CANONICAL_BASE.replace("Questionnaire/", "")
                        + r.fhirType()
                        + "/"
                        + r.getIdElement().getIdPart())
            .setResource(r);
      }
      return b;
    }
  }

  public Rated rate(ObjectNode recordCase, QuestionnaireResponse response) {
    ClinicianAnswers.Applied applied =
        response == null
            ? new ClinicianAnswers.Applied(recordCase.deepCopy(), List.of())
            : answers.apply(recordCase, response);
    Evaluation e = evaluator.evaluate(CaseReader.read(JSON.writeValueAsBytes(applied.caseJson())));
    return new Rated(applied.caseJson(), e, applied.answered());
  }

  public Package questionnairePackage(
      String context, String procedureWords, ObjectNode recordCase, String patientReference) {
    Evaluation e = rate(recordCase, null).evaluation();
    Questionnaire q = QuestionnaireWriter.questionnaire(context, procedureWords, false);
    QuestionnaireResponse r = QuestionnaireWriter.response(q, patientReference);
    r.setId("order-" + context + "-response");
    if (e.decision().outcome() == Outcome.PEND) {
      for (QuestionRanking.Item item : QuestionRanking.rank(e, Set.of())) {
        for (String path : item.paths()) {
          add(q, r, path, recordCase);
        }
      }
    }
    return new Package(q, r, e);
  }

  /** The next step of the adaptive form, and the rating with the answers so far. */
  public record Step(QuestionnaireResponse response, Rated rated, int asked) {
    public boolean decided() {
      return rated.evaluation().decision().outcome() != Outcome.PEND;
    }
  }

  /**
   * The adaptive form's next step: the answers so far are applied and the order re-rated; when it
   * is decided (or nothing the catalog can ask would decide it), the response is returned
   * completed; otherwise the best-ranked item not asked yet is added to the contained questionnaire
   * and to the response, unanswered.
   */
  public Step nextQuestion(
      String context,
      String procedureWords,
      ObjectNode recordCase,
      QuestionnaireResponse response,
      String patientReference) {
    Questionnaire q = contained(response);
    if (q == null) {
      q = QuestionnaireWriter.questionnaire(context, procedureWords, true);
      response = QuestionnaireWriter.response(q, patientReference);
      response.addContained(q);
    }
    Rated rated = rate(recordCase, response);
    Set<String> asked = new LinkedHashSet<>();
    q.getItem().forEach(i -> asked.add(i.getLinkId()));
    if (rated.evaluation().decision().outcome() != Outcome.PEND) {
      response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
      return new Step(response, rated, asked.size());
    }
    for (QuestionRanking.Item item : QuestionRanking.rank(rated.evaluation(), asked)) {
      List<String> added = new ArrayList<>();
      for (String path : item.paths()) {
        if (add(q, response, path, rated.caseJson())) {
          added.add(path);
        }
      }
      if (!added.isEmpty()) {
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        return new Step(response, rated, asked.size() + added.size());
      }
    }
    // nothing left that the form can ask: the order stays pending, for the reviewer
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    return new Step(response, rated, asked.size());
  }

  /** The adaptive questionnaire a response carries (SDC: contained), or null for a first call. */
  static Questionnaire contained(QuestionnaireResponse response) {
    if (response == null) {
      return null;
    }
    for (Resource r : response.getContained()) {
      if (r instanceof Questionnaire q) {
        return q;
      }
    }
    return null;
  }

  /**
   * Adds a question for a path to the questionnaire and the response; false when the catalog has
   * none.
   */
  private boolean add(
      Questionnaire q, QuestionnaireResponse r, String path, ObjectNode recordCase) {
    Question question = catalog.question(path);
    if (question == null || q.getItem().stream().anyMatch(i -> i.getLinkId().equals(path))) {
      return false;
    }
    QuestionnaireItemComponent item = QuestionnaireWriter.item(question, context(path, recordCase));
    q.addItem(item);
    QuestionnaireResponseItemComponent answer = r.addItem().setLinkId(path).setText(item.getText());
    prepopulate(question, answer, recordCase);
    return true;
  }

  /**
   * What the record says about the item a path is a field of, in the form's words ("SPECT
   * myocardial perfusion imaging, Date of the stress test 2025-06-01"), or null.
   */
  private String context(String path, ObjectNode recordCase) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^([\\w.]+)\\[(\\d+)]\\.(\\w+)$").matcher(path);
    if (!m.matches()) {
      return null;
    }
    JsonNode item = ClinicianAnswers.get(recordCase, m.group(1));
    item = item == null ? null : item.get(Integer.parseInt(m.group(2)));
    if (item == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    item.properties()
        .forEach(
            p -> {
              String words = catalog.valueWords(m.group(1) + "." + p.getKey(), p.getValue());
              if (words != null) {
                parts.add(words);
              }
            });
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /**
   * A value the record already gives for a leaf item (rare: the form asks what is missing), as
   * auto-server.
   */
  private static void prepopulate(
      Question q, QuestionnaireResponseItemComponent answer, ObjectNode recordCase) {
    if (q.kind() == Question.Kind.GROUP
        || q.kind() == Question.Kind.REPEATING_GROUP
        || q.linkId().contains("[")) {
      return;
    }
    JsonNode v = ClinicianAnswers.get(recordCase, q.linkId());
    if (v == null || !v.isValueNode()) {
      return;
    }
    org.hl7.fhir.r4.model.Type value =
        switch (q.kind()) {
          case BOOLEAN -> new org.hl7.fhir.r4.model.BooleanType(v.asBoolean());
          case INTEGER -> new org.hl7.fhir.r4.model.IntegerType(v.asInt());
          case DECIMAL -> new org.hl7.fhir.r4.model.DecimalType(v.decimalValue());
          case DATE -> new org.hl7.fhir.r4.model.DateType(v.asString());
          default ->
              q.options().stream()
                  .filter(o -> o.code().equals(v.asString()))
                  .findFirst()
                  .map(
                      o ->
                          (org.hl7.fhir.r4.model.Type)
                              new org.hl7.fhir.r4.model.Coding(
                                  org.crosscheck.fhir.CodeSystems.CASE_FINDING,
                                  o.code(),
                                  o.label()))
                  .orElse(null);
        };
    if (value != null) {
      QuestionnaireWriter.prepopulated(answer, value);
    }
  }
}
