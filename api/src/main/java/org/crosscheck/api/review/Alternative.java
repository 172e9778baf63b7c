// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/** What an overturning reviewer recommends instead of the requested procedure. */
public enum Alternative {
  PCI,
  CABG,
  MEDICAL_THERAPY,
  HEART_TEAM_EVALUATION,
  DIFFERENT_TEST,
  NO_TEST,
  OTHER
}
