// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cases the benchmarks evaluate: the clinical vignettes (every criteria cell, positive and negative, plus the
 * policy and missing-data cases), read as bytes so that parsing is part of what is measured.
 */
final class BenchInputs {

  private BenchInputs() {}

  static List<byte[]> vignettes() {
    Path root = Path.of(System.getProperty("crosscheck.bench.cases", "test-cases/src/main/resources/vignettes"));
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().map(BenchInputs::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark cases under " + root.toAbsolutePath(), e);
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
