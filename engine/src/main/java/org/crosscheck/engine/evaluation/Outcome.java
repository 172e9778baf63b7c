// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

/**
 * The decision on a request. CLEAR: rated appropriate, no policy trigger. SECOND_REVIEW: another
 * clinician must review before approval. PEND: an unknown item could change the outcome or the
 * criterion row. NO_DELAY: an emergency, never held (a rarely appropriate emergency is flagged for
 * retrospective review instead).
 */
public enum Outcome {
  CLEAR,
  SECOND_REVIEW,
  PEND,
  NO_DELAY
}
