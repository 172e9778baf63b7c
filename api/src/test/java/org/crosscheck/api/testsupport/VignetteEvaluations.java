// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.testcases.Vignettes;

/**
 * The clinical vignettes (test-cases' {@code vignettes/}) evaluated by the engine as the service
 * sets it up (the default review policy, what-ifs on), without Spring or a database: the real input
 * of the unit tests of what the service makes of an evaluation (cards, coverage information,
 * suggestions).
 */
public final class VignetteEvaluations {

  /** Stable angina, one vessel, may be appropriate (2012 Table 3 row 57): a second review. */
  public static final String REVIEW = "revasc-2012/table3/RV12-57-CCS_I_II-pos.json";

  /** Appropriate PCI (2012 Table 2 row 19): clear. */
  public static final String CLEAR = "revasc-2012/table2/RV12-19-CCS_I_II-pos.json";

  /** An emergent PCI: never held. */
  public static final String EMERGENT = "revasc-2012/table1/RV12-06-ANY-neg.json";

  /** Three-vessel disease with the SYNTAX score unknown: pended for the missing data. */
  public static final String PEND = "revasc-2012/policy/POL-PEND-three-vessel-syntax-unknown.json";

  /** CAC scoring where the 2023 table rates not testing appropriate. */
  public static final String NO_TEST_APPROPRIATE =
      "imaging/multimodality-2023/IM23-39-CAC-pos.json";

  private VignetteEvaluations() {}

  /** One engine per test JVM: the rule bases load once. */
  private static final class Engine {
    static final Evaluator EVALUATOR = Evaluator.load(EngineOptions.defaults());
  }

  public static Evaluator evaluator() {
    return Engine.EVALUATOR;
  }

  /** The vignette's JSON, by its path under {@code vignettes/}. */
  public static byte[] json(String vignette) {
    try {
      return Files.readAllBytes(Vignettes.root().resolve(vignette));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The vignette's evaluation. */
  public static Evaluation evaluate(String vignette) {
    return evaluator().evaluate(CaseReader.read(json(vignette)));
  }
}
