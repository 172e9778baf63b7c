// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Segment;

/**
 * Representative anatomies considered when a case's lesions are not documented (interpretation
 * ANATOMY_PATTERN_WHAT_IF): one per combination of anatomic categories that the criteria rows
 * distinguish, each defined by a representative set of lesions and derived like a documented
 * anatomy, so that a requester sees which findings would lead to which rating.
 */
public enum AnatomyPattern implements AnatomyValue {
  NO_SIGNIFICANT_DISEASE("no significant coronary stenosis"),
  ONE_VESSEL("one-vessel disease without proximal LAD", l(Segment.RCA_MID, 85)),
  TWO_VESSEL(
      "two-vessel disease without proximal LAD",
      l(Segment.RCA_MID, 85),
      l(Segment.LCX_PROXIMAL, 85)),
  ONE_VESSEL_PROXIMAL_LAD("one-vessel disease of the proximal LAD", l(Segment.LAD_PROXIMAL, 85)),
  TWO_VESSEL_PROXIMAL_LAD(
      "two-vessel disease including the proximal LAD",
      l(Segment.LAD_PROXIMAL, 85),
      l(Segment.RCA_MID, 85)),
  THREE_VESSEL(
      "three-vessel disease",
      l(Segment.LAD_MID, 85),
      l(Segment.LCX_PROXIMAL, 85),
      l(Segment.RCA_MID, 85)),
  LEFT_MAIN("isolated left main disease", l(Segment.LEFT_MAIN, 60)),
  LEFT_MAIN_ONE_OR_TWO_VESSELS(
      "left main disease with one or two other diseased territories",
      l(Segment.LEFT_MAIN, 60),
      l(Segment.RCA_MID, 85)),
  LEFT_MAIN_THREE_VESSELS(
      "left main disease with three other diseased territories",
      l(Segment.LEFT_MAIN, 60),
      l(Segment.LAD_MID, 85),
      l(Segment.LCX_PROXIMAL, 85),
      l(Segment.RCA_MID, 85)),
  SINGLE_CTO(
      "a chronic total occlusion of one artery without other stenoses",
      new Lesion(Segment.RCA_MID, 100, null, null, true, null)),
  BORDERLINE_UNEVALUATED(
      "a borderline (50-60%) stenosis without FFR or IVUS", l(Segment.LAD_MID, 55)),
  BORDERLINE_FFR_SIGNIFICANT(
      "a borderline (50-60%) stenosis with FFR 0.80 or less",
      new Lesion(Segment.LAD_MID, 55, 0.75, null, false, null)),
  BORDERLINE_FFR_SIGNIFICANT_PROXIMAL_LAD(
      "a borderline (50-60%) proximal LAD stenosis with FFR 0.80 or less",
      new Lesion(Segment.LAD_PROXIMAL, 55, 0.75, null, false, null)),
  BORDERLINE_FFR_NOT_SIGNIFICANT(
      "a borderline (50-60%) stenosis with FFR above 0.80",
      new Lesion(Segment.LAD_MID, 55, 0.9, null, false, null));

  private final String label;
  private final AnatomyCategories categories;

  AnatomyPattern(String label, Lesion... lesions) {
    this.label = label;
    this.categories =
        LesionClassifier.categorize(List.of(lesions), DerivationNotes.DISCARDED, Set.of());
  }

  private static Lesion l(Segment segment, int percent) {
    return new Lesion(segment, percent, null, null, false, null);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public AnatomyCategories categories() {
    return categories;
  }
}
