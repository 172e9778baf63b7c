// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `anatomy.lesions[]`: a native coronary lesion. {@code ffr} and {@code ivusSignificant} absent
 * mean that the test was not performed. {@code culprit} (optional, added to format v1) marks the
 * culprit lesion of an acute coronary syndrome.
 */
public record Lesion(
    Segment segment,
    Integer stenosisPercent,
    Double ffr,
    Boolean ivusSignificant,
    Boolean chronicTotalOcclusion,
    Boolean culprit) {

  public Lesion withFfr(Double value) {
    return new Lesion(
        segment, stenosisPercent, value, ivusSignificant, chronicTotalOcclusion, culprit);
  }

  public boolean isCto() {
    return Boolean.TRUE.equals(chronicTotalOcclusion);
  }
}
