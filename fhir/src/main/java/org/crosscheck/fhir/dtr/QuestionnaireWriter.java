// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.dtr;

import java.util.List;
import org.crosscheck.fhir.CodeSystems;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Writes {@link Question}s as a Da Vinci DTR Questionnaire (STU2 profiles {@code
 * dtr-std-questionnaire}, and {@code dtr-questionnaire-adapt} for the adaptive form) with HAPI
 * FHIR's R4 model: linkId = the case field path, an answer list of case-finding codings worded
 * clinically, UCUM units and ranges as the SDC extensions.
 */
public final class QuestionnaireWriter {

  public static final String DTR = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/";
  public static final String STD_PROFILE = DTR + "dtr-std-questionnaire";
  public static final String ADAPTIVE_PROFILE = DTR + "dtr-questionnaire-adapt";
  public static final String RESPONSE_PROFILE = DTR + "dtr-questionnaireresponse";

  /**
   * DTR's extension on an answer saying where it came from (auto-server, auto-client, override,
   * manual).
   */
  public static final String ORIGIN = DTR + "information-origin";

  public static final String ADAPTIVE_EXTENSION =
      "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive";
  static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
  static final String MIN = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX = "http://hl7.org/fhir/StructureDefinition/maxValue";

  /** The canonical base of the questionnaires this service writes (one per order context). */
  public static final String CANONICAL_BASE = "https://crosscheck.dev/fhir/Questionnaire/";

  private QuestionnaireWriter() {}

  /**
   * An empty questionnaire for an order context ({@code adaptive}: items are added one step at a
   * time).
   */
  public static Questionnaire questionnaire(
      String context, String procedureWords, boolean adaptive) {
    Questionnaire q = new Questionnaire();
    q.setId((adaptive ? "adaptive-" : "order-") + context);
    q.setUrl(CANONICAL_BASE + q.getIdElement().getIdPart());
    q.setVersion("1");
    q.getMeta().addProfile(adaptive ? ADAPTIVE_PROFILE : STD_PROFILE);
    q.setName("CrosscheckMissingData");
    q.setTitle("What decides the rating of the " + procedureWords + " order");
    q.setStatus(PublicationStatus.ACTIVE);
    q.addSubjectType("Patient");
    if (adaptive) {
      q.addExtension(ADAPTIVE_EXTENSION, new BooleanType(true));
    }
    return q;
  }

  /** The item of a question, with its children. */
  public static QuestionnaireItemComponent item(Question question, String contextText) {
    QuestionnaireItemComponent item = new QuestionnaireItemComponent();
    item.setLinkId(question.linkId());
    item.setText(
        contextText == null ? question.text() : question.text() + " (" + contextText + ")");
    item.addCode(new Coding(CodeSystems.CASE_FINDING, caseField(question.linkId()), null));
    item.setType(
        switch (question.kind()) {
          case CHOICE, MULTIPLE_CHOICE -> QuestionnaireItemType.CHOICE;
          case INTEGER -> QuestionnaireItemType.INTEGER;
          case DECIMAL -> QuestionnaireItemType.DECIMAL;
          case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
          case DATE -> QuestionnaireItemType.DATE;
          case GROUP, REPEATING_GROUP -> QuestionnaireItemType.GROUP;
        });
    item.setRepeats(
        question.kind() == Question.Kind.MULTIPLE_CHOICE
            || (question.kind() == Question.Kind.REPEATING_GROUP
                && question.linkId().endsWith(".item")));
    for (Question.Option o : question.options()) {
      item.addAnswerOption().setValue(new Coding(CodeSystems.CASE_FINDING, o.code(), o.label()));
    }
    if (question.unit() != null) {
      item.addExtension(UNIT, new Coding(CodeSystems.UCUM, question.unit(), question.unit()));
    }
    if (question.min() != null && question.kind() != Question.Kind.CHOICE) {
      item.addExtension(MIN, number(question.kind(), question.min()));
    }
    if (question.max() != null && question.kind() != Question.Kind.CHOICE) {
      item.addExtension(MAX, number(question.kind(), question.max()));
    }
    for (Question child : question.children()) {
      QuestionnaireItemComponent c = item(child, null);
      if (!child.linkId().endsWith(".none")
          && question.children().stream().anyMatch(s -> s.linkId().endsWith(".none"))) {
        // the items of a list are asked only when the list is not documented as empty
        c.addEnableWhen()
            .setQuestion(question.children().get(0).linkId())
            .setOperator(Questionnaire.QuestionnaireItemOperator.NOT_EQUAL)
            .setAnswer(new BooleanType(true));
      }
      item.addItem(c);
    }
    return item;
  }

  /** An empty response to a questionnaire, about a patient, in progress. */
  public static QuestionnaireResponse response(Questionnaire q, String patientReference) {
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.getMeta().addProfile(RESPONSE_PROFILE);
    r.setQuestionnaire(q.getUrl() + "|" + q.getVersion());
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
    if (patientReference != null) {
      r.getSubject().setReference(patientReference);
    }
    return r;
  }

  /**
   * An answer pre-populated by this service from the record, marked {@code auto-server} (DTR
   * origin).
   */
  public static QuestionnaireResponseItemAnswerComponent prepopulated(
      QuestionnaireResponseItemComponent item, Type value) {
    QuestionnaireResponseItemAnswerComponent answer = item.addAnswer().setValue(value);
    Extension origin = answer.addExtension().setUrl(ORIGIN);
    origin.addExtension("source", new org.hl7.fhir.r4.model.CodeType("auto-server"));
    return answer;
  }

  /**
   * The case field a linkId documents ("stressTests[0].riskCategory" ->
   * "stressTests.riskCategory").
   */
  static String caseField(String linkId) {
    return linkId.replaceAll("\\[\\d*]", "");
  }

  private static Type number(Question.Kind kind, double value) {
    return kind == Question.Kind.INTEGER ? new IntegerType((int) value) : new DecimalType(value);
  }

  /** The canonical of a questionnaire as a response names it. */
  static CanonicalType canonical(Questionnaire q) {
    return new CanonicalType(q.getUrl() + "|" + q.getVersion());
  }

  static List<String> profiles(Questionnaire q) {
    return q.getMeta().getProfile().stream().map(CanonicalType::getValue).toList();
  }
}
