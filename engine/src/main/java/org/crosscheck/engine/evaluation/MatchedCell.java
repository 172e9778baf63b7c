// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A criteria rule that matched a scenario; or, for a case whose symptom column is unknown, an
 * indication that matches in every completion with the same letter though in different columns
 * ({@code alternatives}: one cell per possible column).
 */
record MatchedCell(CellRule rule, List<CellRule> alternatives) {

  static final Comparator<MatchedCell> ORDER =
      Comparator.comparing((MatchedCell m) -> m.rule().ruleSet().info().id())
          .thenComparingInt(m -> m.rule().indicationNumber())
          .thenComparing(m -> m.rule().indication())
          .thenComparing(m -> m.rule().column())
          .thenComparing(m -> m.rule().ruleName());

  MatchedCell {
    alternatives = List.copyOf(alternatives);
  }

  MatchedCell(CellRule rule) {
    this(rule, List.of(rule));
  }

  /** True when the column is unknown (the indication and its letter are not). */
  boolean columnUnknown() {
    return alternatives.size() > 1;
  }

  boolean isRating() {
    return rule.isRating();
  }

  /**
   * {@code ruleSet/indication/column}; with an unknown column, the possible columns joined by
   * {@code |}.
   */
  String key() {
    return !columnUnknown()
        ? rule.cellKey()
        : rule.ruleSet().info().id()
            + "/"
            + rule.indication()
            + "/"
            + alternatives.stream().map(CellRule::column).collect(Collectors.joining("|"));
  }

  /** The rule itself, or the rules of the possible columns. */
  String ruleKey() {
    return alternatives.size() == 1
        ? alternatives.get(0).ruleName()
        : alternatives.stream().map(CellRule::ruleName).collect(Collectors.joining("|"));
  }
}
