// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosscheck.api.cdshooks.CdsResponse.Action;
import org.crosscheck.api.cdshooks.CdsResponse.Card;
import org.crosscheck.api.cdshooks.OrderCards.RatedOrder;
import org.crosscheck.api.evaluation.EvaluationService;
import org.crosscheck.engine.casefile.InvalidCaseException;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.terminology.ProcedureCodes;
import org.crosscheck.fhir.FhirCaseMapper;
import org.crosscheck.fhir.FhirMappingException;
import org.crosscheck.fhir.MappedCase;
import org.crosscheck.fhir.dtr.ClinicianAnswers;
import org.crosscheck.fhir.dtr.QuestionCatalog;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers an order-select or order-sign call: gathers the patient's resources (prefetch or the
 * client's FHIR server), rates each draft ServiceRequest that names a procedure the criteria cover
 * (for order-select: the selected ones), and returns one card per rated order; for order-sign with
 * a known Coverage, also the Da Vinci CRD coverage-information update of each rated order. Orders
 * for other things (drugs, labs) get no card: an empty {@code cards} array means no guidance. Cards
 * are stored before the answer leaves, so feedback can refer to them.
 */
@Service
public class CdsHookService {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PrefetchResolver prefetch;
  private final EvaluationService evaluations;
  private final CdsCardStore store;
  private final Clock clock;
  private final OrderDocumentation documentation;
  private final FhirCaseMapper mapper = new FhirCaseMapper();
  private final ClinicianAnswers answers = new ClinicianAnswers(new QuestionCatalog());

  CdsHookService(
      PrefetchResolver prefetch,
      EvaluationService evaluations,
      CdsCardStore store,
      Clock clock,
      OrderDocumentation documentation) {
    this.prefetch = prefetch;
    this.evaluations = evaluations;
    this.store = store;
    this.clock = clock;
    this.documentation = documentation;
  }

  /**
   * @param selfCheckUrl where a card's link to the self-check page goes
   * @param baseUrl the service's base URL (ends with '/'), for the link to a pending order's
   *     documentation form
   */
  public CdsResponse handle(
      CdsServiceDefinition service,
      CdsRequest request,
      String clientIss,
      String selfCheckUrl,
      String baseUrl) {
    List<IBaseResource> drafts = prefetch.draftOrders(request);
    List<ServiceRequest> orders = ordersToRate(drafts, request);
    if (orders.isEmpty()) {
      return new CdsResponse(List.of(), List.of());
    }
    Map<String, List<IBaseResource>> byKey = prefetch.resolve(request, service, clientIss);
    // of the draft orders, only the ServiceRequests: a draft drug order is not the patient's
    // current therapy
    List<IBaseResource> resources =
        new ArrayList<>(drafts.stream().filter(r -> r instanceof ServiceRequest).toList());
    byKey.forEach(
        (key, list) -> {
          if (!PrefetchResolver.OPTIONAL.contains(key)) {
            resources.addAll(list);
          }
        });
    Reference coverage = coverage(byKey.getOrDefault("coverage", List.of()));
    LocalDate today = LocalDate.now(clock);
    List<Card> cards = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    List<CdsCardStore.IssuedCard> issued = new ArrayList<>();
    for (ServiceRequest order : orders) {
      Rating rating = rate(order, request.patientId(), clientIss, resources, today);
      RatedOrder rated = rating.order();
      String questionnaire = null;
      if (rated.evaluation().decision().outcome() == Outcome.PEND) {
        OrderDocumentation.Form form =
            documentation.open(
                new OrderDocumentation.PendingOrder(
                    rated.cardUuid(),
                    service.id(),
                    clientIss,
                    rated.orderRef(),
                    rated.patientId(),
                    rated.procedure(),
                    coverage == null ? null : coverage.getReference(),
                    rating.recordCase()),
                baseUrl);
        rated =
            rated.withQuestionnaire(
                new CdsResponse.Link(OrderCards.QUESTIONS_LINK, form.page(), "absolute"));
        questionnaire = form.questionnaire();
      }
      Card card = OrderCards.card(rated, selfCheckUrl);
      cards.add(card);
      Assertion assertion =
          service.hook().equals(CdsServiceRegistry.ORDER_SIGN)
                  && coverage != null
                  && !withoutPriority(rated)
              ? coverageAssertion(order, rated, coverage, today, actions, questionnaire)
              : Assertion.NONE;
      issued.add(
          issuedCard(
              service,
              request,
              clientIss,
              rated,
              assertion,
              card.suggestions().stream().map(CdsResponse.Suggestion::uuid).toList()));
    }
    store.issued(issued);
    return new CdsResponse(cards, actions);
  }

  /**
   * The card order-sign would return for an order entered as a case (case format v1) rather than
   * mapped from a FHIR record: the same card (words, indicator, detail, suggestions, links),
   * nothing stored. A pending order's link to its questions goes to the self-check page's form
   * ({@code selfCheckUrl#questions}), which asks them for the case. An invalid case is the engine's
   * InvalidCaseException (400 naming the fields).
   */
  public Card orderSignCard(byte[] caseJson, String selfCheckUrl) {
    EvaluationService.Evaluated evaluated = evaluations.evaluate(caseJson);
    RatedOrder rated =
        RatedOrder.ofCase(
            evaluated.parsed().caseFile().request().procedure().name(), evaluated.evaluation());
    if (rated.evaluation().decision().outcome() == Outcome.PEND) {
      rated =
          rated.withQuestionnaire(
              new CdsResponse.Link(
                  OrderCards.QUESTIONS_LINK, selfCheckUrl + "#questions", "absolute"));
    }
    return OrderCards.card(rated, selfCheckUrl);
  }

  /**
   * The CRD coverage assertion stored with a card: its id and the extension as FHIR JSON (none:
   * both null).
   */
  private record Assertion(String id, String json) {
    static final Assertion NONE = new Assertion(null, null);
  }

  /**
   * The coverage information for a rated order: a new assertion, added to {@code actions} as an
   * update of the order, or the one the order already carries from this service when nothing is new
   * (CRD STU2: no update then).
   */
  private Assertion coverageAssertion(
      ServiceRequest order,
      RatedOrder rated,
      Reference coverage,
      LocalDate today,
      List<Action> actions,
      String questionnaire) {
    Extension ext =
        CoverageInformation.of(
            rated.evaluation(),
            coverage,
            UUID.randomUUID().toString(),
            today,
            !rated.clinicianAnswers().isEmpty(),
            questionnaire);
    Extension previous = CoverageInformation.alreadyAsserted(order, ext, store::issuedAssertion);
    if (previous == null) {
      actions.add(
          new Action(
              "update",
              "Coverage information for the " + rated.procedure() + " order",
              Suggestions.json(CoverageInformation.annotate(order, ext)),
              null));
    }
    Extension stored = previous == null ? ext : previous;
    return new Assertion(
        stored.getExtensionByUrl("coverage-assertion-id").getValue().primitiveValue(),
        FhirContext.forR4Cached().newJsonParser().encodeToString(stored));
  }

  /** A rated order and the case its record was mapped to (before any clinician answer). */
  private record Rating(RatedOrder order, ObjectNode recordCase) {}

  /**
   * Maps and rates an order; when the clinician answered its documentation form earlier (this
   * client, this patient, this order), the answers are applied to a copy of the record's case and
   * named in the card.
   */
  private Rating rate(
      ServiceRequest order,
      String patientId,
      String clientIss,
      List<IBaseResource> resources,
      LocalDate today) {
    String orderRef = "ServiceRequest/" + order.getIdElement().getIdPart();
    MappedCase mapped;
    try {
      mapped = mapper.map(resources, order.getIdElement().getIdPart(), today);
    } catch (FhirMappingException e) {
      throw CdsHooksException.unprocessable(e.where() + ": " + e.getMessage());
    }
    ObjectNode caseJson = mapped.caseJson();
    List<String> answered = List.of();
    QuestionnaireResponse given = documentation.answers(orderRef, patientId, clientIss);
    if (given != null) {
      try {
        ClinicianAnswers.Applied applied = answers.apply(mapped.caseJson(), given);
        caseJson = applied.caseJson();
        answered = applied.answered();
      } catch (ClinicianAnswers.AnswerException e) {
        // the record changed so that an earlier answer no longer fits it: rated from the record
        // alone
        answered = List.of();
      }
    }
    EvaluationService.Evaluated evaluated;
    try {
      evaluated = evaluations.evaluate(JSON.writeValueAsBytes(caseJson));
    } catch (InvalidCaseException e) {
      throw CdsHooksException.unprocessable(
          "The data of " + orderRef + " do not make a valid case: " + e.getMessage());
    }
    return new Rating(
        RatedOrder.of(
            orderRef,
            patientId,
            evaluated.parsed().caseFile().request().procedure().name(),
            evaluated.evaluation(),
            mapped,
            answered),
        mapped.caseJson());
  }

  /**
   * An order without priority is rated as elective (a reading named in the card), but no coverage
   * assertion is made on it: an emergency whose priority is not yet set must not go out marked
   * "prior authorization needed".
   */
  private static boolean withoutPriority(RatedOrder rated) {
    return rated.readings().stream()
        .anyMatch(
            n -> n.id().equals(org.crosscheck.fhir.Interpretations.ABSENT_PRIORITY_NOTE.id()));
  }

  /**
   * Draft ServiceRequests whose code names a procedure the criteria cover; for order-select, the
   * selected ones.
   */
  static List<ServiceRequest> ordersToRate(List<IBaseResource> drafts, CdsRequest request) {
    List<ServiceRequest> orders = new ArrayList<>();
    for (IBaseResource resource : drafts) {
      if (resource instanceof ServiceRequest order
          && names(order)
          && (request.selections().isEmpty()
              || request
                  .selections()
                  .contains("ServiceRequest/" + order.getIdElement().getIdPart()))) {
        orders.add(order);
      }
    }
    return orders;
  }

  private static boolean names(ServiceRequest order) {
    return order.getCode().getCoding().stream()
        .anyMatch(
            c ->
                ProcedureCodes.procedureOf(
                        new org.crosscheck.engine.casefile.Coding(c.getSystem(), c.getCode(), null))
                    != null);
  }

  private static Reference coverage(List<IBaseResource> resources) {
    return resources.stream()
        .filter(r -> r instanceof Coverage)
        .findFirst()
        .map(r -> new Reference("Coverage/" + r.getIdElement().getIdPart()))
        .orElse(null);
  }

  private static CdsCardStore.IssuedCard issuedCard(
      CdsServiceDefinition service,
      CdsRequest request,
      String clientIss,
      RatedOrder rated,
      Assertion assertion,
      List<String> suggestionIds) {
    Evaluation e = rated.evaluation();
    String criteria =
        e.findings().stream()
            .map(f -> f.ruleSet() + "/" + f.criterion() + "/" + f.procedure() + "=" + f.tier())
            .collect(Collectors.joining(";"));
    String ruleSets =
        e.provenance().ruleSets().stream()
            .map(r -> r.id() + "@" + r.version())
            .collect(Collectors.joining(","));
    return new CdsCardStore.IssuedCard(
        rated.cardUuid(),
        service.id(),
        request.hookInstance(),
        clientIss,
        rated.orderRef(),
        rated.procedure(),
        e.decision().outcome().name(),
        e.decision().tier(),
        criteria,
        ruleSets,
        assertion.id(),
        assertion.json(),
        suggestionIds);
  }
}
