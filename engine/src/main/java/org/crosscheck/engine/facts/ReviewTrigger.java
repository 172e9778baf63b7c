// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import org.kie.api.definition.rule.Rule;

/**
 * Inserted by a review policy rule: a stable reason code, its effect on the request and a sentence
 * for the reviewer. The code is the rule's {@code @code} metadata: written once, where the rule is.
 */
public record ReviewTrigger(int scenario, String code, Effect effect, String text) {

  /**
   * Called from a policy rule's consequence: {@code insert(ReviewTrigger.of($case,
   * drools.getRule(), ...))}.
   */
  public static ReviewTrigger of(PolicyCase policyCase, Rule rule, Effect effect, String text) {
    return of(policyCase.scenario(), rule, effect, text);
  }

  public static ReviewTrigger of(int scenario, Rule rule, Effect effect, String text) {
    Object code = rule.getMetaData().get("code");
    if (code == null) {
      throw new IllegalStateException("policy rule '" + rule.getName() + "' has no @code");
    }
    return new ReviewTrigger(scenario, code.toString(), effect, text);
  }
}
