// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/** Whether the requested targets lie in one coronary artery, in several, or are not stated. */
public enum TargetSpan {
  SINGLE_ARTERY,
  MULTIPLE_ARTERIES,
  NOT_STATED
}
