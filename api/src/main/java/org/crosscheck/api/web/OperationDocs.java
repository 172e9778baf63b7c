// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;

/**
 * The words of the OpenAPI document: a summary per operation and who may call it (api/README.md,
 * Endpoints).
 */
final class OperationDocs {

  private OperationDocs() {}

  private record Doc(String summary, String description) {}

  private static final Map<String, Doc> DOCS =
      Map.ofEntries(
          Map.entry(
              "POST /api/v1/evaluations",
              new Doc(
                  "Evaluate a case (nothing stored)",
                  "Roles CLINICIAN, REQUESTER, REVIEWER, ADMIN. The evaluation of a case: rating, decision, reasons, missing "
                      + "data, what-if. Needs no database: it goes on working when the database is down.")),
          Map.entry(
              "POST /api/v1/order-sign-card",
              new Doc(
                  "The CDS Hooks card of a case's order at order-sign " + "(nothing stored)",
                  "Roles CLINICIAN, REQUESTER, REVIEWER, ADMIN. The card the order-sign service would "
                      + "return for this order, made by the same code: summary, indicator, detail, source, suggestions, links. "
                      + "Its order and patient ids are placeholders ('self-check'); a pending order's questions link goes to the "
                      + "self-check page.")),
          Map.entry(
              "POST /api/v1/questions",
              new Doc(
                  "The deciding questions of a pending case (nothing stored)",
                  "Roles CLINICIAN, REQUESTER, REVIEWER, ADMIN. The adaptive documentation form of $next-question for a "
                      + "case: {case, response?} in, the answers of the response written into the case, the fields "
                      + "answered, the outcome, and the next step (a QuestionnaireResponse with the next question, or "
                      + "completed once the case is decided) out. 400 naming the field for a bad request or case, 422 "
                      + "naming the item (linkId) for a bad answer.")),
          Map.entry(
              "POST /api/v1/screenings",
              new Doc(
                  "Screen a procedure request",
                  "Role REQUESTER or ADMIN. Stores the case with its evaluation; SECOND_REVIEW opens a review (due in 72 h "
                      + "for urgent and emergent requests, 7 days otherwise). With an Idempotency-Key (1-200 visible ASCII "
                      + "characters, scoped to the caller) a retry of the same case answers 200 with the same screening.")),
          Map.entry(
              "GET /api/v1/screenings/{id}",
              new Doc(
                  "Read a screening",
                  "Roles REQUESTER (own screenings only), REVIEWER, AUDITOR, ADMIN. Every read is audited.")),
          Map.entry(
              "GET /api/v1/screenings/{id}/versions",
              new Doc(
                  "Every version of a screening's case",
                  "Roles REQUESTER (own screenings only), REVIEWER, AUDITOR, ADMIN. Every read is audited.")),
          Map.entry(
              "PUT /api/v1/screenings/{id}/case",
              new Doc(
                  "Supply missing or corrected data",
                  "The submitter or an ADMIN. A new version, evaluated again; a pending review follows it.")),
          Map.entry(
              "GET /api/v1/reviews",
              new Doc(
                  "The review queue, by due time",
                  "Roles REVIEWER, AUDITOR, ADMIN. Filter by status and a due-before time; page from 0, size 1-500.")),
          Map.entry(
              "GET /api/v1/reviews/{id}",
              new Doc("Read a review", "Roles REVIEWER, AUDITOR, ADMIN.")),
          Map.entry(
              "GET /api/v1/reviews/overdue",
              new Doc("Pending reviews past their due time", "Roles REVIEWER, AUDITOR, ADMIN.")),
          Map.entry(
              "POST /api/v1/reviews/{id}/claim",
              new Doc(
                  "Claim a review",
                  "Role REVIEWER, never the requester. One reviewer at a time: a review that is not open answers 409.")),
          Map.entry(
              "POST /api/v1/reviews/{id}/decision",
              new Doc(
                  "Decide a claimed review",
                  "The reviewer who claimed it: CONCUR, OVERTURN (with the alternative) or REQUEST_INFO, with a note.")),
          Map.entry(
              "GET /api/v1/screenings",
              new Doc(
                  "List screenings (no case)",
                  "Roles REQUESTER (own only), REVIEWER, AUDITOR, ADMIN. With updatedSince, those changed after it, oldest "
                      + "change first (integrations poll with the last updatedAt seen); without, latest change first.")),
          Map.entry(
              "GET /api/v1/screenings/{id}/history",
              new Doc(
                  "The life of a request and its reviews",
                  "Roles REVIEWER, AUDITOR, ADMIN: from the audit trail, reads left out.")),
          Map.entry(
              "POST /api/v1/reviews/{id}/release",
              new Doc(
                  "Release a claimed review",
                  "The claimer (REVIEWER) or an ADMIN: the review goes back to the queue.")),
          Map.entry(
              "POST /api/v1/reviews/{id}/reassign",
              new Doc(
                  "Hand a pending review to a reviewer", "Role ADMIN; never to the requester.")),
          Map.entry(
              "GET /api/v1/metrics/reviews",
              new Doc(
                  "Prior-authorization figures",
                  "Roles REVIEWER, AUDITOR, ADMIN: decided reviews per period, expedited and standard apart, with the "
                      + "shares approved, denied and approved after more information, and the hours to a decision.")),
          Map.entry(
              "GET /api/v1/me", new Doc("The caller", "Any authenticated caller: name and roles.")),
          Map.entry(
              "GET /api/v1/rulesets",
              new Doc(
                  "The loaded rule sets",
                  "Any authenticated caller: id, version, source, status, SHA-256 and rule counts.")),
          Map.entry(
              "GET /api/v1/audit",
              new Doc(
                  "The audit trail of a screening or review",
                  "Roles AUDITOR, ADMIN: who did what, when, with the state before and after.")),
          Map.entry(
              "GET /api/v1/audit/chain",
              new Doc(
                  "Verify the audit trail's hash chain",
                  "Roles AUDITOR, ADMIN: intact, or the first row where the chain breaks and why; keep the lastHash.")),
          Map.entry(
              "GET /cds-services",
              new Doc("CDS Hooks discovery", "Open: the services and their prefetch.")),
          Map.entry(
              "POST /cds-services/{id}",
              new Doc(
                  "Call a CDS Hooks service (order-select, order-sign)",
                  "The EHR's client JWT (bearer). Answers cards and, for order-sign, the CRD coverage information.")),
          Map.entry(
              "POST /cds-services/{id}/feedback",
              new Doc(
                  "Feedback on cards",
                  "The EHR's client JWT (bearer): accepted or overridden cards, stored all or none.")),
          Map.entry(
              "POST /fhir/Questionnaire/$questionnaire-package",
              new Doc(
                  "The documentation form of a pending " + "order (Da Vinci DTR)",
                  "Roles CLINICIAN, REQUESTER, ADMIN. FHIR Parameters naming the order's context;"
                      + " answers a Bundle with the Questionnaire of the items that could change the outcome.")),
          Map.entry(
              "POST /fhir/Questionnaire/$next-question",
              new Doc(
                  "The next question of the adaptive form",
                  "Roles CLINICIAN, REQUESTER, ADMIN. A QuestionnaireResponse with the answers so far; answers it with the "
                      + "next question, or completed once the outcome is decided.")),
          Map.entry(
              "POST /fhir/QuestionnaireResponse",
              new Doc(
                  "Answer the documentation form",
                  "Roles CLINICIAN, REQUESTER, ADMIN. The answers enter the order's case as clinician answers; answers the "
                      + "order's evaluation again.")));

  /**
   * Tags in the words of the domain (not the controllers' class names), in the order a reader meets
   * them.
   */
  static final List<Tag> TAGS =
      List.of(
          new Tag()
              .name("Evaluations")
              .description("A case rated against the criteria, nothing stored"),
          new Tag()
              .name("Screenings")
              .description("Procedure requests stored with their evaluation"),
          new Tag().name("Reviews").description("The second-review queue"),
          new Tag().name("Rule sets").description("The criteria and policy rule sets loaded"),
          new Tag().name("Caller").description("Who is signed in"),
          new Tag().name("Audit").description("The audit trail and its hash chain"),
          new Tag()
              .name("CDS Hooks")
              .description("CDS Hooks 2.0 services for EHRs (order-select, order-sign)"),
          new Tag()
              .name("Documentation forms")
              .description("Da Vinci DTR: the questions that decide a pending order"));

  private static String tag(String path) {
    return path.startsWith("/api/v1/evaluations")
        ? "Evaluations"
        : path.startsWith("/api/v1/screenings")
            ? "Screenings"
            : path.startsWith("/api/v1/reviews") || path.startsWith("/api/v1/metrics/reviews")
                ? "Reviews"
                : path.startsWith("/api/v1/rulesets")
                    ? "Rule sets"
                    : path.startsWith("/api/v1/audit")
                        ? "Audit"
                        : path.startsWith("/api/v1/me")
                            ? "Caller"
                            : path.startsWith("/cds-services")
                                    || path.equals("/api/v1/order-sign-card")
                                ? "CDS Hooks"
                                : path.startsWith("/fhir/") || path.equals("/api/v1/questions")
                                    ? "Documentation forms"
                                    : "Other";
  }

  static void describe(String path, PathItem.HttpMethod method, Operation operation) {
    operation.setTags(List.of(tag(path)));
    Doc doc = DOCS.get(method + " " + path);
    if (doc != null) {
      operation.summary(doc.summary()).description(doc.description());
    }
    if (path.equals("/cds-services")) {
      operation.security(List.of()); // discovery is open
    }
  }

  /**
   * The case endpoints take a Case; a screening answers 201 (new) or 200 (replayed), an evaluation
   * an Evaluation.
   */
  static void caseBodies(OpenAPI openApi) {
    PathItem evaluations = openApi.getPaths().get("/api/v1/evaluations");
    if (evaluations != null && evaluations.getPost() != null) {
      evaluations
          .getPost()
          .requestBody(OpenApiConfiguration.caseBody())
          .responses(
              new ApiResponses()
                  .addApiResponse(
                      "200",
                      OpenApiConfiguration.json(
                          "The evaluation", OpenApiConfiguration.ref("Evaluation"))));
    }
    PathItem screenings = openApi.getPaths().get("/api/v1/screenings");
    if (screenings != null && screenings.getPost() != null) {
      Operation post = screenings.getPost();
      ApiResponse ok = post.getResponses() == null ? null : post.getResponses().get("200");
      io.swagger.v3.oas.models.media.Schema<?> screening =
          ok == null || ok.getContent() == null
              ? OpenApiConfiguration.ref("ScreeningResponse")
              : ok.getContent().values().iterator().next().getSchema();
      post.requestBody(OpenApiConfiguration.caseBody())
          .responses(
              new ApiResponses()
                  .addApiResponse(
                      "201",
                      OpenApiConfiguration.json("A new screening", screening)
                          .addHeaderObject(
                              "Location", OpenApiConfiguration.header("The screening's URL"))
                          .addHeaderObject(
                              "Idempotent-Replayed", OpenApiConfiguration.header("false")))
                  .addApiResponse(
                      "200",
                      OpenApiConfiguration.json(
                              "The screening stored earlier under this "
                                  + "Idempotency-Key (a retry)",
                              screening)
                          .addHeaderObject(
                              "Idempotent-Replayed", OpenApiConfiguration.header("true"))));
    }
    PathItem card = openApi.getPaths().get("/api/v1/order-sign-card");
    if (card != null && card.getPost() != null) {
      card.getPost().requestBody(OpenApiConfiguration.caseBody());
    }
    PathItem questions = openApi.getPaths().get("/api/v1/questions");
    if (questions != null && questions.getPost() != null) {
      Schema<?> response =
          new ObjectSchema()
              .description(
                  "A FHIR R4 QuestionnaireResponse (Da Vinci DTR adaptive "
                      + "form): the previous step's, with the clinician's answers");
      questions
          .getPost()
          .requestBody(
              new io.swagger.v3.oas.models.parameters.RequestBody()
                  .required(true)
                  .content(
                      new Content()
                          .addMediaType(
                              "application/json",
                              new MediaType()
                                  .schema(
                                      new ObjectSchema()
                                          .addProperty("case", OpenApiConfiguration.ref("Case"))
                                          .addProperty("response", response)
                                          .required(List.of("case"))))))
          .responses(
              new ApiResponses()
                  .addApiResponse(
                      "200",
                      OpenApiConfiguration.json(
                          "The next step",
                          new ObjectSchema()
                              .addProperty(
                                  "case",
                                  OpenApiConfiguration.ref("Case")
                                      .description("the case with the answers"))
                              .addProperty(
                                  "answered",
                                  new ArraySchema()
                                      .items(new StringSchema())
                                      .description("the case fields the answers documented"))
                              .addProperty(
                                  "outcome",
                                  new StringSchema()
                                      ._enum(List.of("CLEAR", "SECOND_REVIEW", "PEND", "NO_DELAY")))
                              .addProperty("tier", new StringSchema())
                              .addProperty(
                                  "response",
                                  new ObjectSchema()
                                      .description(
                                          "the next step: a QuestionnaireResponse "
                                              + "whose contained Questionnaire holds the questions asked, in-progress with the next "
                                              + "question unanswered, or completed")))));
    }
    PathItem update = openApi.getPaths().get("/api/v1/screenings/{id}/case");
    if (update != null && update.getPut() != null) {
      update.getPut().requestBody(OpenApiConfiguration.caseBody());
    }
  }
}
