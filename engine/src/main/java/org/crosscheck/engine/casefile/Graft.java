// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `priorCabg.grafts[]`: a bypass graft, the territory (LAD, LCX, RCA) or segment it reaches, and
 * its worst stenosis (100 = occluded).
 */
public record Graft(Conduit conduit, String target, Integer stenosisPercent) {

  /**
   * The territory the graft reaches, or {@code null} when {@code target} names none (a validation
   * error).
   */
  public Territory territory() {
    return territoryOf(target);
  }

  static Territory territoryOf(String target) {
    if (target == null) {
      return null;
    }
    for (Territory t : Territory.values()) {
      if (t != Territory.LEFT_MAIN && t.name().equals(target)) {
        return t;
      }
    }
    for (Segment s : Segment.values()) {
      if (s != Segment.LEFT_MAIN && s.name().equals(target)) {
        return s.territory();
      }
    }
    return null;
  }
}
