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

/**
 * Da Vinci DTR STU2 endpoints of a pending order's documentation form, FHIR R4 JSON in and out:
 * {@code POST /fhir/Questionnaire/$questionnaire-package} (Parameters: {@code context}, or {@code questionnaire}, or
 * {@code order}; {@code coverage}), {@code POST /fhir/Questionnaire/$next-question} (a QuestionnaireResponse, or
 * Parameters with it as {@code in}) and {@code POST /fhir/QuestionnaireResponse} (the completed answers: the order is
 * re-rated). Errors are problem+json naming the item ({@code linkId}) or field at fault.
 */
@RestController
@RequestMapping(path = "/fhir", produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
class DtrController {

  static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

  private final DtrService dtr;

  DtrController(DtrService dtr) {
    this.dtr = dtr;
  }

  @PostMapping(path = "/Questionnaire/$questionnaire-package",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> questionnairePackage(@RequestBody String body, Principal user) {
    Parameters in = parse(body, Parameters.class, "Parameters");
    return fhir(dtr.questionnairePackage(in, name(user)));
  }

  @PostMapping(path = "/Questionnaire/$next-question",
      consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> nextQuestion(@RequestBody String body, Principal user) {
    return fhir(dtr.nextQuestion(response(body), name(user)));
  }

  @PostMapping(path = "/QuestionnaireResponse", consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
  ResponseEntity<String> answer(@RequestBody String body, Principal user) {
    return fhir(DtrService.parameters(dtr.answer(response(body), name(user))));
  }

  @ExceptionHandler(ClinicianAnswers.AnswerException.class)
  ResponseEntity<ProblemDetail> badAnswer(ClinicianAnswers.AnswerException e) {
    ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answer",
        "Invalid answer", e.getMessage()), List.of(Map.of("field", e.linkId(), "message", e.getMessage())));
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** A QuestionnaireResponse, sent as is or as the {@code in} part of Parameters ($next-question). */
  private static QuestionnaireResponse response(String body) {
    IBaseResource r = parse(body, IBaseResource.class, "QuestionnaireResponse");
    if (r instanceof QuestionnaireResponse q) {
      return q;
    }
    if (r instanceof Parameters p && p.getParameter().stream().anyMatch(x -> x.getResource()
        instanceof QuestionnaireResponse)) {
      return (QuestionnaireResponse) p.getParameter().stream().filter(x -> x.getResource()
          instanceof QuestionnaireResponse).findFirst().orElseThrow().getResource();
    }
    throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resource", "Not a QuestionnaireResponse",
        "resourceType: expected a QuestionnaireResponse (or Parameters holding one as 'in'), got "
            + r.fhirType());
  }

  private static <T extends IBaseResource> T parse(String body, Class<T> type, String expected) {
    try {
      IBaseResource r = DtrService.parser().parseResource(body);
      if (!type.isInstance(r)) {
        throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-resource", "Wrong resource type",
            "resourceType: expected " + expected + ", got " + r.fhirType());
      }
      return type.cast(r);
    } catch (DataFormatException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-fhir", "Not FHIR R4 JSON",
          "The body is not a FHIR R4 resource in JSON: "
              + String.valueOf(e.getMessage()).replaceAll("HAPI-\\d+: *", ""));
    }
  }

  private static ResponseEntity<String> fhir(IBaseResource resource) {
    return ResponseEntity.ok().contentType(FHIR_JSON).body(DtrService.parser().encodeResourceToString(resource));
  }

  private static String name(Principal user) {
    return user == null ? "anonymous" : user.getName();
  }
}
