// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * CDS Hooks 2.0 endpoints: discovery, the services, and feedback. Discovery and dispatch read one
 * registry. Bodies are read as JSON trees so that a client's extra elements (extensions, context
 * this service does not use) are accepted, as the specification expects.
 */
@RestController
@RequestMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
class CdsHooksController {

  private final CdsServiceRegistry registry;
  private final CdsHookService hooks;
  private final CdsCardStore store;
  private final CdsHooksProperties properties;

  CdsHooksController(
      CdsServiceRegistry registry,
      CdsHookService hooks,
      CdsCardStore store,
      CdsHooksProperties properties) {
    this.registry = registry;
    this.hooks = hooks;
    this.store = store;
    this.properties = properties;
  }

  @GetMapping
  Map<String, List<CdsServiceDefinition>> discovery() {
    return registry.discovery();
  }

  @PostMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  CdsResponse call(@PathVariable String id, @RequestBody JsonNode body, HttpServletRequest http) {
    CdsServiceDefinition service = registry.require(id);
    return hooks.handle(
        service,
        CdsRequest.read(body, service),
        clientIss(http),
        selfCheckUrl(http),
        baseUrl(http));
  }

  /**
   * Stores every item or none (an item about an unknown card, or malformed, rejects the whole
   * request).
   */
  @PostMapping(path = "/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> feedback(
      @PathVariable String id, @RequestBody JsonNode body, HttpServletRequest http) {
    CdsServiceDefinition service = registry.require(id);
    JsonNode items = body == null ? null : body.get("feedback");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw CdsHooksException.unprocessable(
          "feedback: required, a non-empty array of feedback items");
    }
    List<CdsCardStore.Feedback> feedback = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      feedback.add(item(service, items.get(i), "feedback[" + i + "]", clientIss(http)));
    }
    store.feedback(feedback);
    return Map.of("stored", feedback.size());
  }

  private CdsCardStore.Feedback item(
      CdsServiceDefinition service, JsonNode item, String path, String iss) {
    String card = CdsRequest.text(item, path + ".", "card", true);
    boolean ours =
        store.serviceOf(card).map(service.id()::equals).orElse(false)
            && store.clientOf(card).map(c -> c.equals(iss == null ? "" : iss)).orElse(false);
    if (!ours) {
      // a card of another service or another client is not the caller's to give feedback on
      throw CdsHooksException.notFound(
          path + ".card: " + card + " is not a card " + service.id() + " issued to this client");
    }
    String outcome = CdsRequest.text(item, path + ".", "outcome", true);
    if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
      throw CdsHooksException.unprocessable(
          path + ".outcome: must be 'accepted' or 'overridden', got '" + outcome + "'");
    }
    OffsetDateTime when;
    try {
      when = OffsetDateTime.parse(CdsRequest.text(item, path + ".", "outcomeTimestamp", true));
    } catch (DateTimeParseException e) {
      throw CdsHooksException.unprocessable(
          path + ".outcomeTimestamp: not an ISO 8601 date-time with offset");
    }
    List<String> accepted = new ArrayList<>();
    item.path("acceptedSuggestions").forEach(s -> accepted.add(s.path("id").asString("")));
    List<String> offered = store.suggestionsOf(card);
    for (int i = 0; i < accepted.size(); i++) {
      if (!offered.contains(accepted.get(i))) {
        throw CdsHooksException.unprocessable(
            path
                + ".acceptedSuggestions["
                + i
                + "].id: '"
                + accepted.get(i)
                + "' is not a suggestion of card "
                + card);
      }
    }
    if (outcome.equals("accepted") && item.has("overrideReason")) {
      throw CdsHooksException.unprocessable(path + ".overrideReason: only for an overridden card");
    }
    JsonNode reason = item.path("overrideReason").path("reason");
    String comment = item.path("overrideReason").path("userComment").asString(null);
    return new CdsCardStore.Feedback(
        card,
        outcome,
        String.join(",", accepted),
        reason.path("system").asString(null),
        reason.path("code").asString(null),
        reason.path("display").asString(null),
        comment,
        when,
        iss);
  }

  private static String clientIss(HttpServletRequest http) {
    Object client = http.getAttribute(CdsHooksSecurityConfiguration.CLIENT_ATTRIBUTE);
    return client instanceof ClientJwtVerifier.VerifiedClient verified ? verified.iss() : null;
  }

  private String selfCheckUrl(HttpServletRequest http) {
    return selfCheckUrl(properties, http);
  }

  /** Where cards link to the self-check page: configured, or the service's base URL. */
  static String selfCheckUrl(CdsHooksProperties properties, HttpServletRequest http) {
    if (properties.selfCheckUrl() != null) {
      return properties.selfCheckUrl().toString();
    }
    return baseUrl(properties, http);
  }

  private String baseUrl(HttpServletRequest http) {
    return baseUrl(properties, http);
  }

  /** The service's base URL as the EHR reaches it (configured behind a proxy), ending with '/'. */
  static String baseUrl(CdsHooksProperties properties, HttpServletRequest http) {
    String base =
        properties.baseUrl() != null
            ? properties.baseUrl().toString()
            : http.getRequestURL()
                    .substring(0, http.getRequestURL().length() - http.getRequestURI().length())
                + http.getContextPath();
    return base.endsWith("/") ? base : base + "/";
  }
}
