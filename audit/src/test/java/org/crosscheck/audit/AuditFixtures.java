// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.audit.synth.SyntheticPopulation;
import org.crosscheck.engine.evaluation.Evaluator;

/**
 * A synthetic population with corrupted lines, written once per test JVM, and one shared evaluator.
 */
public final class AuditFixtures {

  public static final int CASES = 10_000;
  static final long SEED = 20251;

  /** Lines (1-based) replaced by bad records, and what is wrong with each. */
  static final int TRUNCATED_LINE = 17;

  static final int INVALID_FIELD_LINE = 2_222;
  static final int NOT_AN_OBJECT_LINE = 5_000;
  static final int BLANK_LINE = 7_777;

  private static Evaluator evaluator;
  private static Path input;

  private AuditFixtures() {}

  public static synchronized Evaluator evaluator() {
    if (evaluator == null) {
      evaluator = AuditOptions.defaults().newEvaluator();
    }
    return evaluator;
  }

  /**
   * NDJSON of {@link #CASES} lines: synthetic cases, three corrupted records and one blank line.
   */
  public static synchronized Path input() throws IOException {
    if (input == null) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new SyntheticPopulation(SEED, CASES).write(CASES, bytes);
      List<String> lines =
          new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
      String truncated = lines.get(TRUNCATED_LINE - 1);
      lines.set(TRUNCATED_LINE - 1, truncated.substring(0, truncated.length() / 2));
      lines.set(
          INVALID_FIELD_LINE - 1,
          lines
              .get(INVALID_FIELD_LINE - 1)
              .replaceFirst("\"ageYears\":\\d+", "\"ageYears\":\"old\""));
      lines.set(NOT_AN_OBJECT_LINE - 1, "[1,2,3]");
      lines.set(BLANK_LINE - 1, "");
      Path dir = Files.createTempDirectory("crosscheck-audit-fixture");
      input = dir.resolve("population.ndjson");
      try (OutputStream out = Files.newOutputStream(input)) {
        out.write(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return input;
  }

  /** The highest provider rate flagged among synthetic providers must be one of these. */
  static List<String> highPropensityProviders() {
    return new SyntheticPopulation(SEED, CASES).highPropensityProviders();
  }
}
