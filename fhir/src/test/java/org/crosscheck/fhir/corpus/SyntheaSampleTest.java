// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.fhir.dtr.DocumentationForms;
import org.crosscheck.fhir.dtr.QuestionCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed sample of the realistic corpus (12 Synthea 3.3.0 records of patients with coronary
 * disease, each with a draft PCI, stress SPECT or CCTA order; bench/synthea/generate.sh --sample):
 * what each record holds, read from its JSON apart from the mapper, is read by the mapper; the
 * output stays quiet; the documentation forms ask what decides the order and the adaptive form
 * never asks more than the full one.
 */
class SyntheaSampleTest {

  static final Path SAMPLE = Path.of("src/test/resources/synthea/orders-sample.fhir.ndjson.gz");
  private static List<CorpusRun.Result> results;

  @BeforeAll
  static void run() throws Exception {
    DocumentationForms forms =
        new DocumentationForms(Evaluator.load(EngineOptions.defaults()), new QuestionCatalog());
    results = new CorpusRun(forms).run(SAMPLE, Integer.MAX_VALUE);
    System.out.println(CorpusFigures.table(results));
  }

  @Test
  void theSampleHasEachKindOfOrderAndTheHistoriesToRead() {
    assertThat(results).hasSize(12);
    assertThat(results.stream().filter(r -> r.order().imaging())).hasSize(8);
    assertThat(results.stream().filter(r -> r.order().cabg())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(results.stream().filter(r -> r.order().pci())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(results.stream().filter(r -> r.order().antianginal()))
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void whatTheRecordHoldsIsRead() {
    for (CorpusRun.Result r : results) {
      String id = r.mapped().path("caseId").asString();
      if (r.order().chronicCoronary()) {
        assertThat(r.read("presentation.setting")).as(id + " setting").isTrue();
      }
      if (r.order().antianginal()) {
        assertThat(r.read("therapy.antianginalClasses")).as(id + " therapy").isTrue();
      }
      assertThat(r.read("priorCabg")).as(id + " prior CABG").isEqualTo(r.order().cabg());
      assertThat(r.read("priorPci")).as(id + " prior PCI").isEqualTo(r.order().pci());
    }
  }

  @Test
  void theOutputStaysQuiet() {
    assertThat(results).allSatisfy(r -> assertThat(r.warnings()).isLessThan(100));
  }

  @Test
  void theAdaptiveFormAsksNoMoreThanTheFullOneAndEndsTheSameWhenItDecides() {
    for (CorpusRun.Result r : results) {
      String id = r.mapped().path("caseId").asString();
      if (r.before() != Outcome.PEND) {
        assertThat(r.adaptiveQuestions()).as(id).isZero();
        continue;
      }
      assertThat(r.adaptiveQuestions())
          .as(id)
          .isPositive()
          .isLessThanOrEqualTo(Math.max(r.fullQuestions(), 1));
      if (r.afterAdaptive() != Outcome.PEND) {
        assertThat(r.afterFull()).as(id).isEqualTo(r.afterAdaptive());
      }
    }
  }
}
