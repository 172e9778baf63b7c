// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.dtr;

import ca.uhn.fhir.parser.DataFormatException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.web.ApiException;
import org.crosscheck.api.web.Problems;
import org.crosscheck.fhir.dtr.ClinicianAnswers;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Da Vinci DTR STU2 endpoints of a pending order's documentation form, FHIR R4 JSON in and out:
 * {@code POST /fhir/Questionnaire/$questionnaire-package} (Parameters: {@code context}, or {@code
 * questionnaire}, or {@code order}; {@code coverage}), {@code POST
 * /fhir/Questionnaire/$next-question} (a QuestionnaireResponse, or Parameters with it as {@code
 * in}) and {@code POST /fhir/QuestionnaireResponse} (the completed answers: the order is re-rated).
 * Errors are problem+json naming the item ({@code linkId}) or field at fault.
 */
@RestController
@RequestMapping(produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
class DtrController {

  static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DtrService dtr;

  DtrController(DtrService dtr) {
    this.dtr = dtr;
  }

  @PostMapping(
      path = "/fhir/Questionnaire/$questionnaire-package",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> questionnairePackage(@RequestBody String body, Principal user) {
    Parameters in = parse(body, Parameters.class, "Parameters");
    return fhir(dtr.questionnairePackage(in, name(user)));
  }

  @PostMapping(
      path = "/fhir/Questionnaire/$next-question",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> nextQuestion(@RequestBody String body, Principal user) {
    return fhir(dtr.nextQuestion(response(body), name(user)));
  }

  @PostMapping(
      path = "/fhir/QuestionnaireResponse",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> answer(@RequestBody String body, Principal user) {
    return fhir(DtrService.parameters(dtr.answer(response(body), name(user))));
  }

  /**
   * The self-check page's form for a case (nothing stored): {@code {"case": <case v1>, "response":
   * <the QuestionnaireResponse of the previous step, answered, or absent>}} in; the case with the
   * answers, the fields answered, the outcome and the next step out (a QuestionnaireResponse as
   * {@code $next-question} answers it).
   */
  @PostMapping(
      path = "/api/v1/questions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<JsonNode> caseQuestions(@RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.invalidField(
          "", "the body must be a JSON object with 'case' and, after a step, 'response'");
    }
    for (String name : body.propertyNames()) {
      if (!name.equals("case") && !name.equals("response")) {
        throw ApiException.invalidField(
            name, "unknown field: the body holds 'case' and 'response'");
      }
    }
    JsonNode theCase = body.get("case");
    if (theCase == null || !theCase.isObject()) {
      throw ApiException.invalidField("case", "required, a case in case format v1 (a JSON object)");
    }
    JsonNode response = body.get("response");
    QuestionnaireResponse given = null;
    if (response != null && !response.isNull()) {
      if (!response.isObject()
          || !"QuestionnaireResponse".equals(response.path("resourceType").asString(""))) {
        throw ApiException.invalidField(
            "response.resourceType", "must be a QuestionnaireResponse (FHIR R4 JSON)");
      }
      try {
        given = DtrService.parser().parseResource(QuestionnaireResponse.class, response.toString());
      } catch (DataFormatException e) {
        throw ApiException.invalidField(
            "response",
            "not a FHIR R4 QuestionnaireResponse: "
                + String.valueOf(e.getMessage()).replaceAll("HAPI-\\d+: *", ""));
      }
    }
    DtrService.CaseStep step = dtr.forCase((ObjectNode) theCase, given);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.set("case", step.caseJson());
    out.set(
        "answered",
        JsonNodeFactory.instance
            .arrayNode()
            .addAll(step.answered().stream().map(JsonNodeFactory.instance::textNode).toList()));
    out.put("outcome", step.evaluation().decision().outcome().name());
    if (step.evaluation().decision().tier() != null) {
      out.put("tier", step.evaluation().decision().tier());
    }
    out.set("response", JSON.readTree(DtrService.parser().encodeResourceToString(step.response())));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out);
  }

  @ExceptionHandler(ClinicianAnswers.AnswerException.class)
  ResponseEntity<ProblemDetail> badAnswer(ClinicianAnswers.AnswerException e) {
    ProblemDetail problem =
        Problems.withErrors(
            Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-answer",
                "Invalid answer",
                e.getMessage()),
            List.of(Map.of("field", e.linkId(), "message", e.getMessage())));
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * A QuestionnaireResponse, sent as is or as the {@code in} part of Parameters ($next-question).
   */
  private static QuestionnaireResponse response(String body) {
    IBaseResource r = parse(body, IBaseResource.class, "QuestionnaireResponse");
    if (r instanceof QuestionnaireResponse q) {
      return q;
    }
    if (r instanceof Parameters p
        && p.getParameter().stream()
            .anyMatch(x -> x.getResource() instanceof QuestionnaireResponse)) {
      return (QuestionnaireResponse)
          p.getParameter().stream()
              .filter(x -> x.getResource() instanceof QuestionnaireResponse)
              .findFirst()
              .orElseThrow()
              .getResource();
    }
    throw new ApiException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-resource",
        "Not a QuestionnaireResponse",
        "resourceType: expected a QuestionnaireResponse (or Parameters holding one as 'in'), got "
            + r.fhirType());
  }

  private static <T extends IBaseResource> T parse(String body, Class<T> type, String expected) {
    try {
      IBaseResource r = DtrService.parser().parseResource(body);
      if (!type.isInstance(r)) {
        throw new ApiException(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-resource",
            "Wrong resource type",
            "resourceType: expected " + expected + ", got " + r.fhirType());
      }
      return type.cast(r);
    } catch (DataFormatException e) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "invalid-fhir",
          "Not FHIR R4 JSON",
          "The body is not a FHIR R4 resource in JSON: "
              + String.valueOf(e.getMessage()).replaceAll("HAPI-\\d+: *", ""));
    }
  }

  private static ResponseEntity<String> fhir(IBaseResource resource) {
    return ResponseEntity.ok()
        .contentType(FHIR_JSON)
        .body(DtrService.parser().encodeResourceToString(resource));
  }

  private static String name(Principal user) {
    return user == null ? "anonymous" : user.getName();
  }
}
