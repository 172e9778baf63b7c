// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/** Whether the requested targets include the culprit artery of an acute coronary syndrome. */
public enum TargetRelation {
  CULPRIT,
  NON_CULPRIT
}
