// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.dtr;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.api.cdshooks.CoverageInformation;
import org.crosscheck.api.cdshooks.OrderDocumentation;
import org.crosscheck.api.web.ApiException;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.FieldError;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.engine.words.ClinicalWords;
import org.crosscheck.fhir.dtr.DocumentationForms;
import org.crosscheck.fhir.dtr.QuestionCatalog;
import org.crosscheck.fhir.dtr.QuestionnaireWriter;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation forms (Da Vinci DTR STU2) of pending orders: opened by the CDS service for a
 * pending order, served as a questionnaire package ({@code $questionnaire-package}) or one question
 * at a time ({@code $next-question}), and answered with a QuestionnaireResponse, which re-rates the
 * order with the clinician's answers and returns the order's new CRD coverage information. The
 * questions and the re-rating are the fhir module's {@link DocumentationForms}; this class finds
 * the order's form and keeps the answers.
 */
@Service
public class DtrService implements OrderDocumentation {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DtrContextStore store;
  private final DocumentationForms forms;
  private final AuditTrail audit;
  private final Clock clock;

  DtrService(DtrContextStore store, Evaluator evaluator, AuditTrail audit, Clock clock) {
    this.store = store;
    this.forms = new DocumentationForms(evaluator, new QuestionCatalog());
    this.audit = audit;
    this.clock = clock;
  }

  static IParser parser() {
    return FhirContext.forR4Cached().newJsonParser();
  }

  @Override
  public Form open(PendingOrder order, String baseUrl) {
    String id = UUID.randomUUID().toString();
    store.insert(
        new DtrContextStore.Context(
            id,
            order.cardUuid(),
            order.serviceId(),
            order.clientIss(),
            order.orderRef(),
            order.patientId(),
            order.procedure(),
            order.coverageRef(),
            JSON.writeValueAsString(order.recordCase()),
            null));
    return new Form(
        id,
        QuestionnaireWriter.CANONICAL_BASE + "order-" + id,
        baseUrl + "questionnaire/index.html?context=" + id);
  }

  @Override
  public QuestionnaireResponse answers(String orderRef, String patientId, String clientIss) {
    return store
        .latestAnswers(orderRef, patientId, clientIss)
        .map(json -> parser().parseResource(QuestionnaireResponse.class, json))
        .orElse(null);
  }

  /**
   * {@code $questionnaire-package}: the full form of the order's context, pre-populated, in a
   * package bundle.
   */
  Parameters questionnairePackage(Parameters in, String user) {
    DtrContextStore.Context c = context(in);
    DocumentationForms.Package p =
        forms.questionnairePackage(
            c.id(), words(c.procedure()), caseOf(c), "Patient/" + c.patientId());
    audit.record(user, "DTR_PACKAGE", "dtr_context", c.id(), null, null);
    Parameters out = new Parameters();
    out.addParameter().setName("packagebundle").setResource(p.bundle());
    if (p.questionnaire().getItem().isEmpty()) {
      OperationOutcome outcome = new OperationOutcome();
      outcome
          .addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
          .setCode(OperationOutcome.IssueType.INFORMATIONAL)
          .setDiagnostics(
              "Nothing to ask: the order is rated from its record ("
                  + p.evaluation().decision().outcome()
                  + ")");
      out.addParameter().setName("outcome").setResource(outcome);
    }
    return out;
  }

  /**
   * {@code $next-question}: the adaptive form's next step for a response (its questionnaire names
   * the context).
   */
  QuestionnaireResponse nextQuestion(QuestionnaireResponse response, String user) {
    DtrContextStore.Context c = contextOf(response);
    boolean first = response.getContained().isEmpty() && response.getItem().isEmpty();
    DocumentationForms.Step step =
        forms.nextQuestion(
            c.id(),
            words(c.procedure()),
            caseOf(c),
            first ? null : response,
            "Patient/" + c.patientId());
    if (first) {
      audit.record(user, "DTR_ADAPTIVE_START", "dtr_context", c.id(), null, null);
    }
    return step.response();
  }

  /**
   * The order re-rated with a completed response's answers, which are kept for the order's next
   * signing.
   */
  record Answered(
      QuestionnaireResponse response,
      Evaluation evaluation,
      List<String> answered,
      ServiceRequest order) {}

  Answered answer(QuestionnaireResponse response, String user) {
    DtrContextStore.Context c = contextOf(response);
    if (response.getStatus() != QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "invalid-response",
          "Response not completed",
          "status: a QuestionnaireResponse is answered when its status is 'completed', got '"
              + (response.getStatus() == null ? null : response.getStatus().toCode())
              + "'");
    }
    DocumentationForms.Rated rated = forms.rate(caseOf(c), response);
    response.setId(c.id() + "-answers");
    response.getSubject().setReference("Patient/" + c.patientId());
    response.getContained().clear();
    String json = parser().encodeResourceToString(response);
    store.answered(c.id(), json, user);
    audit.record(
        user,
        "DTR_ANSWERED",
        "dtr_context",
        c.id(),
        null,
        JSON.writeValueAsString(
            Map.of(
                "answered",
                rated.answered(),
                "outcome",
                rated.evaluation().decision().outcome().name())));
    ServiceRequest order = new ServiceRequest();
    order.setId(c.orderRef().substring(c.orderRef().indexOf('/') + 1));
    order.setSubject(new Reference("Patient/" + c.patientId()));
    if (c.coverageRef() != null) {
      order.addExtension(
          CoverageInformation.of(
              rated.evaluation(),
              new Reference(c.coverageRef()),
              UUID.randomUUID().toString(),
              LocalDate.now(clock),
              !rated.answered().isEmpty(),
              null));
    }
    return new Answered(response, rated.evaluation(), rated.answered(), order);
  }

  /**
   * The form's context id of a case on the self-check page (nothing stored: no order, no record).
   */
  static final String SELF_CHECK = "self-check";

  /**
   * A step of a case's form: the case with the answers, the fields answered, its evaluation, the
   * next step.
   */
  record CaseStep(
      ObjectNode caseJson,
      List<String> answered,
      Evaluation evaluation,
      QuestionnaireResponse response) {}

  /**
   * The adaptive form for a case entered on the self-check page, nothing stored: the answers of the
   * previous step (if any) are written into the case as {@link #answer} writes them into an order's
   * case, and the next step is {@code $next-question}'s for the new case: the item that decides it
   * most often, not one already asked (a question left unanswered stays open beside the next one),
   * or completed once the case is decided. The case with the answers is the clinician's new case:
   * the page puts it into its form.
   */
  CaseStep forCase(ObjectNode caseJson, QuestionnaireResponse response) {
    try {
      CaseReader.read(JSON.writeValueAsBytes(caseJson));
    } catch (InvalidCaseException e) {
      throw new InvalidCaseException(
          e.errors().stream()
              .map(
                  err ->
                      new FieldError(
                          err.path().isEmpty() ? "case" : "case." + err.path(), err.message()))
              .toList());
    }
    ObjectNode current = caseJson;
    List<String> answered = List.of();
    QuestionnaireResponse open = null;
    if (response != null) {
      DocumentationForms.Rated rated = forms.rate(caseJson, response);
      current = rated.caseJson();
      answered = rated.answered();
      open = response.copy();
      open.setItem(
          new java.util.ArrayList<>(
              response.getItem().stream().filter(i -> !i.hasAnswer() && !i.hasItem()).toList()));
    }
    String procedure = current.path("request").path("procedure").asString("");
    DocumentationForms.Step step =
        forms.nextQuestion(SELF_CHECK, words(procedure), current, open, null);
    return new CaseStep(current, answered, step.rated().evaluation(), step.response());
  }

  /**
   * The answer of {@link #answer} as FHIR Parameters: the response, the order update, the rating.
   */
  static Parameters parameters(Answered a) {
    Parameters out = new Parameters();
    out.addParameter().setName("response").setResource(a.response());
    out.addParameter().setName("order").setResource(a.order());
    out.addParameter()
        .setName("outcome")
        .setValue(new StringType(a.evaluation().decision().outcome().name()));
    if (a.evaluation().decision().tier() != null) {
      out.addParameter().setName("tier").setValue(new StringType(a.evaluation().decision().tier()));
    }
    a.answered()
        .forEach(f -> out.addParameter().setName("clinicianAnswer").setValue(new StringType(f)));
    out.addParameter()
        .setName("evaluation")
        .setValue(
            new StringType(
                new String(
                    EvaluationJson.toJsonBytes(a.evaluation()),
                    java.nio.charset.StandardCharsets.UTF_8)));
    return out;
  }

  private DtrContextStore.Context context(Parameters in) {
    String id = null;
    for (Parameters.ParametersParameterComponent p : in.getParameter()) {
      if (p.getName().equals("context") && p.getValue() != null) {
        id = p.getValue().primitiveValue();
      } else if (p.getName().equals("questionnaire") && p.getValue() != null && id == null) {
        id = contextOfCanonical(p.getValue().primitiveValue());
      } else if (p.getName().equals("order")
          && p.getResource() instanceof ServiceRequest sr
          && id == null) {
        id = store.latestFor("ServiceRequest/" + sr.getIdElement().getIdPart()).orElse(null);
      }
    }
    if (id == null) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "invalid-parameters",
          "No order to document",
          "context, questionnaire or order: one must name an order this service rated as pending");
    }
    String found = id;
    return store.find(id).orElseThrow(() -> ApiException.notFound("Documentation context", found));
  }

  private DtrContextStore.Context contextOf(QuestionnaireResponse response) {
    String id =
        response.hasQuestionnaire() ? contextOfCanonical(response.getQuestionnaire()) : null;
    if (id == null) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "invalid-response",
          "Unknown questionnaire",
          "questionnaire: must be the canonical of a questionnaire of this service ("
              + QuestionnaireWriter.CANONICAL_BASE
              + "order-{context} or adaptive-{context})");
    }
    return store.find(id).orElseThrow(() -> ApiException.notFound("Documentation context", id));
  }

  /**
   * The context id in a questionnaire canonical ({@code .../Questionnaire/order-<id>|1}), or null.
   */
  static String contextOfCanonical(String canonical) {
    String url =
        canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
    if (!url.startsWith(QuestionnaireWriter.CANONICAL_BASE)) {
      return null;
    }
    String tail = url.substring(QuestionnaireWriter.CANONICAL_BASE.length());
    return tail.startsWith("order-")
        ? tail.substring(6)
        : tail.startsWith("adaptive-") ? tail.substring(9) : null;
  }

  private static ObjectNode caseOf(DtrContextStore.Context c) {
    return (ObjectNode) JSON.readTree(c.caseJson());
  }

  private static String words(String procedure) {
    return ClinicalWords.procedureShort(procedure);
  }
}
