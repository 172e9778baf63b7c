// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import org.crosscheck.engine.casefile.Graft;

/**
 * The grafts of a prior-CABG patient with one choice of values for those not fully documented, and, when the native
 * anatomy is unknown, whether a significant native stenosis lies in a territory no graft reaches.
 *
 * @param ungraftedDisease assumed when the native anatomy is unknown; null to derive it from the anatomy
 */
public record GraftVariant(String label, List<Graft> grafts, Boolean ungraftedDisease) implements GraftValue {

  public GraftVariant {
    grafts = List.copyOf(grafts);
  }

  @Override
  public GraftCategories categories(AnatomyCategories anatomy) {
    return GraftDerivation.categories(grafts, anatomy, ungraftedDisease);
  }
}
