// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Normalized appropriateness tier. Published letters map as the registry comparisons of the 2012
 * and 2017 criteria do: A -> APPROPRIATE; U or M -> MAY_BE_APPROPRIATE; I or R ->
 * RARELY_APPROPRIATE. NR (not rated) -> NOT_RATED. The ACR wording maps the same way: "Usually
 * appropriate", "May be appropriate" (with or without "(Disagreement)"), "Usually not appropriate",
 * with or without a 1-9 score before it. NO_CRITERIA_APPLY is kept apart from any rating: the
 * source material does not cover the scenario.
 */
public enum Tier {
  APPROPRIATE,
  MAY_BE_APPROPRIATE,
  RARELY_APPROPRIATE,
  NOT_RATED,
  NO_CRITERIA_APPLY;

  /** The tier of a published rating: a letter or the ACR wording. */
  public static Tier ofRating(String rating) {
    switch (rating) {
      case "A":
        return APPROPRIATE;
      case "U", "M":
        return MAY_BE_APPROPRIATE;
      case "I", "R":
        return RARELY_APPROPRIATE;
      case "NR":
        return NOT_RATED;
      default:
        break;
    }
    if (rating.contains("Usually not appropriate")) {
      return RARELY_APPROPRIATE;
    }
    if (rating.contains("May be appropriate")) {
      return MAY_BE_APPROPRIATE;
    }
    if (rating.contains("Usually appropriate")) {
      return APPROPRIATE;
    }
    throw new IllegalArgumentException("unknown rating: " + rating);
  }

  /** True for the three rating tiers (not NOT_RATED, not NO_CRITERIA_APPLY). */
  public boolean isRating() {
    return ordinal() <= RARELY_APPROPRIATE.ordinal();
  }

  /**
   * For two rating tiers: true when this one is less favourable to the procedure than {@code
   * other}.
   */
  public boolean isLessFavourableThan(Tier other) {
    return isRating() && other.isRating() && ordinal() > other.ordinal();
  }
}
