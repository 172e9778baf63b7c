// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import org.crosscheck.engine.casefile.Procedure;

/**
 * Test-side: one CPT code per imaging procedure (rows of the engine's procedure-codes.csv), for
 * prior imaging.
 */
final class ImagingCodes {

  private ImagingCodes() {}

  static String[] of(Procedure p) {
    return switch (p) {
      case CORONARY_ANGIOGRAPHY ->
          new String[] {"93458", "Coronary angiography with left heart catheterization"};
      case EXERCISE_ECG -> new String[] {"93015", "Cardiovascular stress test"};
      case STRESS_SPECT_MPI -> new String[] {"78452", "Myocardial perfusion imaging, SPECT"};
      case STRESS_PET_MPI -> new String[] {"78492", "Myocardial imaging, PET, perfusion"};
      case STRESS_ECHO -> new String[] {"93351", "Stress echocardiography"};
      case STRESS_CMR -> new String[] {"75563", "Cardiac MRI with stress imaging"};
      case CCTA -> new String[] {"75574", "Coronary CT angiography"};
      case CAC_SCORING -> new String[] {"75571", "CT coronary calcium scoring"};
      case PCI -> new String[] {"92928", "Percutaneous coronary stent placement"};
      case CABG -> new String[] {"33533", "Coronary artery bypass, single arterial graft"};
    };
  }
}
