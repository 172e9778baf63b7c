// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import org.crosscheck.engine.facts.PolicySettings;

/**
 * How an {@link Evaluator} is set up. The engine reads no framework configuration: callers (CLI, service, audit)
 * build this record.
 *
 * @param policyId the review policy rule set to apply
 * @param policySettings a payer's settings, or null for the policy's defaults
 * @param whatIf compute what-if alternatives for requests that pend or go to review
 */
public record EngineOptions(String policyId, PolicySettings policySettings, boolean whatIf) {

  public static final String DEFAULT_POLICY = "review-policy-default";

  public static EngineOptions defaults() {
    return new EngineOptions(DEFAULT_POLICY, null, true);
  }

  public EngineOptions withPolicySettings(PolicySettings settings) {
    return new EngineOptions(policyId, settings, whatIf);
  }

  public EngineOptions withWhatIf(boolean value) {
    return new EngineOptions(policyId, policySettings, value);
  }
}
