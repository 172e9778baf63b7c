// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A CDS Hooks 2.0 request, read leniently (a client may send elements this service does not use:
 * extensions, other context fields) but checked strictly where the service depends on it; every
 * error names the element.
 *
 * @param fhirAuthorization the bearer token for {@code fhirServer}, or null when the client gave
 *     none
 * @param prefetch the prefetched resources by key; a key may be missing or null (the service then
 *     fetches it)
 */
public record CdsRequest(
    String hook,
    String hookInstance,
    URI fhirServer,
    String fhirAuthorization,
    String patientId,
    List<String> selections,
    JsonNode draftOrders,
    JsonNode prefetch) {

  /** Reads and checks the body of a call to {@code service}. */
  public static CdsRequest read(JsonNode body, CdsServiceDefinition service) {
    if (body == null || !body.isObject()) {
      throw CdsHooksException.unprocessable(
          "The request body must be a JSON object (a CDS Hooks request)");
    }
    String hook = text(body, "hook", true);
    if (!service.hook().equals(hook)) {
      throw CdsHooksException.unprocessable(
          "hook: '"
              + hook
              + "' sent to "
              + service.id()
              + ", which answers '"
              + service.hook()
              + "'");
    }
    String hookInstance = text(body, "hookInstance", true);
    URI fhirServer = fhirServer(body);
    String token = authorization(body, fhirServer);
    JsonNode context = body.get("context");
    if (context == null || !context.isObject()) {
      throw CdsHooksException.unprocessable("context: required, a JSON object");
    }
    String patientId = text(context, "context.", "patientId", true);
    text(context, "context.", "userId", true);
    JsonNode draftOrders = context.get("draftOrders");
    if (draftOrders == null
        || !draftOrders.isObject()
        || !"Bundle".equals(draftOrders.path("resourceType").asString(""))) {
      throw CdsHooksException.unprocessable(
          "context.draftOrders: required, a FHIR Bundle of the draft orders");
    }
    List<String> selections =
        hook.equals(CdsServiceRegistry.ORDER_SELECT) ? selections(context) : List.of();
    JsonNode prefetch = body.get("prefetch");
    if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
      throw CdsHooksException.unprocessable("prefetch: must be a JSON object of prefetch keys");
    }
    return new CdsRequest(
        hook,
        hookInstance,
        fhirServer,
        token,
        patientId,
        selections,
        draftOrders,
        prefetch == null || prefetch.isNull() ? null : prefetch);
  }

  private static URI fhirServer(JsonNode body) {
    String value = text(body, "fhirServer", false);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute()
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
        throw CdsHooksException.unprocessable(
            "fhirServer: must be an absolute http(s) URL, got '" + value + "'");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw CdsHooksException.unprocessable("fhirServer: not a URL: '" + value + "'");
    }
  }

  private static String authorization(JsonNode body, URI fhirServer) {
    JsonNode auth = body.get("fhirAuthorization");
    if (auth == null || auth.isNull()) {
      return null;
    }
    if (!auth.isObject()) {
      throw CdsHooksException.unprocessable("fhirAuthorization: must be a JSON object");
    }
    if (fhirServer == null) {
      throw CdsHooksException.unprocessable("fhirAuthorization: given without fhirServer");
    }
    String type = text(auth, "fhirAuthorization.", "token_type", true);
    if (!type.equals("Bearer")) {
      throw CdsHooksException.unprocessable(
          "fhirAuthorization.token_type: must be 'Bearer', got '" + type + "'");
    }
    for (String required : List.of("scope", "subject")) {
      text(auth, "fhirAuthorization.", required, true);
    }
    if (!auth.path("expires_in").isNumber()) {
      throw CdsHooksException.unprocessable(
          "fhirAuthorization.expires_in: required, a number of seconds");
    }
    return text(auth, "fhirAuthorization.", "access_token", true);
  }

  private static List<String> selections(JsonNode context) {
    JsonNode node = context.get("selections");
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw CdsHooksException.unprocessable(
          "context.selections: required for order-select, the ids of the selected "
              + "orders (e.g. \"ServiceRequest/sr-1\")");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : node) {
      if (!id.isString()) {
        throw CdsHooksException.unprocessable(
            "context.selections: each element must be a string like " + "\"ServiceRequest/sr-1\"");
      }
      ids.add(id.asString());
    }
    return List.copyOf(ids);
  }

  private static String text(JsonNode node, String field, boolean required) {
    return text(node, "", field, required);
  }

  /**
   * A string element that must be non-empty when present; {@code path} prefixes the element in the
   * error.
   */
  static String text(JsonNode node, String path, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw CdsHooksException.unprocessable(path + field + ": required");
      }
      return null;
    }
    if (!value.isString() || value.asString().isBlank()) {
      throw CdsHooksException.unprocessable(path + field + ": must be a non-empty string");
    }
    return value.asString();
  }
}
