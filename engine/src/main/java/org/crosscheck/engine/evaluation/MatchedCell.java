// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.Comparator;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.ruleset.LoadedRuleSet;

/** A criterion match with the rule set it belongs to. */
record MatchedCell(LoadedRuleSet ruleSet, CriterionMatch match) {

  static final Comparator<MatchedCell> ORDER = Comparator
      .comparing((MatchedCell m) -> m.ruleSet().info().id())
      .thenComparingInt(MatchedCell::indicationNumber)
      .thenComparing(MatchedCell::indication)
      .thenComparing(MatchedCell::column)
      .thenComparing(m -> m.match().ruleName());

  String indication() {
    return match.meta("indication");
  }

  String column() {
    return match.meta("column");
  }

  int indicationNumber() {
    try {
      return Integer.parseInt(indication());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** A row that rates the requested procedure (as opposed to a method row that compares PCI and CABG). */
  boolean isRating() {
    return match.meta("rating") != null;
  }

  String rating() {
    return match.meta("rating");
  }

  String key() {
    return ruleSet.info().id() + "/" + indication() + "/" + column();
  }
}
