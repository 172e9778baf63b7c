// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JWSAlgorithm;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.ClientJwts;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One test per service-side SHALL of CDS Hooks 2.0 that applies to this service, named after the
 * requirement's ID in {@code docs/conformance/cds-hooks-2.0-requirements.csv}; {@code
 * CdsHooksConformanceTableTest} checks that the names match the applicability plan and generates
 * the table in {@code docs/conformance/cds-hooks-2.0.md}. The responses checked are those of every
 * fixture kind: clear, second review, pend, emergency, alternatives offered (suggestions with
 * delete and create actions), no guidance; for both hooks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdsHooksConformanceIT extends PostgresIT {

  static final String SIGN = "/cds-services/crosscheck-order-sign";
  static final String SELECT = "/cds-services/crosscheck-order-select";

  /**
   * Coronary angiography rated rarely appropriate with noninvasive tests rated appropriate:
   * suggestions.
   */
  static final String ALTERNATIVES =
      "imaging/acr/chronic-chest-pain-high-probability/"
          + "ACR-CCPH-V1-CORONARY_ANGIOGRAPHY-neg.bundle.json";

  static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}]+)\\}\\}");

  final HttpServer fhir = fhirServer();
  final List<String> fhirRequests = new CopyOnWriteArrayList<>();
  JsonNode discovery;
  final List<JsonNode> responses = new ArrayList<>();
  ObjectNode alternativesRequest;
  JsonNode alternatives;

  @DynamicPropertySource
  static void cdsClients(DynamicPropertyRegistry registry) {
    ClientJwts.trust(registry);
    registry.add("crosscheck.cds-hooks.cors-origins[0]", () -> "https://ehr.example.org");
  }

  private HttpServer fhirServer() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            fhirRequests.add(
                exchange.getRequestURI()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Authorization")
                    + " "
                    + exchange.getRequestHeaders().getFirst("Accept"));
            String query = exchange.getRequestURI().toString().substring("/fhir/".length());
            String type =
                query.contains("?")
                    ? query.substring(0, query.indexOf('?'))
                    : query.substring(0, query.indexOf('/'));
            String body =
                type.equals("Patient")
                    ? FhirContext.forR4Cached()
                        .newJsonParser()
                        .encodeResourceToString(
                            CdsFixtures.twin(CdsFixtures.REVIEW).getEntry().stream()
                                .map(e -> e.getResource())
                                .filter(r -> r.fhirType().equals("Patient"))
                                .findFirst()
                                .orElseThrow())
                    : CdsFixtures.searchset(CdsFixtures.REVIEW, type);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeAll
  void responses() {
    http = new Http(port);
    discovery = http.get("/cds-services", null).json();
    for (String twin :
        List.of(CdsFixtures.REVIEW, CdsFixtures.CLEAR, CdsFixtures.EMERGENT, CdsFixtures.PEND)) {
      responses.add(ok(SIGN, CdsFixtures.orderSign(twin)));
      responses.add(ok(SELECT, CdsFixtures.orderSelect(twin)));
    }
    alternativesRequest = CdsFixtures.orderSign(ALTERNATIVES);
    alternatives = ok(SIGN, alternativesRequest);
    responses.add(alternatives);
    responses.add(ok(SELECT, CdsFixtures.orderSelect(ALTERNATIVES)));
    ObjectNode noGuidance = CdsFixtures.orderSign(CdsFixtures.CLEAR);
    ((ObjectNode)
            noGuidance
                .get("context")
                .get("draftOrders")
                .get("entry")
                .get(0)
                .get("resource")
                .get("code")
                .get("coding")
                .get(0))
        .put("code", "00000");
    responses.add(ok(SIGN, noGuidance));
  }

  @BeforeEach
  void resetFhirLog() {
    fhirRequests.clear();
  }

  @AfterAll
  void stop() {
    fhir.stop(0);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private Http.Response call(String path, JsonNode request) {
    return http.post(
        path,
        null,
        request.toString(),
        "Authorization",
        "Bearer " + ClientJwts.token(url(path), clock.instant()));
  }

  private JsonNode ok(String path, JsonNode request) {
    Http.Response r = call(path, request);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private List<JsonNode> cards() {
    List<JsonNode> cards = new ArrayList<>();
    responses.forEach(r -> r.get("cards").forEach(cards::add));
    return cards;
  }

  private void eachCard(Consumer<JsonNode> check) {
    List<JsonNode> cards = cards();
    assertThat(cards).hasSizeGreaterThan(8);
    cards.forEach(check);
  }

  private List<JsonNode> suggestions() {
    List<JsonNode> all = new ArrayList<>();
    cards().forEach(c -> c.path("suggestions").forEach(all::add));
    assertThat(all).as("the alternatives fixture yields suggestions").isNotEmpty();
    return all;
  }

  private List<JsonNode> actions() {
    List<JsonNode> all = new ArrayList<>();
    suggestions().forEach(s -> s.path("actions").forEach(all::add));
    responses.forEach(r -> r.path("systemActions").forEach(all::add));
    assertThat(all)
        .extracting(a -> a.get("type").asString())
        .contains("create", "update", "delete");
    return all;
  }

  private List<JsonNode> codings() {
    List<JsonNode> all = new ArrayList<>();
    cards()
        .forEach(
            c -> {
              if (c.get("source").has("topic")) {
                all.add(c.get("source").get("topic"));
              }
              c.path("overrideReasons").forEach(all::add);
            });
    assertThat(all).hasSizeGreaterThan(8);
    return all;
  }

  private List<JsonNode> links() {
    List<JsonNode> all = new ArrayList<>();
    cards().forEach(c -> c.path("links").forEach(all::add));
    assertThat(all).isNotEmpty();
    return all;
  }

  private List<String> tokens() {
    List<String> tokens = new ArrayList<>();
    discovery
        .get("services")
        .forEach(
            s ->
                s.get("prefetch")
                    .properties()
                    .forEach(
                        p -> {
                          Matcher m = TOKEN.matcher(p.getValue().asString());
                          while (m.find()) {
                            tokens.add(m.group(1));
                          }
                        }));
    assertThat(tokens).isNotEmpty();
    return tokens;
  }

  private static boolean isString(JsonNode node) {
    return node != null && node.isString() && !node.asString().isBlank();
  }

  // ---- Use of JSON

  @Test
  void req001_responsesAreJson() {
    Http.Response d = http.get("/cds-services", null);
    assertThat(d.header("Content-Type")).startsWith("application/json");
    Http.Response s = call(SIGN, CdsFixtures.orderSign(CdsFixtures.CLEAR));
    assertThat(s.header("Content-Type")).startsWith("application/json");
    assertThat(s.json().isObject()).isTrue();
    assertThat(
            http.send(
                    "POST",
                    SIGN,
                    null,
                    "hook=order-sign",
                    "text/plain",
                    "Authorization",
                    "Bearer " + ClientJwts.token(url(SIGN), clock.instant()))
                .status())
        .isEqualTo(415);
  }

  @Test
  void req003_noNullOrEmptyJsonElements() {
    List<JsonNode> all = new ArrayList<>(responses);
    all.add(discovery);
    for (JsonNode response : all) {
      response
          .properties()
          .forEach(
              p -> {
                if (!p.getKey().equals("cards")) {
                  assertNotEmpty(p.getKey(), p.getValue());
                } else {
                  p.getValue().forEach(card -> assertNotEmpty("card", card));
                }
              });
    }
    assertThat(responses.get(responses.size() - 1).get("cards")).isEmpty();
    assertThat(responses.get(responses.size() - 1).has("systemActions")).isFalse();
  }

  private static void assertNotEmpty(String path, JsonNode node) {
    assertThat(node.isNull()).as(path + " is null").isFalse();
    assertThat(node.isString() && node.asString().isEmpty()).as(path + " is empty").isFalse();
    assertThat((node.isArray() || node.isObject()) && node.isEmpty())
        .as(path + " is empty")
        .isFalse();
    if (node.isObject()) {
      node.properties().forEach(p -> assertNotEmpty(path + "." + p.getKey(), p.getValue()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertNotEmpty(path + "[" + i + "]", node.get(i));
      }
    }
  }

  // ---- Discovery

  @Test
  void req004_discoveryAtBaseUrlCdsServices() {
    Http.Response r = http.get("/cds-services", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void req005_discoveryAlwaysAvailableViaGet() {
    for (int i = 0; i < 5; i++) {
      assertThat(http.get("/cds-services", null).status()).isEqualTo(200);
    }
    assertThat(http.get("/cds-services?_format=json", null).status()).isEqualTo(200);
    assertThat(
            http.post(
                    "/cds-services",
                    null,
                    "{}",
                    "Authorization",
                    "Bearer " + ClientJwts.token(url("/cds-services"), clock.instant()))
                .status())
        .isEqualTo(405);
    assertThat(http.get("/cds-services", null).json()).isEqualTo(discovery);
  }

  @Test
  void req006_discoveryReturnsServicesArray() {
    assertThat(discovery.get("services").isArray()).isTrue();
    assertThat(discovery.get("services")).hasSize(2);
  }

  @Test
  void req007_discoveryServiceHasHook() {
    Set<String> hooks = new HashSet<>();
    discovery.get("services").forEach(s -> hooks.add(s.get("hook").asString()));
    assertThat(hooks).containsExactlyInAnyOrder("order-select", "order-sign");
  }

  @Test
  void req009_discoveryServiceHasDescription() {
    discovery.get("services").forEach(s -> assertThat(isString(s.get("description"))).isTrue());
  }

  @Test
  void req010_discoveryServiceHasId() {
    discovery
        .get("services")
        .forEach(s -> assertThat(s.get("id").asString()).matches("[A-Za-z0-9._~-]+"));
  }

  @Test
  void req013_discoveryReturns200() {
    assertThat(
            http.get(
                    "/cds-services",
                    null,
                    "Authorization",
                    "Bearer " + ClientJwts.token(url("/cds-services"), clock.instant()))
                .status())
        .isEqualTo(200);
  }

  @Test
  void req016_serviceEndpointIsBaseUrlPlusId() {
    discovery
        .get("services")
        .forEach(
            s -> {
              String path = "/cds-services/" + s.get("id").asString();
              ObjectNode request =
                  s.get("hook").asString().equals("order-sign")
                      ? CdsFixtures.orderSign(CdsFixtures.CLEAR)
                      : CdsFixtures.orderSelect(CdsFixtures.CLEAR);
              assertThat(call(path, request).status()).isEqualTo(200);
            });
    assertThat(call("/cds-services/unknown-id", CdsFixtures.orderSign(CdsFixtures.CLEAR)).status())
        .isEqualTo(404);
  }

  // ---- Prefetch

  @Test
  void req029_prefetchTemplatesInDiscovery() {
    discovery
        .get("services")
        .forEach(
            s ->
                s.get("prefetch")
                    .properties()
                    .forEach(
                        p -> {
                          assertThat(p.getValue().isString()).isTrue();
                          // relative to the client's FHIR server: a resource type first, never a
                          // server address (code systems in a
                          // token search are URLs, hence no check for "://" anywhere)
                          assertThat(p.getValue().asString())
                              .doesNotStartWith("http")
                              .matches("[A-Z][A-Za-z]+[/?]\\S*");
                        }));
  }

  @Test
  void req036_prefetchKeysIdentifyPrefetchData() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    request.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
    discovery
        .get("services")
        .get(1)
        .get("prefetch")
        .properties()
        .forEach(p -> assertThat(request.get("prefetch").has(p.getKey())).as(p.getKey()).isTrue());
    assertThat(call(SIGN, request).status()).isEqualTo(200);
    assertThat(fhirRequests).isEmpty();
  }

  @Test
  void req054_missingPrefetchAndNoFhirAccessReturns412() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    request.remove("prefetch");
    assertThat(call(SIGN, request).status()).isEqualTo(412);
    request.put("fhirServer", "http://127.0.0.1:9/fhir");
    Http.Response unreachable = call(SIGN, request);
    assertThat(unreachable.status()).isEqualTo(412);
    assertThat(unreachable.json().has("cards")).isFalse();
  }

  @Test
  void req055_prefetchTokensDelimitedByDoubleBraces() {
    discovery
        .get("services")
        .forEach(
            s ->
                s.get("prefetch")
                    .properties()
                    .forEach(
                        p ->
                            assertThat(TOKEN.matcher(p.getValue().asString()).replaceAll(""))
                                .doesNotContain("{", "}")));
    assertThat(tokens()).isNotEmpty();
  }

  @Test
  void req056_prefetchTokensOnlyContextOrUserIds() {
    assertThat(tokens())
        .allMatch(
            t ->
                Set.of(
                        "context.userId",
                        "context.patientId",
                        "context.encounterId",
                        "userPractitionerId",
                        "userPractitionerRoleId",
                        "userPatientId",
                        "userRelatedPersonId")
                    .contains(t));
  }

  @Test
  void req057_prefetchTokensOnlyRootPrimitiveContextFields() {
    assertThat(tokens())
        .allMatch(t -> t.matches("context\\.[A-Za-z]+") || t.startsWith("user"))
        .noneMatch(t -> t.contains("draftOrders") || t.contains("selections"));
  }

  @Test
  void req059_contextTokensNamedContextDotField() {
    assertThat(tokens())
        .filteredOn(t -> t.startsWith("context."))
        .allMatch(
            t -> Set.of("context.userId", "context.patientId", "context.encounterId").contains(t));
  }

  @Test
  void req061_fhirCallsPresentBearerAccessToken() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    request.remove("prefetch");
    request.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir");
    request
        .putObject("fhirAuthorization")
        .put("access_token", "T-61")
        .put("token_type", "Bearer")
        .put("expires_in", 300)
        .put("scope", "patient/*.read")
        .put("subject", "crosscheck");
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(fhirRequests)
        .hasSize(7)
        .allMatch(line -> line.contains(" Bearer T-61 "))
        .allMatch(line -> line.endsWith("application/fhir+json"));
  }

  // ---- Response and cards

  @Test
  void req074_successReturns200WithCardsArray() {
    responses.forEach(r -> assertThat(r.get("cards").isArray()).isTrue());
    assertThat(cards()).isNotEmpty();
  }

  @Test
  void req075_systemActionsIsArrayWhenPresent() {
    responses.stream()
        .filter(r -> r.has("systemActions"))
        .forEach(
            r -> {
              assertThat(r.get("systemActions").isArray()).isTrue();
              assertThat(r.get("systemActions")).isNotEmpty();
              r.get("systemActions")
                  .forEach(
                      a ->
                          assertThat(
                                  isString(a.get("type"))
                                      && isString(a.get("description"))
                                      && a.get("resource").isObject())
                              .isTrue());
            });
    assertThat(responses.stream().filter(r -> r.has("systemActions"))).hasSize(5);
  }

  @Test
  void req080_cardUuidIsUniqueString() {
    List<String> uuids = cards().stream().map(c -> c.get("uuid").asString()).toList();
    uuids.forEach(u -> assertThat(UUID.fromString(u).toString()).isEqualTo(u));
    assertThat(new HashSet<>(uuids)).hasSize(uuids.size());
    String again =
        ok(SIGN, CdsFixtures.orderSign(CdsFixtures.REVIEW))
            .get("cards")
            .get(0)
            .get("uuid")
            .asString();
    assertThat(uuids).doesNotContain(again);
  }

  @Test
  void req083_cardSummaryUnder140Chars() {
    eachCard(c -> assertThat(c.get("summary").asString()).isNotBlank().hasSizeLessThan(140));
  }

  @Test
  void req085_cardDetailIsMarkdown() {
    eachCard(
        c ->
            assertThat(c.get("detail").asString())
                .isNotBlank()
                .contains("**")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<html"));
  }

  @Test
  void req087_cardIndicatorRequired() {
    eachCard(c -> assertThat(c.get("indicator").isString()).isTrue());
  }

  @Test
  void req088_cardIndicatorAllowedValues() {
    eachCard(c -> assertThat(c.get("indicator").asString()).isIn("info", "warning", "critical"));
  }

  @Test
  void req090_cardSourceRequiredObject() {
    eachCard(c -> assertThat(c.get("source").isObject()).isTrue());
  }

  @Test
  void req092_cardSuggestionsIsArrayOfSuggestions() {
    cards().stream()
        .filter(c -> c.has("suggestions"))
        .forEach(
            c -> {
              assertThat(c.get("suggestions").isArray()).isTrue();
              c.get("suggestions")
                  .forEach(s -> assertThat(s.isObject() && isString(s.get("label"))).isTrue());
            });
    assertThat(suggestions()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void req093_selectionBehaviorPresentWhenSuggestions() {
    assertThat(suggestions()).isNotEmpty();
    cards().stream()
        .filter(c -> c.has("suggestions"))
        .forEach(c -> assertThat(c.has("selectionBehavior")).isTrue());
  }

  @Test
  void req095_selectionBehaviorAllowedValues() {
    assertThat(suggestions()).isNotEmpty();
    cards().stream()
        .filter(c -> c.has("selectionBehavior"))
        .forEach(
            c -> {
              assertThat(c.get("selectionBehavior").asString()).isIn("at-most-one", "any");
              int recommended = 0;
              for (JsonNode s : c.get("suggestions")) {
                recommended += s.path("isRecommended").asBoolean(false) ? 1 : 0;
              }
              assertThat(recommended).isLessThanOrEqualTo(1);
            });
  }

  @Test
  void req096_selectionBehaviorIsString() {
    assertThat(suggestions()).isNotEmpty();
    eachCard(c -> assertThat(c.has("selectionBehavior")).isEqualTo(c.has("suggestions")));
    cards().stream()
        .filter(c -> c.has("selectionBehavior"))
        .forEach(c -> assertThat(c.get("selectionBehavior").isString()).isTrue());
  }

  @Test
  void req098_overrideReasonsIsArrayOfCodings() {
    List<JsonNode> withReasons = cards().stream().filter(c -> c.has("overrideReasons")).toList();
    assertThat(withReasons).isNotEmpty();
    withReasons.forEach(
        c -> {
          assertThat(c.get("overrideReasons").isArray() && !c.get("overrideReasons").isEmpty())
              .isTrue();
          c.get("overrideReasons")
              .forEach(
                  r -> assertThat(isString(r.get("code")) && isString(r.get("system"))).isTrue());
        });
  }

  @Test
  void req100_overrideReasonsHaveDisplay() {
    cards()
        .forEach(
            c ->
                c.path("overrideReasons")
                    .forEach(r -> assertThat(isString(r.get("display"))).isTrue()));
  }

  @Test
  void req103_cardLinksIsArrayOfLinks() {
    cards().stream()
        .filter(c -> c.has("links"))
        .forEach(
            c ->
                c.get("links")
                    .forEach(
                        l ->
                            assertThat(
                                    isString(l.get("label"))
                                        && isString(l.get("url"))
                                        && isString(l.get("type")))
                                .isTrue()));
    assertThat(links()).isNotEmpty();
  }

  @Test
  void req105_sourceLabelRequiredString() {
    eachCard(c -> assertThat(isString(c.get("source").get("label"))).isTrue());
  }

  @Test
  void req107_sourceUrlIsAbsolute() {
    eachCard(
        c -> {
          if (c.get("source").has("url")) {
            assertThat(URI.create(c.get("source").get("url").asString()).isAbsolute()).isTrue();
          }
        });
  }

  @Test
  void req111_sourceIconIsAbsolute() {
    eachCard(
        c -> {
          if (c.get("source").has("icon")) {
            assertThat(URI.create(c.get("source").get("icon").asString()).isAbsolute()).isTrue();
          }
        });
  }

  @Test
  void req115_sourceTopicIsCoding() {
    List<JsonNode> topics =
        cards().stream()
            .filter(c -> c.get("source").has("topic"))
            .map(c -> c.get("source").get("topic"))
            .toList();
    assertThat(topics).isNotEmpty();
    topics.forEach(t -> assertThat(isString(t.get("code")) && isString(t.get("system"))).isTrue());
  }

  // ---- Suggestions and actions

  @Test
  void req117_suggestionLabelRequiredString() {
    suggestions().forEach(s -> assertThat(isString(s.get("label"))).isTrue());
  }

  @Test
  void req119_suggestionUuidIsString() {
    suggestions().forEach(s -> assertThat(UUID.fromString(s.get("uuid").asString())).isNotNull());
  }

  @Test
  void req121_suggestionIsRecommendedIsBoolean() {
    suggestions().stream()
        .filter(s -> s.has("isRecommended"))
        .forEach(s -> assertThat(s.get("isRecommended").isBoolean()).isTrue());
  }

  @Test
  void req124_suggestionActionsIsArrayOfActions() {
    suggestions()
        .forEach(
            s -> {
              assertThat(s.get("actions").isArray() && !s.get("actions").isEmpty()).isTrue();
              s.get("actions").forEach(a -> assertThat(isString(a.get("type"))).isTrue());
            });
  }

  @Test
  void req125_suggestionActionsFormOneCoherentChange() {
    String order =
        "ServiceRequest/"
            + alternativesRequest
                .get("context")
                .get("draftOrders")
                .get("entry")
                .get(0)
                .get("resource")
                .get("id")
                .asString();
    alternatives
        .get("cards")
        .get(0)
        .get("suggestions")
        .forEach(
            s -> {
              List<String> types = new ArrayList<>();
              s.get("actions").forEach(a -> types.add(a.get("type").asString()));
              assertThat(types).containsExactly("delete", "create");
              assertThat(s.get("actions").get(0).get("resourceId").asString()).isEqualTo(order);
              assertThat(s.get("actions").get(1).get("resource").get("resourceType").asString())
                  .isEqualTo("ServiceRequest");
            });
  }

  @Test
  void req127_actionTypeRequiredAllowedValues() {
    actions().forEach(a -> assertThat(a.get("type").asString()).isIn("create", "update", "delete"));
  }

  @Test
  void req128_actionDescriptionRequiredString() {
    actions().forEach(a -> assertThat(isString(a.get("description"))).isTrue());
  }

  @Test
  void req130_actionResourceIsFhirResource() {
    actions().stream()
        .filter(a -> a.has("resource"))
        .forEach(
            a -> {
              assertThat(
                      a.get("resource").isObject()
                          && isString(a.get("resource").get("resourceType")))
                  .isTrue();
              assertThat(
                      FhirContext.forR4Cached()
                          .newJsonParser()
                          .parseResource(a.get("resource").toString()))
                  .isNotNull();
            });
  }

  @Test
  void req131_createActionContainsNewResource() {
    List<JsonNode> creates =
        actions().stream().filter(a -> a.get("type").asString().equals("create")).toList();
    assertThat(creates).isNotEmpty();
    creates.forEach(
        a -> {
          assertThat(a.get("resource").get("resourceType").asString()).isEqualTo("ServiceRequest");
          assertThat(a.get("resource").has("id")).isFalse();
        });
  }

  @Test
  void req132_updateActionContainsWholeResource() {
    JsonNode original =
        alternativesRequest.get("context").get("draftOrders").get("entry").get(0).get("resource");
    JsonNode update = alternatives.get("systemActions").get(0).get("resource");
    assertThat(update.get("resourceType").asString()).isEqualTo("ServiceRequest");
    original
        .properties()
        .forEach(
            p -> {
              if (!p.getKey().equals("extension")) {
                assertThat(update.get(p.getKey())).as(p.getKey()).isEqualTo(p.getValue());
              }
            });
    assertThat(update.get("extension")).isNotEmpty();
    ServiceRequest parsed =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(ServiceRequest.class, update.toString());
    assertThat(parsed.getIdElement().getIdPart()).isEqualTo(original.get("id").asString());
  }

  @Test
  void req133_deleteActionDoesNotUseResourceForId() {
    List<JsonNode> deletes =
        actions().stream().filter(a -> a.get("type").asString().equals("delete")).toList();
    assertThat(deletes).isNotEmpty().allMatch(a -> !a.has("resource"));
  }

  @Test
  void req134_deleteActionProvidesResourceId() {
    List<JsonNode> deletes =
        actions().stream().filter(a -> a.get("type").asString().equals("delete")).toList();
    assertThat(deletes).isNotEmpty().allMatch(a -> isString(a.get("resourceId")));
  }

  @Test
  void req135_resourceIdIsRelativeReferenceString() {
    actions().stream()
        .filter(a -> a.has("resourceId"))
        .forEach(
            a ->
                assertThat(a.get("resourceId").asString())
                    .matches("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}"));
  }

  @Test
  void req136_overrideReasonDisplayHumanReadable() {
    cards()
        .forEach(
            c ->
                c.path("overrideReasons")
                    .forEach(
                        r ->
                            assertThat(r.get("display").asString())
                                .isNotBlank()
                                .isNotEqualTo(r.get("code").asString())
                                .contains(" ")));
  }

  // ---- Links

  @Test
  void req138_linkLabelRequiredString() {
    links().forEach(l -> assertThat(isString(l.get("label"))).isTrue());
  }

  @Test
  void req139_linkUrlRequiredUrl() {
    links()
        .forEach(
            l -> {
              URI uri = URI.create(l.get("url").asString());
              assertThat(uri.isAbsolute()).isTrue();
              assertThat(http.get(uri.getPath(), null).status()).isEqualTo(200);
            });
  }

  @Test
  void req141_linkTypeRequiredString() {
    links().forEach(l -> assertThat(l.get("type").isString()).isTrue());
  }

  @Test
  void req142_linkTypeAbsoluteOrSmart() {
    links().forEach(l -> assertThat(l.get("type").asString()).isEqualTo("absolute"));
  }

  @Test
  void req147_noAppContextOnAbsoluteLinks() {
    links().stream()
        .filter(l -> l.get("type").asString().equals("absolute"))
        .forEach(l -> assertThat(l.has("appContext")).isFalse());
  }

  // ---- Security

  @Test
  void req176_clientAuthenticatedBySignedJwt() {
    String body = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    assertThat(http.post(SIGN, null, body).status()).isEqualTo(401);
    assertThat(http.post(SIGN, null, body, "Authorization", "Bearer garbage").status())
        .isEqualTo(401);
    String foreign =
        ClientJwts.sign(
            ClientJwts.OTHER_KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(
                ClientJwts.ISS, url(SIGN), UUID.randomUUID().toString(), clock.instant()));
    assertThat(http.post(SIGN, null, body, "Authorization", "Bearer " + foreign).status())
        .isEqualTo(401);
    String valid = ClientJwts.token(url(SIGN), clock.instant());
    assertThat(http.post(SIGN, null, body, "Authorization", "Bearer " + valid).status())
        .isEqualTo(200);
    assertThat(http.post(SIGN, null, body, "Authorization", "Bearer " + valid).status())
        .isEqualTo(401);
    assertThat(
            http.post(
                    SIGN,
                    null,
                    body,
                    "Authorization",
                    "Bearer " + ClientJwts.token(url(SELECT), clock.instant()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void req199_jwksOutOfBandWhenNoJku() {
    String body = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    assertThat(
            http.post(
                    SIGN,
                    null,
                    body,
                    "Authorization",
                    "Bearer " + ClientJwts.token(url(SIGN), clock.instant()))
                .status())
        .isEqualTo(200);
    String jku = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/jwks";
    String withJku =
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            URI.create(jku),
            ClientJwts.claims(
                ClientJwts.ISS, url(SIGN), UUID.randomUUID().toString(), clock.instant()));
    assertThat(http.post(SIGN, null, body, "Authorization", "Bearer " + withJku).status())
        .isEqualTo(401);
    assertThat(fhirRequests).isEmpty();
  }

  @Test
  void req201_rejectsAlgNoneJwt() {
    assertThat(
            http.post(
                    SIGN,
                    null,
                    CdsFixtures.orderSign(CdsFixtures.CLEAR).toString(),
                    "Authorization",
                    "Bearer " + ClientJwts.unsigned(url(SIGN), clock.instant()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void req203_rejectsSymmetricallySignedJwt() {
    assertThat(
            http.post(
                    SIGN,
                    null,
                    CdsFixtures.orderSign(CdsFixtures.CLEAR).toString(),
                    "Authorization",
                    "Bearer " + ClientJwts.hmac(url(SIGN), clock.instant()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void req208_corsPreflightAndHeaders() {
    for (String path : List.of(SIGN, "/cds-services", SIGN + "/feedback")) {
      Http.Response r =
          http.send(
              "OPTIONS",
              path,
              null,
              null,
              null,
              "Origin",
              "https://ehr.example.org",
              "Access-Control-Request-Method",
              "POST",
              "Access-Control-Request-Headers",
              "authorization,content-type");
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://ehr.example.org");
      assertThat(r.header("Access-Control-Allow-Methods")).contains("POST");
      assertThat(r.header("Access-Control-Allow-Headers").toLowerCase())
          .contains("authorization", "content-type");
    }
    Http.Response other =
        http.send(
            "OPTIONS",
            SIGN,
            null,
            null,
            null,
            "Origin",
            "https://elsewhere.example",
            "Access-Control-Request-Method",
            "POST");
    assertThat(other.status()).isEqualTo(403);
  }

  // ---- Extensions and codings

  @Test
  void req214_extensionValuesAreJsonObjects() {
    responses.forEach(
        r -> {
          assertThat(!r.has("extension") || r.get("extension").isObject()).isTrue();
          r.get("cards")
              .forEach(
                  c -> assertThat(!c.has("extension") || c.get("extension").isObject()).isTrue());
        });
    discovery
        .get("services")
        .forEach(s -> assertThat(!s.has("extension") || s.get("extension").isObject()).isTrue());
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    request.putObject("extension").put("com.example.x", "y");
    JsonNode with = ok(SIGN, request);
    assertThat(with.get("cards").get(0).get("summary"))
        .isEqualTo(responses.get(0).get("cards").get(0).get("summary"));
  }

  @Test
  void req216_codingCodeRequiredString() {
    codings().forEach(c -> assertThat(isString(c.get("code"))).isTrue());
  }

  @Test
  void req217_codingSystemRequiredString() {
    codings()
        .forEach(c -> assertThat(URI.create(c.get("system").asString()).isAbsolute()).isTrue());
  }

  @Test
  void req218_codingCodeRequiredStringDuplicateRow() {
    req216_codingCodeRequiredString();
  }

  @Test
  void req219_codingDisplayRequiredForOverrideReasons() {
    cards()
        .forEach(
            c ->
                c.path("overrideReasons")
                    .forEach(r -> assertThat(r.get("display").isString()).isTrue()));
    assertThat(cards().stream().filter(c -> c.has("overrideReasons"))).isNotEmpty();
  }

  @Test
  void req220_codingDisplayOptionalForTopic() {
    cards().stream()
        .filter(c -> c.get("source").has("topic"))
        .forEach(
            c -> {
              JsonNode display = c.get("source").get("topic").get("display");
              assertThat(display == null || isString(display)).isTrue();
            });
  }
}
