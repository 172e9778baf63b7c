// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * What a review trigger does to a request: never delay it, hold it for a second review, or mark it
 * for review after the fact.
 */
public enum Effect {
  NO_DELAY,
  REVIEW,
  RETROSPECTIVE_REVIEW
}
