// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/** Time from STEMI symptom onset: <= 12 h, > 12 h to 24 h, > 24 h. */
public enum StemiTiming {
  WITHIN_12H,
  FROM_12_TO_24H,
  AFTER_24H
}
