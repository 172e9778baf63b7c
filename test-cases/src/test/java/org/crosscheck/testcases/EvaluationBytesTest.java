// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.ParsedCase;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.json.EvaluationJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation writer copies the JSON of repeated parts (findings, interpretations, rule-set
 * references, reasons) encoded once: its bytes must be what Jackson writes for the output records
 * in declaration order, on every vignette (findings of every table, what-ifs, interpretations), the
 * first time and once the parts are cached, alone and one after another through an encoder.
 */
class EvaluationBytesTest {

  private static final ObjectWriter RECORDS_IN_DECLARATION_ORDER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build()
          .writerFor(Evaluation.class);

  @Test
  void everyVignettesEvaluationIsWrittenAsJacksonWritesItsRecords() throws IOException {
    Evaluator evaluator = Evaluator.load(EngineOptions.defaults());
    List<Evaluation> evaluations = new ArrayList<>();
    for (Path file : Vignettes.all()) {
      ParsedCase parsed = CaseReader.read(Files.readAllBytes(file));
      evaluations.add(evaluator.evaluate(parsed));
    }
    assertThat(evaluations).hasSizeGreaterThan(300);
    for (int pass = 1; pass <= 2; pass++) {
      try (EvaluationJson.Encoder encoder = new EvaluationJson.Encoder()) {
        for (Evaluation e : evaluations) {
          String expected =
              new String(RECORDS_IN_DECLARATION_ORDER.writeValueAsBytes(e), StandardCharsets.UTF_8);
          assertThat(new String(EvaluationJson.toJsonBytes(e), StandardCharsets.UTF_8))
              .as("%s, pass %d", e.caseId(), pass)
              .isEqualTo(expected);
          assertThat(EvaluationJson.toJson(e)).as("%s as text", e.caseId()).isEqualTo(expected);
          // one after another through one encoder (a batch's chunk): each its own bytes alone
          assertThat(new String(encoder.toJsonBytes(e), StandardCharsets.UTF_8))
              .as("%s through the encoder, pass %d", e.caseId(), pass)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(evaluations)
        .as("the vignettes exercise every repeated part")
        .anyMatch(e -> !e.findings().isEmpty())
        .anyMatch(e -> !e.interpretations().isEmpty())
        .anyMatch(e -> !e.whatIf().isEmpty())
        .anyMatch(e -> !e.decision().reasons().isEmpty());
  }
}
