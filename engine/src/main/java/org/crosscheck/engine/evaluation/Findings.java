// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.derivation.Interpretation;
import org.crosscheck.engine.evaluation.Evaluation.InterpretationNote;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.CriteriaCell;
import org.crosscheck.engine.ruleset.RuleSetInfo;

/** Turns matched cells into findings that cite their source. */
final class Findings {

  private Findings() {}

  static List<Finding> of(List<MatchedCell> cells, DerivedCase d) {
    List<Finding> findings = new ArrayList<>(cells.size() + 1);
    for (MatchedCell cell : cells) {
      CellRule rule = cell.rule();
      if (rule.isRating()) {
        findings.add(finding(rule, d, d.procedure().name(), rule.rating(), rule.score()));
      } else {
        findings.add(finding(rule, d, Procedure.PCI.name(), rule.pciRating(), rule.pciScore()));
        findings.add(finding(rule, d, Procedure.CABG.name(), rule.cabgRating(), rule.cabgScore()));
      }
    }
    return findings;
  }

  /** The wording of every interpretation that the findings name, once. */
  static List<InterpretationNote> notes(List<Finding> findings) {
    Set<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    findings.forEach(f -> f.interpretations().forEach(id -> all.add(Interpretation.valueOf(id))));
    List<InterpretationNote> notes = new ArrayList<>(all.size());
    all.forEach(i -> notes.add(new InterpretationNote(i.id(), i.text())));
    return notes;
  }

  private static Finding finding(CellRule rule, DerivedCase d, String procedure, String letter, String score) {
    RuleSetInfo info = rule.ruleSet().info();
    CriteriaCell published = rule.ruleSet().cell(rule.indication(), rule.column());
    String table = published == null ? "" : ", " + published.tableShortName();
    return new Finding(
        info.id(), rule.indication(), rule.column(), procedure, letter, parseScore(score),
        Tier.ofRating(letter).name(),
        description(published, rule),
        info.citation() + table + ", " + info.itemName() + " " + rule.indication(),
        published == null ? null : published.verification(),
        rule.ruleId(),
        interpretations(rule, d.interpretations()));
  }

  /**
   * The published wording; where the source lacks it (method rows 62-67), the rule's own wording, which states the
   * project's interpretation.
   */
  private static String description(CriteriaCell published, CellRule rule) {
    if (published != null && !published.description().startsWith("[description not present")) {
      return published.description();
    }
    int space = rule.ruleName().indexOf(' ');
    return "Row wording not in the available sources. "
        + (space > 0 ? rule.ruleName().substring(space + 1) : rule.ruleName());
  }

  private static Integer parseScore(String score) {
    if (score == null || score.equals("NR")) {
      return null;
    }
    return score.isBlank() ? null : Integer.valueOf(score);
  }

  /** The rule's own interpretations and the case-level ones of the rule's domain (revascularization or imaging). */
  private static List<String> interpretations(CellRule rule, List<Interpretation> caseLevel) {
    Set<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    caseLevel.stream().filter(i -> i.domain() == rule.domain()).forEach(all::add);
    all.addAll(rule.interpretations());
    List<String> ids = new ArrayList<>(all.size());
    all.forEach(i -> ids.add(i.id()));
    return ids;
  }
}
