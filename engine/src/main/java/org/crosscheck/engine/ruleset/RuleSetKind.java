// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

/** Criteria rule bases only rate; the policy rule base decides what needs review. */
public enum RuleSetKind {
  CRITERIA,
  POLICY
}
