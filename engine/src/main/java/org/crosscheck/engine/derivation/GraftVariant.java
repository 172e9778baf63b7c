// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.List;
import org.crosscheck.engine.casefile.Graft;

/** The grafts of a prior-CABG patient with one choice of values for those not fully documented. */
public record GraftVariant(String label, List<Graft> grafts) implements GraftValue {

  public GraftVariant {
    grafts = List.copyOf(grafts);
  }

  @Override
  public GraftCategories categories(AnatomyCategories anatomy) {
    return GraftDerivation.categories(grafts, anatomy);
  }
}
