// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.Interpretation;
import org.crosscheck.engine.evaluation.Finding.InterpretationNote;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.CriteriaCell;
import org.crosscheck.engine.ruleset.RuleSetInfo;

/** Turns matched cells into findings that cite their source. */
final class Findings {

  private Findings() {}

  static List<Finding> of(List<MatchedCell> cells, DerivedCase d) {
    List<Finding> findings = new ArrayList<>();
    for (MatchedCell cell : cells) {
      if (cell.isRating()) {
        findings.add(finding(cell, d, d.procedure().name(), cell.rating(), cell.match().meta("score")));
      } else {
        findings.add(finding(cell, d, Procedure.PCI.name(), cell.match().meta("pciRating"),
            cell.match().meta("pciScore")));
        findings.add(finding(cell, d, Procedure.CABG.name(), cell.match().meta("cabgRating"),
            cell.match().meta("cabgScore")));
      }
    }
    return findings;
  }

  private static Finding finding(MatchedCell cell, DerivedCase d, String procedure, String letter, String score) {
    RuleSetInfo info = cell.ruleSet().info();
    CriteriaCell published = cell.ruleSet().cell(cell.indication(), cell.column());
    String table = published == null ? "" : ", " + published.tableShortName();
    return new Finding(
        info.id(), cell.indication(), cell.column(), procedure, letter, parseScore(score),
        Tier.ofLetter(letter).name(),
        description(published, cell),
        info.citation() + table + ", indication " + cell.indication(),
        published == null ? null : published.verification(),
        cell.match().ruleName(),
        interpretations(cell.match().meta("interpretations"), d.interpretations()));
  }

  /**
   * The published wording; where the source lacks it (method rows 62-67), the rule's own wording, which states the
   * project's interpretation.
   */
  private static String description(CriteriaCell published, MatchedCell cell) {
    if (published != null && !published.description().startsWith("[description not present")) {
      return published.description();
    }
    String rule = cell.match().ruleName();
    int space = rule.indexOf(' ');
    return "Row wording not in the available sources. " + (space > 0 ? rule.substring(space + 1) : rule);
  }

  private static Integer parseScore(String score) {
    if (score == null || score.equals("NR")) {
      return null;
    }
    return Integer.valueOf(score);
  }

  private static List<InterpretationNote> interpretations(String ruleLevel, List<Interpretation> caseLevel) {
    Set<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    all.addAll(caseLevel);
    if (ruleLevel != null) {
      for (String id : ruleLevel.split(",")) {
        if (!id.isBlank()) {
          all.add(Interpretation.valueOf(id.trim()));
        }
      }
    }
    return all.stream().map(i -> new InterpretationNote(i.id(), i.text())).toList();
  }
}
