// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * Coronary segment of a lesion, a target or a prior PCI (`anatomy.lesions[].segment`,
 * `request.targets[]`).
 */
public enum Segment {
  LEFT_MAIN(Territory.LEFT_MAIN),
  LAD_PROXIMAL(Territory.LAD),
  LAD_MID(Territory.LAD),
  LAD_DISTAL(Territory.LAD),
  DIAGONAL(Territory.LAD),
  LCX_PROXIMAL(Territory.LCX),
  LCX_DISTAL(Territory.LCX),
  OBTUSE_MARGINAL(Territory.LCX),
  RAMUS(Territory.LCX),
  RCA_PROXIMAL(Territory.RCA),
  RCA_MID(Territory.RCA),
  RCA_DISTAL(Territory.RCA),
  PDA(Territory.RCA),
  PLV(Territory.RCA);

  private final Territory territory;

  Segment(Territory territory) {
    this.territory = territory;
  }

  /**
   * The territory this segment belongs to (DESIGN.md: LAD_*, DIAGONAL; LCX_*, OBTUSE_MARGINAL,
   * RAMUS; RCA_*, PDA, PLV).
   */
  public Territory territory() {
    return territory;
  }
}
