// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * An open-model HTTP load test of the service on loopback: requests leave at a fixed rate whatever the responses
 * do, and each latency is measured from the moment the request was due (no coordinated omission). For screenings,
 * every request is sent twice at once with the same Idempotency-Key, and the run checks that each key gave exactly
 * one screening and that every screening exists (nothing lost, nothing duplicated).
 *
 * <p>{@code java ... HttpLoadTest BASE_URL evaluations|screenings RATE SECONDS}
 */
public final class HttpLoadTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpLoadTest() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String mode = args[1];
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    boolean screenings = mode.equals("screenings");
    List<byte[]> cases = new ArrayList<>();
    for (byte[] pretty : BenchInputs.vignettes()) {
      cases.add(JSON.writeValueAsBytes(JSON.readTree(pretty)));
    }
    ExecutorService executor = Executors.newFixedThreadPool(16);
    HttpClient client = HttpClient.newBuilder().executor(executor).version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString(("requester:" + System.getProperty("password",
        "crosscheck")).getBytes(StandardCharsets.UTF_8));
    URI uri = URI.create(base + (screenings ? "/api/v1/screenings" : "/api/v1/evaluations"));
    int total = rate * seconds;
    long[] latencies = new long[total * (screenings ? 2 : 1)];
    AtomicInteger recorded = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Map<String, List<String>> idsByKey = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total * 2);
    java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
    String run = Long.toHexString(System.nanoTime());
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      byte[] body = cases.get(i % cases.size());
      String key = run + "-" + i;
      for (int copy = 0; copy < (screenings ? 2 : 1); copy++) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json").header("Authorization", auth)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (screenings) {
          request.header("Idempotency-Key", key);
        }
        inFlight.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
          latencies[recorded.getAndIncrement()] = System.nanoTime() - due;
          int status = e != null ? -1 : r.statusCode();
          if (e != null && firstError.compareAndSet(null, e.toString())) {
            System.err.println("first error: " + e);
          }
          statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
          if (screenings && e == null && (status == 200 || status == 201)) {
            idsByKey.computeIfAbsent(key, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(JSON.readTree(r.body()).get("id").asString());
          }
          return null;
        }));
      }
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    report(mode, rate * (screenings ? 2 : 1), seconds, start, Arrays.copyOf(latencies, recorded.get()), statuses);
    if (screenings) {
      verify(client, base, idsByKey, total);
    }
    executor.shutdownNow();
  }

  /** Every key: one screening id for both copies; every screening readable; as many screenings as keys. */
  private static void verify(HttpClient client, String base, Map<String, List<String>> idsByKey, int keys)
      throws Exception {
    int duplicated = 0;
    int lost = keys - idsByKey.size();
    String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + System.getProperty("password",
        "crosscheck")).getBytes(StandardCharsets.UTF_8));
    for (List<String> ids : idsByKey.values()) {
      if (ids.stream().distinct().count() != 1) {
        duplicated++;
      }
      HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/screenings/" + ids.get(0)))
          .header("Authorization", admin).GET().build(), HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        lost++;
      }
    }
    System.out.printf("  idempotency: %d keys, %d screenings, %d duplicated, %d lost%n", keys, idsByKey.size(),
        duplicated, lost);
  }

  /** Prints throughput and the latency percentiles (p50, p90, p95, p99, max) of a run, with the statuses seen. */
  static void report(String label, int rate, int seconds, long start, long[] latencies,
      Map<Integer, AtomicInteger> statuses) {
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    statuses.forEach((k, v) -> byStatus.put(k, v.get()));
    System.out.printf("%s: %d requests at %d/s for %ds (%.1f s incl. drain), %.0f responses/s%n", label,
        sorted.length, rate, seconds, elapsed, sorted.length / elapsed);
    System.out.printf("  latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f   statuses %s%n",
        pct(sorted, 50), pct(sorted, 90), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6,
        byStatus);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
