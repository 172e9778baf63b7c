// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.Set;
import org.crosscheck.engine.casefile.Territory;

/**
 * The anatomic categories of the 2012 criteria, derived from the lesions (see {@link LesionClassifier}).
 *
 * @param vessels LAD/LCX/RCA territories with a significant stenosis (left main apart)
 * @param significantTerritories those territories, plus LEFT_MAIN when the left main is significantly diseased
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
    Set<Territory> significantTerritories) {

  public AnatomyCategories {
    significantTerritories = Set.copyOf(significantTerritories);
  }
}
