// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;
import org.crosscheck.engine.facts.PolicySettings;

/**
 * How an {@link Evaluator} is set up. The engine reads no framework configuration: callers (CLI,
 * service, audit) build this record.
 *
 * @param policyId the review policy rule set to apply
 * @param policySettings a payer's settings, or null for the policy's defaults
 * @param whatIf compute what-if alternatives for requests that pend or go to review
 * @param ruleSets the criteria rule sets to apply (ids), or null for all
 */
public record EngineOptions(
    String policyId, PolicySettings policySettings, boolean whatIf, List<String> ruleSets) {

  public static final String DEFAULT_POLICY = "review-policy-default";

  public EngineOptions {
    ruleSets = ruleSets == null ? null : List.copyOf(ruleSets);
  }

  public EngineOptions(String policyId, PolicySettings policySettings, boolean whatIf) {
    this(policyId, policySettings, whatIf, null);
  }

  public static EngineOptions defaults() {
    return new EngineOptions(DEFAULT_POLICY, null, true, null);
  }

  public EngineOptions withPolicySettings(PolicySettings settings) {
    return new EngineOptions(policyId, settings, whatIf, ruleSets);
  }

  public EngineOptions withWhatIf(boolean value) {
    return new EngineOptions(policyId, policySettings, value, ruleSets);
  }

  /** Only these criteria rule sets (ids); null for all that are on the classpath. */
  public EngineOptions withRuleSets(List<String> ids) {
    return new EngineOptions(policyId, policySettings, whatIf, ids);
  }
}
