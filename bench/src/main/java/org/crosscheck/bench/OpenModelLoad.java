// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * The open model the load tests share: requests leave at a fixed rate whatever the responses do,
 * and each latency is measured from the moment its request was due (no coordinated omission); then
 * throughput, latency percentiles and statuses are printed.
 */
final class OpenModelLoad implements AutoCloseable {

  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  final HttpClient client =
      HttpClient.newBuilder()
          .executor(executor)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * Sends {@code rate * seconds} slots at {@code rate} per second; slot {@code i} sends every
   * request {@code requests} gives for it at once; {@code onResponse} sees each answer with its
   * slot. Prints the report under {@code label} (the rate counted in requests).
   */
  void run(
      String label,
      int rate,
      int seconds,
      IntFunction<List<HttpRequest>> requests,
      BiConsumer<Integer, HttpResponse<String>> onResponse) {
    int total = rate * seconds;
    List<long[]> latencies = new ArrayList<>(total);
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
    AtomicReference<String> firstError = new AtomicReference<>();
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int slot = i;
      for (HttpRequest request : requests.apply(i)) {
        long[] latency = new long[1];
        latencies.add(latency);
        inFlight.add(
            client
                .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle(
                    (r, e) -> {
                      latency[0] = System.nanoTime() - due;
                      if (e != null && firstError.compareAndSet(null, e.toString())) {
                        System.err.println("first error: " + e);
                      }
                      statuses
                          .computeIfAbsent(
                              e != null ? -1 : r.statusCode(), s -> new AtomicInteger())
                          .incrementAndGet();
                      if (e == null) {
                        onResponse.accept(slot, r);
                      }
                      return null;
                    }));
      }
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    if (Boolean.getBoolean("bench.timeline")) {
      timeline(latencies, (int) (latencies.size() / (long) total) * rate);
    }
    report(
        label,
        latencies.size() / seconds,
        seconds,
        start,
        latencies.stream().mapToLong(l -> l[0]).toArray(),
        statuses);
  }

  /**
   * Prints throughput and the latency percentiles (p50, p90, p95, p99, max) of a run, with the
   * statuses seen.
   */
  private static void report(
      String label,
      int rate,
      int seconds,
      long start,
      long[] latencies,
      Map<Integer, AtomicInteger> statuses) {
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    statuses.forEach((k, v) -> byStatus.put(k, v.get()));
    System.out.printf(
        "%s: %d requests at %d/s for %ds (%.1f s incl. drain), %.0f responses/s%n",
        label, sorted.length, rate, seconds, elapsed, sorted.length / elapsed);
    System.out.printf(
        "  latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f   statuses %s%n",
        pct(sorted, 50),
        pct(sorted, 90),
        pct(sorted, 95),
        pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6,
        byStatus);
  }

  /**
   * With -Dbench.timeline=true: each second's p50, p99 and max (to stderr), to tell a stall from a
   * queue.
   */
  private static void timeline(List<long[]> latencies, int perSecond) {
    for (int from = 0; from < latencies.size(); from += perSecond) {
      long[] s =
          latencies.subList(from, Math.min(latencies.size(), from + perSecond)).stream()
              .mapToLong(l -> l[0])
              .sorted()
              .toArray();
      System.err.printf(
          "  second %d: p50 %.1f p99 %.1f max %.1f%n",
          from / perSecond, pct(s, 50), pct(s, 99), s[s.length - 1] / 1e6);
    }
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
