// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Inserted by a review policy rule: a stable reason code, its effect on the request and a sentence for the reviewer.
 */
public record ReviewTrigger(int scenario, String code, Effect effect, String text) {

  public static ReviewTrigger of(PolicyCase policyCase, String code, Effect effect, String text) {
    return new ReviewTrigger(policyCase.scenario(), code, effect, text);
  }
}
