// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Normalized appropriateness tier. Published letters map as the registry comparisons of the 2012 and 2017 criteria
 * do: A -> APPROPRIATE; U or M -> MAY_BE_APPROPRIATE; I or R -> RARELY_APPROPRIATE. NR (not rated) -> NOT_RATED.
 * NO_CRITERIA_APPLY is kept apart from any rating: the source material does not cover the scenario.
 */
public enum Tier {
  APPROPRIATE,
  MAY_BE_APPROPRIATE,
  RARELY_APPROPRIATE,
  NOT_RATED,
  NO_CRITERIA_APPLY;

  /** The tier of a published rating letter. */
  public static Tier ofLetter(String letter) {
    return switch (letter) {
      case "A" -> APPROPRIATE;
      case "U", "M" -> MAY_BE_APPROPRIATE;
      case "I", "R" -> RARELY_APPROPRIATE;
      case "NR" -> NOT_RATED;
      default -> throw new IllegalArgumentException("unknown rating letter: " + letter);
    };
  }

  /** True for the three rating tiers (not NOT_RATED, not NO_CRITERIA_APPLY). */
  public boolean isRating() {
    return ordinal() <= RARELY_APPROPRIATE.ordinal();
  }

  /** For two rating tiers: true when this one is less favourable to the procedure than {@code other}. */
  public boolean isLessFavourableThan(Tier other) {
    return isRating() && other.isRating() && ordinal() > other.ordinal();
  }
}
