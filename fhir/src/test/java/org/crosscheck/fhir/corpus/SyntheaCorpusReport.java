// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.fhir.dtr.DocumentationForms;
import org.crosscheck.fhir.dtr.QuestionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of the realistic corpus (not a test: it asserts nothing and runs only when asked):
 * {@code ./mvnw -B -ntp -pl fhir -am test -Dtest=SyntheaCorpusReport
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcrosscheck.failIfNoTests=false
 * -Dcrosscheck.corpus=$PWD/target/synthea/orders.fhir.ndjson}; the table goes to standard output
 * and to {@code fhir/target/synthea-figures.md}.
 */
@EnabledIfSystemProperty(named = "crosscheck.corpus", matches = ".+")
class SyntheaCorpusReport {

  @Test
  void figures() throws Exception {
    DocumentationForms forms =
        new DocumentationForms(Evaluator.load(EngineOptions.defaults()), new QuestionCatalog());
    List<CorpusRun.Result> results =
        new CorpusRun(forms)
            .run(
                Path.of(System.getProperty("crosscheck.corpus")),
                Integer.getInteger("crosscheck.corpusLimit", Integer.MAX_VALUE));
    String table = CorpusFigures.table(results);
    System.out.println(table);
    Files.writeString(Path.of("target/synthea-figures.md"), table);
  }
}
