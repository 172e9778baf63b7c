// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.Set;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Territory;

/**
 * The anatomic categories of the 2012 criteria, derived from the lesions (see {@link
 * LesionClassifier}).
 *
 * @param vessels LAD/LCX/RCA territories with a significant stenosis (left main apart)
 * @param significantTerritories those territories, plus LEFT_MAIN when the left main is
 *     significantly diseased
 * @param lesionSegments the segments where a lesion (of any severity) is documented: what a
 *     requested target is checked against
 * @param culpritSegments the segments of the lesions marked culprit
 */
public record AnatomyCategories(
    int vessels,
    boolean proximalLad,
    boolean leftMain,
    boolean singleCto,
    boolean anyCto,
    int vesselsWithBorderline,
    boolean borderlineUnevaluated,
    boolean borderlineFfrSignificant,
    boolean borderlineFfrNotSignificant,
    Set<Territory> significantTerritories,
    Set<Segment> lesionSegments,
    Set<Segment> culpritSegments) {

  public AnatomyCategories {
    significantTerritories = Set.copyOf(significantTerritories);
    lesionSegments = Set.copyOf(lesionSegments);
    culpritSegments = Set.copyOf(culpritSegments);
  }

  /**
   * The same categories with other lesion segments (a representative anatomy, checked against the
   * targets).
   */
  public AnatomyCategories withLesionSegments(Set<Segment> segments) {
    return new AnatomyCategories(
        vessels,
        proximalLad,
        leftMain,
        singleCto,
        anyCto,
        vesselsWithBorderline,
        borderlineUnevaluated,
        borderlineFfrSignificant,
        borderlineFfrNotSignificant,
        significantTerritories,
        segments,
        culpritSegments);
  }
}
