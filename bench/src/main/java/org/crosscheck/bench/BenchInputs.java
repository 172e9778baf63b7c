// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cases the benchmarks evaluate, read as bytes so that parsing is part of what is measured: by
 * default the clinical vignettes (every criteria cell, positive and negative, plus the policy and
 * missing-data cases); with {@code -Dcrosscheck.bench.cases=FILE.ndjson}, the first {@link
 * #NDJSON_CASES} lines of an NDJSON file (e.g. a population from {@code crosscheck synth}, what an
 * audit reads).
 */
final class BenchInputs {

  static final int NDJSON_CASES = 20_000;

  private BenchInputs() {}

  static List<byte[]> cases() {
    Path root =
        Path.of(
            System.getProperty(
                "crosscheck.bench.cases", "test-cases/src/main/resources/vignettes"));
    if (root.toString().endsWith(".ndjson")) {
      try (Stream<String> lines = Files.lines(root)) {
        return lines
            .filter(l -> !l.isBlank())
            .limit(NDJSON_CASES)
            .map(l -> l.getBytes(StandardCharsets.UTF_8))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the benchmark cases in " + root.toAbsolutePath(), e);
      }
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(BenchInputs::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the benchmark cases under " + root.toAbsolutePath(), e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
