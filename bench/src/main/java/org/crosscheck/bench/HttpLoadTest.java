// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open-model HTTP load test of the service on loopback ({@link OpenModelLoad}). For screenings,
 * every request is sent twice at once with the same Idempotency-Key, and the run checks that each
 * key gave exactly one screening and that every screening exists (nothing lost, nothing
 * duplicated).
 *
 * <p>{@code java ... HttpLoadTest BASE_URL evaluations|screenings RATE SECONDS [WARMUP_SECONDS]}:
 * with a warm-up, the same client first sends at RATE for WARMUP_SECONDS (reported as such), so
 * that neither the client's JIT nor its new connections are in the measured run.
 */
public final class HttpLoadTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpLoadTest() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String mode = args[1];
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    boolean screenings = mode.equals("screenings");
    List<byte[]> cases = new ArrayList<>();
    for (byte[] pretty : BenchInputs.cases()) {
      cases.add(JSON.writeValueAsBytes(JSON.readTree(pretty)));
    }
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("requester:" + System.getProperty("password", "crosscheck"))
                        .getBytes(StandardCharsets.UTF_8));
    URI uri = URI.create(base + (screenings ? "/api/v1/screenings" : "/api/v1/evaluations"));
    try (OpenModelLoad load = new OpenModelLoad()) {
      if (warmUp > 0) {
        run(load, base, uri, auth, "warm-up", screenings, cases, rate, warmUp);
      }
      run(load, base, uri, auth, mode, screenings, cases, rate, seconds);
    }
  }

  private static void run(
      OpenModelLoad load,
      String base,
      URI uri,
      String auth,
      String label,
      boolean screenings,
      List<byte[]> cases,
      int rate,
      int seconds)
      throws Exception {
    Map<String, List<String>> idsByKey = new ConcurrentHashMap<>();
    String run = Long.toHexString(System.nanoTime());
    load.run(
        label,
        rate,
        seconds,
        i -> {
          List<HttpRequest> copies = new ArrayList<>();
          for (int copy = 0; copy < (screenings ? 2 : 1); copy++) {
            HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(cases.get(i % cases.size())));
            if (screenings) {
              request.header("Idempotency-Key", run + "-" + i);
            }
            copies.add(request.build());
          }
          return copies;
        },
        (i, r) -> {
          if (screenings && (r.statusCode() == 200 || r.statusCode() == 201)) {
            idsByKey
                .computeIfAbsent(
                    run + "-" + i, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(JSON.readTree(r.body()).get("id").asString());
          }
        });
    if (screenings) {
      verify(load.client, base, idsByKey, rate * seconds);
    }
  }

  /**
   * Every key: one screening id for both copies; every screening readable; as many screenings as
   * keys.
   */
  private static void verify(
      HttpClient client, String base, Map<String, List<String>> idsByKey, int keys)
      throws Exception {
    int duplicated = 0;
    int lost = keys - idsByKey.size();
    String admin =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("admin:" + System.getProperty("password", "crosscheck"))
                        .getBytes(StandardCharsets.UTF_8));
    for (List<String> ids : idsByKey.values()) {
      if (ids.stream().distinct().count() != 1) {
        duplicated++;
      }
      HttpResponse<Void> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/screenings/" + ids.get(0)))
                  .header("Authorization", admin)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        lost++;
      }
    }
    System.out.printf(
        "  idempotency: %d keys, %d screenings, %d duplicated, %d lost%n",
        keys, idsByKey.size(), duplicated, lost);
  }
}
