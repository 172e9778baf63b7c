// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Symptoms stated on an imaging request (`imaging.symptoms`). */
public enum ImagingSymptoms {
  NONE,
  LIKELY_ANGINAL,
  LESS_LIKELY_ANGINAL,
  DYSPNEA
}
