// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * Acuity of the presentation being imaged (`imaging.acuity`, optional, added in v1): ACUTE (new or
 * worsening symptoms evaluated urgently) or CHRONIC (stable, outpatient).
 */
public enum Acuity {
  ACUTE,
  CHRONIC
}
