// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Whether a request after an acute coronary syndrome falls during or after the index
 * hospitalization.
 */
public enum HospitalPhase {
  INDEX_HOSPITALIZATION,
  AFTER_INDEX_HOSPITALIZATION
}
