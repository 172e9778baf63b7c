// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.audit.synth.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck synth}: a synthetic population of cases for tests, demonstrations and
 * benchmarks.
 */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description =
        "Write N synthetic cases (NDJSON of case format v1): acute and nonacute PCI, stable and prior-CABG"
            + " patients, CABG, imaging requests, from providers with different practice patterns. The same seed gives"
            + " the same bytes. Not clinical data.")
final class SynthCommand implements Callable<Integer> {

  @Option(names = "--cases", required = true, paramLabel = "N", description = "How many cases")
  int cases;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Random seed (default 1)")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output file (.gz to compress); default standard output")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (cases < 0) {
      throw new IllegalArgumentException("--cases must not be negative");
    }
    SyntheticPopulation population = new SyntheticPopulation(seed, cases);
    if (out == null) {
      OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
      population.write(cases, stdout);
      stdout.flush();
      return 0;
    }
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        OutputStream target =
            out.getFileName().toString().endsWith(".gz")
                ? new GZIPOutputStream(file, 1 << 16)
                : file) {
      population.write(cases, target);
    }
    return 0;
  }
}
