// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import java.util.EnumSet;
import java.util.Set;
import org.crosscheck.engine.casefile.Territory;

/**
 * Representative anatomies considered when a case's anatomy is unknown (interpretation ANATOMY_PATTERN_WHAT_IF):
 * they tell a requester which anatomic findings would lead to which rating.
 */
public enum AnatomyPattern {
  NO_SIGNIFICANT_DISEASE("no significant coronary stenosis", 0, false, false, false),
  ONE_VESSEL("one-vessel disease without proximal LAD", 1, false, false, false),
  TWO_VESSEL("two-vessel disease without proximal LAD", 2, false, false, false),
  ONE_VESSEL_PROXIMAL_LAD("one-vessel disease of the proximal LAD", 1, true, false, false),
  TWO_VESSEL_PROXIMAL_LAD("two-vessel disease including the proximal LAD", 2, true, false, false),
  THREE_VESSEL("three-vessel disease", 3, false, false, false),
  LEFT_MAIN("left main disease", 0, false, true, false),
  SINGLE_CTO("a chronic total occlusion of one artery without other stenoses", 1, false, false, true);

  private final String label;
  private final AnatomyCategories categories;

  AnatomyPattern(String label, int vessels, boolean proximalLad, boolean leftMain, boolean cto) {
    this.label = label;
    Set<Territory> territories = EnumSet.noneOf(Territory.class);
    Territory[] order = {Territory.LAD, Territory.LCX, Territory.RCA};
    for (int i = 0; i < vessels; i++) {
      territories.add(order[i]);
    }
    if (leftMain) {
      territories.add(Territory.LEFT_MAIN);
    }
    this.categories = new AnatomyCategories(vessels, proximalLad, leftMain, cto, cto, vessels, false, false, false,
        territories);
  }

  public String label() {
    return label;
  }

  public AnatomyCategories categories() {
    return categories;
  }
}
