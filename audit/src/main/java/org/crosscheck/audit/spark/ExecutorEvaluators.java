// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.engine.evaluation.Evaluator;

/**
 * The rule bases of this JVM: built once per executor from the job's {@link AuditOptions} on first
 * use, shared by its tasks (a KieBase is thread-safe; sessions are per chunk). Nothing here is ever
 * serialized.
 */
final class ExecutorEvaluators {

  private static final Map<AuditOptions, Evaluator> EVALUATORS = new ConcurrentHashMap<>();

  private ExecutorEvaluators() {}

  static Evaluator evaluator(AuditOptions options) {
    return EVALUATORS.computeIfAbsent(options, AuditOptions::newEvaluator);
  }

  /**
   * Starts building the rule bases of {@code options} on a daemon thread, so that they load while
   * the caller does other work (the driver: while Spark starts its context, ~1 s each). {@link
   * #evaluator} then waits for them; if they fail to load, {@link #evaluator} loads them again and
   * throws that failure to its caller (a failed build is not kept). Returns the loading thread.
   */
  static Thread startLoading(AuditOptions options) {
    Thread loader =
        new Thread(
            () -> {
              try {
                evaluator(options);
              } catch (RuntimeException e) {
                // reported by the caller's own evaluator(options)
              }
            },
            "crosscheck-rule-bases");
    loader.setDaemon(true);
    loader.start();
    return loader;
  }

  /** Whether the rule bases of {@code options} are built in this JVM. */
  static boolean loaded(AuditOptions options) {
    return EVALUATORS.containsKey(options);
  }
}
