// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Noninvasive test modality (`stressTests[].modality`). */
public enum StressModality {
  EXERCISE_ECG,
  SPECT_MPI,
  PET_MPI,
  STRESS_ECHO,
  STRESS_CMR
}
