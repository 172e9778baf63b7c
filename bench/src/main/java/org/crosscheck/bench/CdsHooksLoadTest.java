// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open-model load test of CDS Hooks {@code order-sign} with full prefetch, as an EHR calls it: each
 * request carries its own RS384-signed client JWT (signed before the run, so the client's signing
 * does not compete with the service for the two cores), and the bodies are the FHIR twins of the
 * vignettes split into prefetch keys, with an active Coverage (so the CRD coverage information is
 * computed and stored too).
 *
 * <p>{@code java ... CdsHooksLoadTest keys DIR} writes a test key pair (DIR/key.pk8,
 * DIR/jwks.json); {@code java ... CdsHooksLoadTest BASE_URL RATE SECONDS DIR [WARMUP_SECONDS]} runs
 * the load, after a warm-up at RATE in the same client when WARMUP_SECONDS is given. With {@code
 * -Dcrosscheck.bench.jwt=false} the requests carry no JWT (for a service run with {@code
 * require-jwt=false}: what the client's authentication costs the service).
 */
public final class CdsHooksLoadTest {

  static final String ISS = "https://ehr.bench.example";
  static final String SERVICE = "/cds-services/crosscheck-order-sign";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, String> KEYS =
      Map.of(
          "Condition",
          "conditions",
          "Observation",
          "observations",
          "MedicationRequest",
          "medicationRequests",
          "MedicationStatement",
          "medicationStatements",
          "Procedure",
          "procedures");

  private CdsHooksLoadTest() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("keys")) {
      keys(Path.of(args[1]));
      return;
    }
    String base = args[0];
    int rate = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    PrivateKey key =
        KeyFactory.getInstance("RSA")
            .generatePrivate(
                new PKCS8EncodedKeySpec(
                    Base64.getDecoder()
                        .decode(Files.readString(Path.of(args[3], "key.pk8")).trim())));
    List<byte[]> bodies = requests();
    int total = rate * (warmUp + seconds);
    String aud = base + SERVICE;
    boolean jwt = Boolean.parseBoolean(System.getProperty("crosscheck.bench.jwt", "true"));
    List<String> tokens = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      tokens.add(jwt ? token(key, aud) : null);
    }
    try (OpenModelLoad load = new OpenModelLoad()) {
      if (warmUp > 0) {
        run(
            load,
            "warm-up",
            URI.create(aud),
            bodies,
            tokens.subList(0, rate * warmUp),
            rate,
            warmUp);
      }
      run(
          load,
          "order-sign",
          URI.create(aud),
          bodies,
          tokens.subList(rate * warmUp, total),
          rate,
          seconds);
    }
  }

  private static void run(
      OpenModelLoad load,
      String label,
      URI uri,
      List<byte[]> bodies,
      List<String> tokens,
      int rate,
      int seconds) {
    load.run(
        label,
        rate,
        seconds,
        i -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size())));
          if (tokens.get(i) != null) {
            request.header("Authorization", "Bearer " + tokens.get(i));
          }
          return List.of(request.build());
        },
        (i, r) -> {});
  }

  /**
   * One order-sign request per FHIR twin: its ServiceRequest as the draft order, the rest as
   * prefetch.
   */
  static List<byte[]> requests() throws Exception {
    Path root =
        Path.of(
            System.getProperty(
                "crosscheck.bench.twins", "test-cases/src/main/resources/fhir-twins"));
    List<byte[]> bodies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path twin : files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList()) {
        bodies.add(JSON.writeValueAsBytes(request(JSON.readTree(Files.readAllBytes(twin)))));
      }
    }
    return bodies;
  }

  private static ObjectNode request(JsonNode bundle) {
    ObjectNode request =
        JSON.createObjectNode()
            .put("hook", "order-sign")
            .put("hookInstance", UUID.randomUUID().toString());
    ObjectNode context = request.putObject("context").put("userId", "Practitioner/bench");
    ObjectNode drafts =
        JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
    ObjectNode prefetch = JSON.createObjectNode();
    Map<String, ArrayNode> searches = new TreeMap<>();
    for (String key :
        List.of(
            "conditions",
            "observations",
            "medicationRequests",
            "medicationStatements",
            "procedures",
            "coverage")) {
      ObjectNode searchset =
          prefetch.putObject(key).put("resourceType", "Bundle").put("type", "searchset");
      searches.put(key, searchset.putArray("entry"));
    }
    for (JsonNode entry : bundle.get("entry")) {
      JsonNode resource = entry.get("resource");
      String type = resource.get("resourceType").asString();
      if (type.equals("ServiceRequest")) {
        drafts.withArray("entry").addObject().set("resource", resource);
      } else if (type.equals("Patient")) {
        prefetch.set("patient", resource);
        context.put("patientId", resource.get("id").asString());
      } else {
        searches.get(KEYS.getOrDefault(type, "observations")).addObject().set("resource", resource);
      }
    }
    searches
        .get("coverage")
        .addObject()
        .putObject("resource")
        .put("resourceType", "Coverage")
        .put("id", "cov-1")
        .put("status", "active")
        .putObject("beneficiary")
        .put("reference", "Patient/" + context.get("patientId").asString());
    context.set("draftOrders", drafts);
    request.set("prefetch", prefetch);
    return request;
  }

  private static String token(PrivateKey key, String aud) throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String header =
        b64(JSON.writeValueAsBytes(Map.of("alg", "RS384", "typ", "JWT", "kid", "bench-1")));
    String claims =
        b64(
            JSON.writeValueAsBytes(
                Map.of(
                    "iss",
                    ISS,
                    "aud",
                    aud,
                    "iat",
                    now,
                    "exp",
                    now + 240,
                    "jti",
                    UUID.randomUUID().toString())));
    Signature rs384 = Signature.getInstance("SHA384withRSA");
    rs384.initSign(key);
    rs384.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return header + "." + claims + "." + b64(rs384.sign());
  }

  private static void keys(Path dir) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("key.pk8"), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    Map<String, String> jwk =
        Map.of(
            "kty",
            "RSA",
            "kid",
            "bench-1",
            "use",
            "sig",
            "alg",
            "RS384",
            "n",
            b64(unsigned(pub.getModulus())),
            "e",
            b64(unsigned(pub.getPublicExponent())));
    Files.writeString(
        dir.resolve("jwks.json"), JSON.writeValueAsString(Map.of("keys", List.of(jwk))));
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
