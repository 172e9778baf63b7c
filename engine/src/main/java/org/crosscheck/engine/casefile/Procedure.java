// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** The requested procedure (`request.procedure`). Codes in `request.codes` map to these. */
public enum Procedure {
  PCI,
  CABG,
  CORONARY_ANGIOGRAPHY,
  EXERCISE_ECG,
  STRESS_SPECT_MPI,
  STRESS_PET_MPI,
  STRESS_ECHO,
  STRESS_CMR,
  CCTA,
  CAC_SCORING
}
