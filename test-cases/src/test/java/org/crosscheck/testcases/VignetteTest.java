// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One test per vignette file: evaluate it and compare with its {@code expected}. */
class VignetteTest {

  private static Evaluator evaluator;

  @BeforeAll
  static void loadRuleBases() {
    evaluator = Evaluator.load(EngineOptions.defaults());
  }

  @TestFactory
  Stream<DynamicTest> everyVignetteGivesItsExpectedResult() {
    List<Path> files = Vignettes.all();
    assertThat(files).hasSizeGreaterThan(300);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    Vignettes.root().relativize(file).toString(), file.toUri(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    ParsedCase parsed = CaseReader.read(Files.readAllBytes(file));
    assertThat(parsed.caseFile().expected()).as("expected").isNotNull();
    Evaluation evaluation = evaluator.evaluate(parsed);
    assertThat(VignetteCheck.mismatches(evaluation, parsed.caseFile()))
        .as(parsed.caseFile().title())
        .isEmpty();
  }
}
