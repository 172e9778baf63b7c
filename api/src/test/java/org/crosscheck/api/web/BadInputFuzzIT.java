// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crosscheck.api.CrosscheckApiApplication;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.crosscheck.api.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated bad input for the three POST endpoints: valid cases mutated along the paths of the
 * published case schema (any JSON value of any type at any field, fields removed, unknown fields,
 * text with NUL, unpaired surrogates or 5,000 characters, numbers past every range, then bytes cut
 * short, keys duplicated, invalid UTF-8), and review decisions made of the same. Whatever is sent,
 * the answer is a success or a 4xx problem+json that names no Java class, method or library; never
 * a 5xx. The service runs on the tests' shared database.
 */
class BadInputFuzzIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Writes unpaired surrogates as {@code \\uD800} escapes (raw, they are not UTF-8 at all). */
  private static final JsonMapper ESCAPING =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final List<List<Object>> PATHS =
      SchemaPaths.of(Path.of("../docs/case.schema.json"));

  private static ConfigurableApplicationContext app;
  private static String base;
  private static String review;

  @BeforeContainer
  static void start() {
    app =
        new SpringApplicationBuilder(CrosscheckApiApplication.class)
            .properties(TestDatabase.properties())
            .run("--server.port=0");
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    review =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate("fuzz-review", "ELECTIVE", "npi-1"))
            .json()
            .get("review")
            .get("id")
            .asString();
    assertThat(http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null).status())
        .isEqualTo(200);
  }

  @AfterContainer
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Property(tries = 300)
  void evaluationsNeverFail(@ForAll("badCases") byte[] body) {
    assertAnswered(post("/api/v1/evaluations", "requester", body, null));
  }

  @Property(tries = 300)
  void screeningsNeverFail(@ForAll("badCases") byte[] body, @ForAll("idempotencyKeys") String key) {
    assertAnswered(post("/api/v1/screenings", "requester", body, key));
  }

  @Property(tries = 300)
  void reviewDecisionsNeverFail(@ForAll("badDecisions") byte[] body) {
    assertAnswered(post("/api/v1/reviews/" + review + "/decision", "reviewer", body, null));
  }

  private static void assertAnswered(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isLessThan(500);
    if (r.statusCode() >= 400) {
      ProblemBodies.assertClean(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
  }

  private static HttpResponse<String> post(
      String path, String user, byte[] body, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + Http.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (idempotencyKey != null) {
      try {
        request.header("Idempotency-Key", idempotencyKey);
      } catch (IllegalArgumentException e) {
        Assume.that(false); // a value no HTTP client sends
      }
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // --- generators ---

  @Provide
  Arbitrary<byte[]> badCases() {
    Arbitrary<ObjectNode> mutated =
        Combinators.combine(validCases(), mutations().list().ofMinSize(1).ofMaxSize(4))
            .as(
                (c, ops) -> {
                  ObjectNode copy = c.deepCopy();
                  ops.forEach(op -> op.apply(copy));
                  return copy;
                });
    return rawDamage(mutated);
  }

  @Provide
  Arbitrary<byte[]> badDecisions() {
    Arbitrary<JsonNode> decision =
        Arbitraries.oneOf(
            Arbitraries.of("CONCUR", "OVERTURN", "REQUEST_INFO", "concur", "")
                .map(NODES::stringNode),
            junk());
    Arbitrary<JsonNode> alternative =
        Arbitraries.oneOf(
            Arbitraries.of("CABG", "MEDICAL_THERAPY", "PCI").map(NODES::stringNode), junk());
    Arbitrary<ObjectNode> body =
        Combinators.combine(
                decision.injectNull(0.2),
                junk().injectNull(0.2),
                alternative.injectNull(0.5),
                junk().injectNull(0.8))
            .as(
                (d, note, alt, extra) -> {
                  ObjectNode o = NODES.objectNode();
                  putIfPresent(o, "decision", d);
                  putIfPresent(o, "note", note);
                  putIfPresent(o, "alternative", alt);
                  putIfPresent(o, "unexpected", extra);
                  return o;
                });
    return rawDamage(body);
  }

  @Provide
  Arbitrary<String> idempotencyKeys() {
    // what a client can put in a header: visible ASCII, spaces, Latin-1 (non-ASCII), very long
    return Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40),
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\u00ff')
                .ofMinLength(1)
                .ofMaxLength(300),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(190).ofMaxLength(230))
        .injectNull(0.3);
  }

  private static void putIfPresent(ObjectNode o, String name, JsonNode value) {
    if (value != null) {
      o.set(name, value);
    }
  }

  private static Arbitrary<ObjectNode> validCases() {
    List<ObjectNode> cases = new ArrayList<>();
    cases.add((ObjectNode) JSON.readTree(Cases.appropriate("fuzz-a", "npi-1")));
    cases.add((ObjectNode) JSON.readTree(Cases.rarelyAppropriate("fuzz-b", "URGENT", "npi-2")));
    try {
      cases.add(
          (ObjectNode)
              JSON.readTree(
                  Files.readString(Path.of("../docs/examples/pci-stable-two-vessel.json"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arbitraries.of(cases);
  }

  /** A change to a case along a path of the schema. */
  private interface Mutation {
    void apply(ObjectNode c);
  }

  private static Arbitrary<Mutation> mutations() {
    Arbitrary<List<Object>> path = Arbitraries.of(PATHS);
    return Arbitraries.oneOf(
        Combinators.combine(path, junk()).as((p, v) -> (Mutation) c -> set(c, p, v)),
        path.map(p -> (Mutation) c -> remove(c, p)),
        Combinators.combine(
                path, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), junk())
            .as(
                (p, name, v) ->
                    (Mutation) c -> set(c, append(p.subList(0, p.size() - 1), name), v)));
  }

  private static List<Object> append(List<Object> path, Object last) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(last);
    return longer;
  }

  /**
   * Any JSON value: text that no store takes, numbers past every range, wrong types, deep or odd
   * structures.
   */
  private static Arbitrary<JsonNode> junk() {
    Arbitrary<JsonNode> text =
        Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings()
                    .withChars(
                        '\u0000', '\ud800', '\udc00', '\ud83e', '\udec0', 'a', '\u00e9', '\n')
                    .ofMinLength(1)
                    .ofMaxLength(10),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(190).ofMaxLength(5000),
                Arbitraries.of(
                    "",
                    " ",
                    "2026-02-30",
                    "0000-01-01",
                    "+999999-01-01",
                    "9999-12-31",
                    "2026-03-01T00:00:00Z",
                    "PCI",
                    "STABLE",
                    "null",
                    "NaN",
                    "1e999"))
            .map(NODES::stringNode);
    Arbitrary<JsonNode> number =
        Arbitraries.oneOf(
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.of(-1, 0, 1, 4, 5, 7, 8, 17, 18, 100, 101, 150, 151).map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.bigIntegers()
                .between(
                    java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                .map(NODES::numberNode));
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            text,
            number,
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));
    Arbitrary<JsonNode> array =
        scalar
            .list()
            .ofMaxSize(4)
            .map(
                items -> {
                  ArrayNode a = NODES.arrayNode();
                  items.forEach(a::add);
                  return a;
                });
    Arbitrary<JsonNode> object =
        Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), scalar)
            .as((k, v) -> (JsonNode) NODES.objectNode().set(k, v));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar),
        net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(2, object));
  }

  /**
   * The JSON, usually as is, sometimes cut short, with a key duplicated, or with bytes that are not
   * UTF-8.
   */
  private static Arbitrary<byte[]> rawDamage(Arbitrary<? extends JsonNode> json) {
    return Combinators.combine(
            json, Arbitraries.integers().between(0, 9), Arbitraries.doubles().between(0, 1))
        .as(
            (node, kind, where) -> {
              byte[] bytes = bytes(node);
              int at = (int) (where * bytes.length);
              return switch (kind) {
                case 0 -> java.util.Arrays.copyOf(bytes, at);
                case 1 -> duplicateFirstKey(bytes);
                case 2 -> insert(bytes, at, new byte[] {(byte) 0xff, (byte) 0xc3});
                case 3 ->
                    insert(
                        bytes,
                        at,
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}); // CESU surrogate
                default -> bytes;
              };
            });
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JacksonException e) {
      return ESCAPING.writeValueAsBytes(node);
    }
  }

  private static byte[] duplicateFirstKey(byte[] bytes) {
    String json = new String(bytes, StandardCharsets.UTF_8);
    int comma = json.indexOf(',');
    return comma < 0
        ? bytes
        : ("{" + json.substring(1, comma) + "," + json.substring(1))
            .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] extra) {
    byte[] out = new byte[bytes.length + extra.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
    return out;
  }

  // --- paths ---

  private static void set(ObjectNode c, List<Object> path, JsonNode value) {
    JsonNode parent = container(c, path);
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode o && last instanceof String name) {
      o.set(name, value);
    } else if (parent instanceof ArrayNode a) {
      if (a.isEmpty()) {
        a.add(value);
      } else {
        a.set(0, value);
      }
    }
  }

  private static void remove(ObjectNode c, List<Object> path) {
    JsonNode parent = container(c, path);
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode o && last instanceof String name) {
      o.remove(name);
    } else if (parent instanceof ArrayNode a && !a.isEmpty()) {
      a.remove(0);
    }
  }

  /**
   * The node that holds the last step of {@code path}, created on the way (objects and one-item
   * arrays).
   */
  private static JsonNode container(ObjectNode c, List<Object> path) {
    JsonNode node = c;
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      boolean nextIsIndex = path.get(i + 1) instanceof Integer;
      JsonNode child = step instanceof String name ? node.get(name) : node.get(0);
      if (child == null
          || child.isNull()
          || child.isArray() != nextIsIndex
          || !child.isContainer()) {
        child = nextIsIndex ? NODES.arrayNode().add(NODES.objectNode()) : NODES.objectNode();
        if (node instanceof ObjectNode o && step instanceof String name) {
          o.set(name, child);
        } else if (node instanceof ArrayNode a) {
          if (a.isEmpty()) {
            a.add(child);
          } else {
            a.set(0, child);
          }
        }
      }
      node = child;
    }
    return node;
  }

  /** Every field path of the case schema: property names, and 0 for "an item of this list". */
  static final class SchemaPaths {
    private SchemaPaths() {}

    static List<List<Object>> of(Path schema) {
      List<List<Object>> paths = new ArrayList<>();
      try {
        walk(JSON.readTree(Files.readString(schema)), new ArrayList<>(), paths);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return paths;
    }

    private static void walk(JsonNode schema, List<Object> path, List<List<Object>> paths) {
      JsonNode properties = schema.get("properties");
      if (properties != null) {
        for (String name : properties.propertyNames()) {
          List<Object> child = append(path, name);
          paths.add(child);
          walk(properties.get(name), child, paths);
        }
      }
      JsonNode items = schema.get("items");
      if (items != null) {
        List<Object> child = append(path, 0);
        paths.add(child);
        walk(items, child, paths);
      }
    }
  }
}
