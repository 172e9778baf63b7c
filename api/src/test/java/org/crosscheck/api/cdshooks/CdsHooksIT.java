// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.ClientJwts;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CDS Hooks service end to end over HTTP and PostgreSQL, with a test EHR's signed JWTs, the
 * FHIR twins of the vignettes as patient data, and a stand-in FHIR server (and key server) for what
 * is not prefetched.
 */
class CdsHooksIT extends PostgresIT {

  static final String SIGN = "/cds-services/crosscheck-order-sign";
  static final String SELECT = "/cds-services/crosscheck-order-select";
  static final String CRD =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

  /**
   * A stand-in for the EHR's FHIR server and its key URL: answers by path, records the
   * Authorization it got.
   */
  static final HttpServer EHR = start();

  static final Map<String, String> FHIR_ANSWERS = new ConcurrentHashMap<>();
  static final List<String> FHIR_AUTHORIZATIONS = new CopyOnWriteArrayList<>();
  static volatile int fhirStatus = 200;

  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void cdsClients(DynamicPropertyRegistry registry) {
    ClientJwts.trust(registry);
    registry.add("crosscheck.cds-hooks.clients[0].allowed-jku[0]", () -> ehr() + "/jwks");
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            String key = exchange.getRequestURI().toString();
            FHIR_AUTHORIZATIONS.add(
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String body =
                key.equals("/jwks")
                    ? new JWKSet(ClientJwts.OTHER_KEY.toPublicJWK()).toString()
                    : FHIR_ANSWERS.get(key.substring("/fhir/".length()));
            if (body != null && body.startsWith("SLOW:")) {
              try {
                Thread.sleep(2_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              body = body.substring("SLOW:".length());
            }
            int status = key.equals("/jwks") ? 200 : body == null ? 404 : fhirStatus;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    EHR.stop(0);
  }

  private static final Map<String, String> KEYS =
      Map.of("Condition", "conditions", "Observation", "observations", "Procedure", "procedures");

  /**
   * The query the service sends the FHIR server for a prefetch key, as the stand-in server sees its
   * path.
   */
  static String query(String key, String patient) {
    return org.crosscheck.api.cdshooks.CdsServiceRegistry.prefetchQuery(key, patient)
        .replace("|", "%7C");
  }

  static String ehr() {
    return "http://127.0.0.1:" + EHR.getAddress().getPort();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  Http.Response call(String path, JsonNode request) {
    return http.post(
        path,
        null,
        request.toString(),
        "Authorization",
        "Bearer " + ClientJwts.token(url(path), clock.instant()));
  }

  int cards() {
    return jdbc.sql("SELECT count(*) FROM cds_card").query(Integer.class).single();
  }

  static JsonNode extension(JsonNode coverageInformation, String url) {
    for (JsonNode e : coverageInformation.get("extension")) {
      if (e.get("url").asString().equals(url)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The README's example request ({@code docs/examples/cds-hooks/order-sign.json}, the order-sign
   * request built from a FHIR twin; rewrite it with {@code -Dcrosscheck.examples.write=true}) gets
   * a card citing the criterion. The README posts it without a JWT, as the dev security mode
   * allows; here a JWT is required and sent.
   */
  @Test
  void theReadmeExampleGetsACardCitingTheCriterion() throws IOException {
    java.nio.file.Path example =
        java.nio.file.Path.of("../docs/examples/cds-hooks/order-sign.json");
    if (Boolean.getBoolean("crosscheck.examples.write")) {
      ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
      request.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
      java.nio.file.Files.writeString(
          example,
          CdsFixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request) + "\n");
    }
    Http.Response r =
        call(SIGN, CdsFixtures.JSON.readTree(java.nio.file.Files.readString(example)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("cards").get(0).get("source").get("label").asString())
        .isEqualTo(
            "Crosscheck: Patel MR et al. J Am Coll Cardiol 2012;59:857-81, Table 3, indication 57");
  }

  /**
   * Every FHIR twin of the vignettes through order-sign: one card whose indicator follows the
   * vignette's expected outcome (info when clear or an emergency, warning otherwise), citing the
   * expected criterion when there is one.
   */
  @Test
  void everyTwinGetsTheCardItsVignetteExpects() throws IOException {
    java.nio.file.Path twins =
        org.crosscheck.testcases.Vignettes.root().resolveSibling("fhir-twins");
    List<java.nio.file.Path> files;
    try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(twins)) {
      files = walk.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    for (java.nio.file.Path twin : files) {
      String relative = twins.relativize(twin).toString();
      JsonNode vignette =
          CdsFixtures.JSON.readTree(
              java.nio.file.Files.readAllBytes(
                  org.crosscheck.testcases.Vignettes.root()
                      .resolve(relative.replace(".bundle.json", ".json"))));
      Http.Response r = call(SIGN, CdsFixtures.orderSign(relative));
      assertThat(r.status()).as(relative + ": " + r.body()).isEqualTo(200);
      JsonNode card = r.json().get("cards").get(0);
      String outcome = vignette.get("expected").get("outcome").asString();
      assertThat(
              jdbc.sql("SELECT outcome FROM cds_card WHERE uuid = ?")
                  .param(card.get("uuid").asString())
                  .query(String.class)
                  .single())
          .as(relative)
          .isEqualTo(outcome);
      assertThat(card.get("indicator").asString())
          .as(relative)
          .isEqualTo(outcome.equals("CLEAR") || outcome.equals("NO_DELAY") ? "info" : "warning");
      JsonNode criterion = vignette.get("expected").get("criterion");
      boolean matches = vignette.get("expected").path("matches").asBoolean(true);
      if (criterion != null
          && criterion.isString()
          && matches
          && !vignette.get("expected").path("tier").asString("").equals("NO_CRITERIA_APPLY")) {
        assertThat(card.get("source").has("topic")).as(relative + ": " + card).isTrue();
        // the citation names the criterion as an indication (2012), a scenario (2023) or a variant
        // of its topic (ACR)
        assertThat(card.get("detail").asString())
            .as(relative)
            .containsPattern(
                "(indication|scenario|variant) "
                    + java.util.regex.Pattern.quote(criterion.asString().replaceFirst(".*/", ""))
                    + "(?![0-9])");
      }
    }
  }

  @Test
  void whereNotTestingIsRatedAppropriateTheSuggestionIsToCancelTheOrder() {
    Http.Response r =
        call(SIGN, CdsFixtures.orderSign("imaging/multimodality-2023/IM23-39-CAC-pos.bundle.json"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode card = r.json().get("cards").get(0);
    assertThat(card.get("suggestions").get(0).get("label").asString())
        .startsWith("Do not order CAC scoring");
    JsonNode action = card.get("suggestions").get(0).get("actions").get(0);
    assertThat(action.get("type").asString()).isEqualTo("delete");
    assertThat(action.get("resourceId").asString()).startsWith("ServiceRequest/");
  }

  @Test
  void discoveryListsBothOrderHooksWithTheirPrefetch() {
    Http.Response r = http.get("/cds-services", null);
    assertThat(r.status()).isEqualTo(200);
    JsonNode services = r.json().get("services");
    assertThat(services).hasSize(2);
    assertThat(services.get(0).get("hook").asString()).isEqualTo("order-select");
    assertThat(services.get(1).get("id").asString()).isEqualTo("crosscheck-order-sign");
    assertThat(services.get(1).get("prefetch").get("patient").asString())
        .isEqualTo("Patient/{{context.patientId}}");
  }

  @Test
  void orderSignGivesACardCitingTheCriterionAndTheCoverageInformationStoredForAudit() {
    Http.Response r = call(SIGN, CdsFixtures.orderSign(CdsFixtures.REVIEW));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode card = r.json().get("cards").get(0);
    assertThat(r.json().get("cards")).hasSize(1);
    assertThat(card.get("indicator").asString()).isEqualTo("warning");
    assertThat(card.get("summary").asString())
        .hasSizeLessThanOrEqualTo(140)
        .contains("PCI rated may be appropriate")
        .contains("second review");
    assertThat(card.get("source").get("label").asString())
        .contains("Patel MR et al. J Am Coll Cardiol 2012")
        .contains("indication 57");
    assertThat(card.get("source").get("topic").get("code").asString())
        .startsWith("revasc-auc-2012/57");
    assertThat(card.get("detail").asString())
        .contains("**Criterion:**")
        .contains("**How the data were read:**")
        .contains("**How the FHIR data were read:**")
        .contains("- ServiceRequest.priority read as the request's urgency")
        .doesNotContain("FHIR_PRIORITY_AS_URGENCY");
    assertThat(card.get("overrideReasons")).isNotEmpty();
    assertThat(card.get("links").get(0).get("type").asString()).isEqualTo("absolute");
    assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(url("/"));

    JsonNode action = r.json().get("systemActions").get(0);
    assertThat(action.get("type").asString()).isEqualTo("update");
    JsonNode info = action.get("resource").get("extension").get(0);
    assertThat(info.get("url").asString()).isEqualTo(CRD);
    assertThat(extension(info, "covered").get("valueCode").asString()).isEqualTo("covered");
    assertThat(extension(info, "pa-needed").get("valueCode").asString()).isEqualTo("auth-needed");
    assertThat(extension(info, "doc-needed").get("valueCode").asString()).isEqualTo("clinical");
    assertThat(extension(info, "doc-purpose").get("valueCode").asString()).isEqualTo("withpa");
    assertThat(extension(info, "coverage").get("valueReference").get("reference").asString())
        .isEqualTo("Coverage/cov-1");
    String assertion = extension(info, "coverage-assertion-id").get("valueString").asString();
    Map<String, Object> stored =
        jdbc.sql(
                "SELECT uuid, outcome, client_iss, order_ref FROM cds_card "
                    + "WHERE coverage_assertion_id = ?")
            .param(assertion)
            .query()
            .singleRow();
    assertThat(stored)
        .containsEntry("uuid", card.get("uuid").asString())
        .containsEntry("outcome", "SECOND_REVIEW")
        .containsEntry("client_iss", ClientJwts.ISS);
  }

  /**
   * CRD STU2: no update of the order "unless something is new"; the card still comes, with the same
   * assertion.
   */
  @Test
  void anOrderResignedWithTheSameCoverageInformationGetsNoSecondUpdate() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    JsonNode first = call(SIGN, request).json();
    JsonNode annotated = first.get("systemActions").get(0).get("resource");
    ((ObjectNode) request.get("context").get("draftOrders").get("entry").get(0))
        .set("resource", annotated);
    request.put("hookInstance", UUID.randomUUID().toString());
    Http.Response again = call(SIGN, request);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().has("systemActions")).isFalse();
    assertThat(again.json().get("cards")).hasSize(1);
    String assertion =
        extension(annotated.get("extension").get(0), "coverage-assertion-id")
            .get("valueString")
            .asString();
    assertThat(
            jdbc.sql("SELECT count(*) FROM cds_card WHERE coverage_assertion_id = ?")
                .param(assertion)
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aClearOrderIsInformationOnlyAndCovered() {
    Http.Response r = call(SIGN, CdsFixtures.orderSign(CdsFixtures.CLEAR));
    JsonNode card = r.json().get("cards").get(0);
    assertThat(card.get("indicator").asString()).isEqualTo("info");
    assertThat(card.get("summary").asString()).contains("no second review needed");
    assertThat(card.has("suggestions")).isFalse();
    assertThat(card.has("overrideReasons")).isFalse();
    JsonNode info = r.json().get("systemActions").get(0).get("resource").get("extension").get(0);
    assertThat(extension(info, "covered").get("valueCode").asString()).isEqualTo("covered");
    assertThat(extension(info, "pa-needed").get("valueCode").asString()).isEqualTo("no-auth");
  }

  @Test
  void anEmergencyIsNeverHeldItsCardOnlyInforms() {
    Http.Response r = call(SIGN, CdsFixtures.orderSign(CdsFixtures.EMERGENT));
    JsonNode card = r.json().get("cards").get(0);
    assertThat(card.get("indicator").asString()).isEqualTo("info");
    assertThat(card.get("summary").asString()).startsWith("Emergency PCI: not held for review");
    assertThat(card.has("suggestions")).isFalse();
    assertThat(card.has("overrideReasons")).isFalse();
    JsonNode info = r.json().get("systemActions").get(0).get("resource").get("extension").get(0);
    assertThat(extension(info, "pa-needed").get("valueCode").asString()).isEqualTo("no-auth");
  }

  @Test
  void missingDataPendsWithAWarningNamingWhatIsNeeded() {
    Http.Response r = call(SIGN, CdsFixtures.orderSign(CdsFixtures.PEND));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode card = r.json().get("cards").get(0);
    assertThat(card.get("indicator").asString()).isEqualTo("warning");
    assertThat(card.get("detail").asString())
        .contains("**Data needed to rate it:**")
        .contains("- SYNTAX score\n");
  }

  @Test
  void orderSelectRatesTheSelectedOrderWithoutCoverageActions() {
    Http.Response r = call(SELECT, CdsFixtures.orderSelect(CdsFixtures.REVIEW));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("cards")).hasSize(1);
    assertThat(r.json().has("systemActions")).isFalse();
  }

  @Test
  void ordersForOtherThingsGetNoCardsAndNothingIsStored() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ObjectNode order =
        (ObjectNode) request.get("context").get("draftOrders").get("entry").get(0).get("resource");
    ObjectNode coding = (ObjectNode) order.get("code").get("coding").get(0);
    coding.put("system", "http://loinc.org").put("code", "2093-3");
    int before = cards();
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("cards")).isEmpty();
    assertThat(cards()).isEqualTo(before);
  }

  @Test
  void missingPrefetchWithoutAFhirServerIs412AndNothingIsStored() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ((ObjectNode) request.get("prefetch")).remove("observations");
    int before = cards();
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).isEqualTo(412);
    assertThat(r.json().get("detail").asString()).contains("observations");
    assertThat(cards()).isEqualTo(before);
  }

  @Test
  void missingPrefetchIsReadFromTheFhirServerWithTheGivenToken() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    String patient = request.get("context").get("patientId").asString();
    ((ObjectNode) request.get("prefetch")).remove("observations");
    FHIR_ANSWERS.put(
        query("observations", patient), CdsFixtures.searchset(CdsFixtures.REVIEW, "Observation"));
    request.put("fhirServer", ehr() + "/fhir");
    request
        .putObject("fhirAuthorization")
        .put("access_token", "token-123")
        .put("token_type", "Bearer")
        .put("expires_in", 300)
        .put("scope", "patient/Observation.read")
        .put("subject", "crosscheck");
    FHIR_AUTHORIZATIONS.clear();
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("cards").get(0).get("summary").asString())
        .contains("may be appropriate");
    assertThat(FHIR_AUTHORIZATIONS).containsExactly("Bearer token-123");
  }

  @Test
  void onlyAFhirServerConfiguredForTheClientIsRead() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ((ObjectNode) request.get("prefetch")).remove("observations");
    request.put("fhirServer", "http://169.254.169.254/latest/meta-data");
    FHIR_AUTHORIZATIONS.clear();
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).isEqualTo(412);
    assertThat(r.json().get("detail").asString())
        .contains("not a FHIR server configured for this client");
    // and without a verified client (no JWT, where dev mode would allow the call) nothing is read
    // at all
    assertThat(FHIR_AUTHORIZATIONS).isEmpty();
  }

  @Test
  void aNextPageOnAnotherServerIsNotFollowed() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    String patient = request.get("context").get("patientId").asString();
    ((ObjectNode) request.get("prefetch")).remove("procedures");
    FHIR_ANSWERS.put(
        query("procedures", patient),
        "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", "
            + "\"link\": [{\"relation\": \"next\", \"url\": \"https://elsewhere.example/fhir/Procedure?page=2\"}]}");
    request.put("fhirServer", ehr() + "/fhir");
    Http.Response r = call(SIGN, request);
    assertThat(r.status()).isEqualTo(412);
    assertThat(r.json().get("detail").asString()).contains("another server");
  }

  @Test
  void missingPrefetchKeysAreReadAtTheSameTime() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    String patient = request.get("context").get("patientId").asString();
    for (String key : List.of("conditions", "observations", "procedures")) {
      ((ObjectNode) request.get("prefetch")).remove(key);
    }
    for (String type : List.of("Condition", "Observation", "Procedure")) {
      FHIR_ANSWERS.put(
          query(KEYS.get(type), patient),
          "SLOW:" + CdsFixtures.searchset(CdsFixtures.REVIEW, type));
    }
    request.put("fhirServer", ehr() + "/fhir");
    long start = System.nanoTime();
    Http.Response r = call(SIGN, request);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("cards").get(0).get("summary").asString())
        .contains("may be appropriate");
    // three reads of 2 s each: 6 s one after the other (past the 4 s deadline), about 2 s together
    assertThat(millis).isLessThan(4_000);
    for (String type : List.of("Condition", "Observation", "Procedure")) {
      FHIR_ANSWERS.remove(query(KEYS.get(type), patient));
    }
  }

  @Test
  void aFhirServerThatRefusesIs412() {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    String patient = request.get("context").get("patientId").asString();
    ((ObjectNode) request.get("prefetch")).remove("conditions");
    FHIR_ANSWERS.put("Condition?patient=" + patient, "{}");
    request.put("fhirServer", ehr() + "/fhir");
    fhirStatus = 401;
    try {
      Http.Response r = call(SIGN, request);
      assertThat(r.status()).isEqualTo(412);
      assertThat(r.json().get("detail").asString()).contains("401");
    } finally {
      fhirStatus = 200;
    }
  }

  @Test
  void badOrMissingJwtsAre401() {
    String body = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    Instant now = clock.instant();
    String aud = url(SIGN);
    Map<String, String> tokens = new java.util.LinkedHashMap<>();
    tokens.put("garbage", "not-a-jwt");
    tokens.put("wrong aud", ClientJwts.token(url(SELECT), now));
    tokens.put(
        "expired",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(
                ClientJwts.ISS, aud, UUID.randomUUID().toString(), now.minusSeconds(3600))));
    tokens.put(
        "iat in the future",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(
                ClientJwts.ISS, aud, UUID.randomUUID().toString(), now.plusSeconds(600))));
    tokens.put(
        "unknown iss",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims("https://other.example", aud, UUID.randomUUID().toString(), now)));
    tokens.put(
        "other key",
        ClientJwts.sign(
            ClientJwts.OTHER_KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(ClientJwts.ISS, aud, UUID.randomUUID().toString(), now)));
    tokens.put("hmac", ClientJwts.hmac(aud, now));
    tokens.put("alg none", ClientJwts.unsigned(aud, now));
    tokens.put(
        "jku not allowed",
        ClientJwts.sign(
            ClientJwts.OTHER_KEY,
            JWSAlgorithm.RS384,
            URI.create("https://keys.attacker.example/jwks"),
            ClientJwts.claims(ClientJwts.ISS, aud, UUID.randomUUID().toString(), now)));
    tokens.put(
        "no iss",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(null, aud, UUID.randomUUID().toString(), now)));
    tokens.put(
        "no jti",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(ClientJwts.ISS, aud, null, now)));
    tokens.put(
        "exp an hour ahead",
        ClientJwts.sign(
            ClientJwts.KEY,
            JWSAlgorithm.RS384,
            null,
            ClientJwts.claims(ClientJwts.ISS, aud, UUID.randomUUID().toString(), now)
                .expirationTime(java.util.Date.from(now.plusSeconds(3600)))));
    Map<String, String> reasons =
        Map.of(
            "wrong aud",
            "aud",
            "expired",
            "Expired",
            "unknown iss",
            "not a known",
            "hmac",
            "alg",
            "alg none",
            "signed JWT",
            "jku not allowed",
            "jku",
            "no iss",
            "not a known",
            "exp an hour ahead",
            "5 minutes",
            "iat in the future",
            "iat");
    assertThat(http.post(SIGN, null, body).status()).as("no token").isEqualTo(401);
    int before = cards();
    tokens.forEach(
        (name, token) -> {
          Http.Response r = http.post(SIGN, null, body, "Authorization", "Bearer " + token);
          assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(401);
          assertThat(r.header("Content-Type")).startsWith("application/problem+json");
          if (reasons.containsKey(name)) {
            assertThat(r.json().get("detail").asString())
                .as(name)
                .containsIgnoringCase(reasons.get(name));
          }
        });
    assertThat(cards()).isEqualTo(before);
  }

  @Test
  void aReplayedJwtIsRefusedAndAKeyAtAnAllowedJkuIsAccepted() {
    String body = CdsFixtures.orderSign(CdsFixtures.CLEAR).toString();
    String token =
        ClientJwts.sign(
            ClientJwts.OTHER_KEY,
            JWSAlgorithm.RS384,
            URI.create(ehr() + "/jwks"),
            ClientJwts.claims(
                ClientJwts.ISS, url(SIGN), UUID.randomUUID().toString(), clock.instant()));
    Http.Response first = http.post(SIGN, null, body, "Authorization", "Bearer " + token);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    Http.Response replay = http.post(SIGN, null, body, "Authorization", "Bearer " + token);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.json().get("detail").asString()).contains("replay");
  }

  @Test
  void badRequestsAre400NotJson422NotConformantOr404WithAClearMessageAndNothingIsStored() {
    int before = cards();
    Http.Response malformed =
        http.post(
            SIGN,
            null,
            "{\"hook\": ",
            "Authorization",
            "Bearer " + ClientJwts.token(url(SIGN), clock.instant()));
    assertThat(malformed.status()).isEqualTo(400);

    ObjectNode wrongType = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ((ObjectNode) wrongType.get("context"))
        .set(
            "draftOrders",
            CdsFixtures.JSON.readTree("{\"resourceType\": \"Patient\", \"id\": \"p\"}"));
    Http.Response r1 = call(SIGN, wrongType);
    assertThat(r1.status()).isEqualTo(422);
    assertThat(r1.json().get("detail").asString()).contains("context.draftOrders");

    ObjectNode notFhir = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ((ObjectNode) notFhir.get("prefetch"))
        .set("conditions", CdsFixtures.JSON.readTree("{\"resourceType\": \"NotAResource\"}"));
    Http.Response r2 = call(SIGN, notFhir);
    assertThat(r2.status()).isEqualTo(422);
    assertThat(r2.json().get("detail").asString()).contains("prefetch.conditions");

    ObjectNode noPatient = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    ((ObjectNode) noPatient.get("prefetch"))
        .set(
            "patient",
            CdsFixtures.JSON.readTree("{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}"));
    Http.Response r3 = call(SIGN, noPatient);
    assertThat(r3.status()).as(r3.body()).isEqualTo(422);
    assertThat(r3.json().get("detail").asString()).containsIgnoringCase("patient");

    ObjectNode wrongHook = CdsFixtures.orderSign(CdsFixtures.REVIEW);
    Http.Response r4 = call(SELECT, wrongHook);
    assertThat(r4.status()).isEqualTo(422);
    assertThat(r4.json().get("detail").asString()).contains("hook");

    assertThat(
            call("/cds-services/no-such-service", CdsFixtures.orderSign(CdsFixtures.REVIEW))
                .status())
        .isEqualTo(404);
    assertThat(cards()).isEqualTo(before);
  }

  @Test
  void feedbackIsStoredWithTheOverrideReasonAndAllOrNothing() {
    JsonNode card =
        call(SIGN, CdsFixtures.orderSign(CdsFixtures.REVIEW)).json().get("cards").get(0);
    String uuid = card.get("uuid").asString();
    JsonNode reason = card.get("overrideReasons").get(0);
    String overridden =
        """
        {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-03-01T09:05:00Z",
          "overrideReason": {"reason": %s, "userComment": "FFR done at the referring centre"}}]}"""
            .formatted(uuid, reason);
    Http.Response r = call(SIGN + "/feedback", CdsFixtures.JSON.readTree(overridden));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    Map<String, Object> stored =
        jdbc.sql(
                "SELECT outcome, override_code, user_comment, client_iss FROM cds_feedback "
                    + "WHERE card_uuid = ?")
            .param(uuid)
            .query()
            .singleRow();
    assertThat(stored)
        .containsEntry("outcome", "overridden")
        .containsEntry("override_code", "documented-elsewhere")
        .containsEntry("user_comment", "FFR done at the referring centre")
        .containsEntry("client_iss", ClientJwts.ISS);

    String mixed =
        """
        {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-01T09:06:00Z"},
          {"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-01T09:06:00Z"}]}"""
            .formatted(uuid, UUID.randomUUID());
    Http.Response unknown = call(SIGN + "/feedback", CdsFixtures.JSON.readTree(mixed));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asString()).contains("feedback[1].card");
    assertThat(
            jdbc.sql("SELECT count(*) FROM cds_feedback WHERE card_uuid = ?")
                .param(uuid)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void acceptedSuggestionsMustBeSuggestionsOfTheCard() {
    JsonNode card =
        call(
                SIGN,
                CdsFixtures.orderSign(
                    "imaging/acr/chronic-chest-pain-high-probability/"
                        + "ACR-CCPH-V1-CORONARY_ANGIOGRAPHY-neg.bundle.json"))
            .json()
            .get("cards")
            .get(0);
    String uuid = card.get("uuid").asString();
    String suggestion = card.get("suggestions").get(0).get("uuid").asString();
    String foreign =
        """
        {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-01T09:05:00Z",
          "acceptedSuggestions": [{"id": "%s"}]}]}"""
            .formatted(uuid, UUID.randomUUID());
    Http.Response refused = call(SIGN + "/feedback", CdsFixtures.JSON.readTree(foreign));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("detail").asString())
        .contains("feedback[0].acceptedSuggestions[0].id");
    String accepted =
        """
        {"feedback": [{"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-03-01T09:05:00Z",
          "acceptedSuggestions": [{"id": "%s"}]}]}"""
            .formatted(uuid, suggestion);
    assertThat(call(SIGN + "/feedback", CdsFixtures.JSON.readTree(accepted)).status())
        .isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT accepted_suggestions FROM cds_feedback WHERE card_uuid = ?")
                .param(uuid)
                .query(String.class)
                .list())
        .containsExactly(suggestion);
  }

  @Test
  void browserClientsGetCorsHeaders() {
    Http.Response r =
        http.send(
            "OPTIONS",
            SIGN,
            null,
            null,
            null,
            "Origin",
            "https://ehr.example.org",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "authorization,content-type");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://ehr.example.org");
    assertThat(r.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
  }
}
