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
}
