// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * Heart-failure status of an imaging request (`imaging.heartFailureStatus`, optional, added in v1).
 */
public enum HeartFailureStatus {
  SUSPECTED_NEW_ONSET,
  NEW_ONSET_EF_UNDETERMINED,
  NEW_ONSET_HFREF,
  ESTABLISHED
}
