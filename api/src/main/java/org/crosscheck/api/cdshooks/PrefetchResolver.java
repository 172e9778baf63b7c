// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.annotation.PreDestroy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Gathers the patient's resources for a call: each prefetch key from the request when the client
 * sent it, otherwise read from the client's FHIR server; when a needed key is missing and there is
 * no {@code fhirServer}, a 412 that names the keys. The Coverage (only used for the CRD coverage
 * information) is optional.
 */
@Component
class PrefetchResolver {

  /**
   * Keys the service can answer without: no coverage means no coverage-information action, not a
   * failure.
   */
  static final Set<String> OPTIONAL = Set.of("coverage");

  private final FhirServerReader server;
  private final CdsHooksProperties properties;

  /** Threads for reads from FHIR servers (blocking I/O), apart from the request threads. */
  private final ExecutorService readers =
      Executors.newFixedThreadPool(
          16,
          r -> {
            Thread t = new Thread(r, "fhir-server-read");
            t.setDaemon(true);
            return t;
          });

  PrefetchResolver(FhirServerReader server, CdsHooksProperties properties) {
    this.server = server;
    this.properties = properties;
  }

  /**
   * The resources of every prefetch key, by key; {@code clientIss} is the verified caller (null
   * when none), whose configured FHIR servers are the only ones read.
   */
  Map<String, List<IBaseResource>> resolve(
      CdsRequest request, CdsServiceDefinition service, String clientIss) {
    Map<String, List<IBaseResource>> byKey = new LinkedHashMap<>();
    Map<String, String> toRead = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> template : service.prefetch().entrySet()) {
      JsonNode sent = request.prefetch() == null ? null : request.prefetch().get(template.getKey());
      if (sent != null && sent.isNull()) {
        // CDS Hooks 2.0: a null prefetch value means the client has no such data, not that it did
        // not look
        byKey.put(template.getKey(), List.of());
      } else if (sent != null) {
        byKey.put(template.getKey(), parse("prefetch." + template.getKey(), sent));
      } else if (request.fhirServer() != null) {
        allowed(request, clientIss);
        byKey.put(template.getKey(), null);
        toRead.put(
            template.getKey(),
            template
                .getValue()
                .replace(
                    "{{context.patientId}}",
                    URLEncoder.encode(request.patientId(), StandardCharsets.UTF_8)));
      } else if (!OPTIONAL.contains(template.getKey())) {
        missing.add(template.getKey());
      }
    }
    if (!missing.isEmpty()) {
      throw CdsHooksException.preconditionFailed(
          "Prefetch keys "
              + missing
              + " are missing and the request has no "
              + "fhirServer to read them from");
    }
    byKey.putAll(readAll(request, toRead));
    return byKey;
  }

  /**
   * The missing keys, read from the FHIR server at the same time, all within {@code fhirDeadline}:
   * an order-sign waits for the slowest read, not for their sum.
   */
  private Map<String, List<IBaseResource>> readAll(
      CdsRequest request, Map<String, String> queries) {
    Map<String, CompletableFuture<List<IBaseResource>>> reads = new LinkedHashMap<>();
    queries.forEach(
        (key, query) ->
            reads.put(
                key,
                CompletableFuture.supplyAsync(
                    () -> server.read(request.fhirServer(), request.fhirAuthorization(), query),
                    readers)));
    Map<String, List<IBaseResource>> read = new LinkedHashMap<>();
    long deadline = System.nanoTime() + properties.fhirDeadline().toNanos();
    try {
      for (Map.Entry<String, CompletableFuture<List<IBaseResource>>> r : reads.entrySet()) {
        read.put(
            r.getKey(),
            r.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return read;
    } catch (TimeoutException e) {
      throw CdsHooksException.preconditionFailed(
          "The FHIR server did not answer the prefetch queries within "
              + properties.fhirDeadline().toMillis()
              + " ms");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause
          ? cause
          : CdsHooksException.preconditionFailed("The FHIR server could not be read");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CdsHooksException.preconditionFailed("Interrupted while reading the FHIR server");
    } finally {
      reads.values().forEach(f -> f.cancel(true));
    }
  }

  @PreDestroy
  void stop() {
    readers.shutdownNow();
  }

  /**
   * The service reads only from a server the verified client is configured for (no address a caller
   * chooses).
   */
  private void allowed(CdsRequest request, String clientIss) {
    String url = request.fhirServer().toString();
    boolean listed =
        clientIss != null
            && properties.clients().stream()
                .filter(c -> clientIss.equals(c.iss()))
                .anyMatch(c -> c.fhirServers().stream().anyMatch(url::startsWith));
    if (!listed) {
      throw CdsHooksException.preconditionFailed(
          "Prefetch data are missing and fhirServer "
              + url
              + " is not a FHIR server configured for this client (crosscheck.cds-hooks.clients[].fhir-servers)");
    }
  }

  /** The draft orders of the context. */
  List<IBaseResource> draftOrders(CdsRequest request) {
    return parse("context.draftOrders", request.draftOrders());
  }

  private List<IBaseResource> parse(String element, JsonNode json) {
    IBaseResource resource;
    try {
      resource = FhirJsonTree.parse(json);
    } catch (DataFormatException e) {
      throw CdsHooksException.unprocessable(
          element + ": not a FHIR R4 resource: " + e.getMessage());
    }
    if (resource instanceof Bundle bundle) {
      List<IBaseResource> entries = new ArrayList<>();
      bundle.getEntry().stream()
          .filter(e -> e.getResource() != null)
          .forEach(e -> entries.add(e.getResource()));
      return entries;
    }
    return List.of(resource);
  }
}
