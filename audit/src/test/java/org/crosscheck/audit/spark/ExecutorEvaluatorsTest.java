// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.junit.jupiter.api.Test;

/** The rule bases a Spark driver starts loading before its context: used, or their failure told. */
class ExecutorEvaluatorsTest {

  @Test
  void theRuleBasesLoadedInTheBackgroundAreTheOnesUsed() throws InterruptedException {
    // options of this test alone, so that no other test has loaded them in this JVM
    AuditOptions options = new AuditOptions(List.of("revasc-auc-2012"), null, null);
    Thread loader = ExecutorEvaluators.startLoading(options);
    loader.join(120_000);
    assertThat(loader.isAlive()).isFalse();
    assertThat(ExecutorEvaluators.loaded(options)).isTrue();

    Evaluator evaluator = ExecutorEvaluators.evaluator(options);
    assertThat(evaluator.provenance().ruleSets())
        .extracting(r -> r.id())
        .contains("revasc-auc-2012")
        .doesNotContain("imaging-ccd-auc-2023");
    assertThat(ExecutorEvaluators.evaluator(options)).isSameAs(evaluator);
  }

  @Test
  void aLoadThatFailsInTheBackgroundFailsTheCaller() throws InterruptedException {
    AuditOptions options = new AuditOptions(List.of("no-such-criteria"), null, null);
    ExecutorEvaluators.startLoading(options).join(120_000);
    assertThat(ExecutorEvaluators.loaded(options)).isFalse();

    assertThatThrownBy(() -> ExecutorEvaluators.evaluator(options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no criteria rule set 'no-such-criteria'");
  }

  @Test
  void theCallerAndALoadUnderWayShareOneEvaluator() {
    AuditOptions options = new AuditOptions(List.of("imaging-ccd-auc-2023"), null, null);
    ExecutorEvaluators.startLoading(options);
    // no join: evaluator() blocks on the load under way, or loads them itself if it came first
    Evaluator evaluator = ExecutorEvaluators.evaluator(options);
    assertThat(ExecutorEvaluators.loaded(options)).isTrue();
    assertThat(ExecutorEvaluators.evaluator(options)).isSameAs(evaluator);
  }
}
