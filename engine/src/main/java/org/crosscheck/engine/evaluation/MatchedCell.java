// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.Comparator;

/** A criteria rule that matched a scenario. */
record MatchedCell(CellRule rule) {

  static final Comparator<MatchedCell> ORDER = Comparator
      .comparing((MatchedCell m) -> m.rule().ruleSet().info().id())
      .thenComparingInt(m -> m.rule().indicationNumber())
      .thenComparing(m -> m.rule().indication())
      .thenComparing(m -> m.rule().column())
      .thenComparing(m -> m.rule().ruleName());

  boolean isRating() {
    return rule.isRating();
  }

  String key() {
    return rule.key();
  }
}
