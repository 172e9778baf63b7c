// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * The leading condition an imaging request is meant to detect or characterize
 * (`imaging.suspectedCondition`, optional, added in v1 for the ACR criteria).
 */
public enum SuspectedCondition {
  CAD,
  ACS,
  NONSPECIFIC_CHEST_PAIN,
  HEART_FAILURE,
  VALVULAR_HEART_DISEASE,
  ARRHYTHMIA,
  PERICARDIAL_DISEASE,
  ARRHYTHMOGENIC_CARDIOMYOPATHY,
  INFILTRATIVE_MYOCARDIAL_DISEASE,
  HYPERTROPHIC_CARDIOMYOPATHY,
  ACUTE_SUBACUTE_MYOCARDIAL_DISEASE
}
