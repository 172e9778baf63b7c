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

/** Turns matched cells into findings that cite their source. */
final class Findings {

  private Findings() {}

  static List<Finding> of(List<MatchedCell> cells, DerivedCase d) {
    List<Finding> findings = new ArrayList<>(cells.size() + 1);
    for (MatchedCell cell : cells) {
      CellRule rule = cell.rule();
      if (cell.columnUnknown()) {
        findings.add(anyColumn(cell, d));
      } else if (rule.isRating()) {
        findings.add(finding(rule, d, d.procedure().name(), rule.rating(), rule.score()));
      } else {
        findings.add(finding(rule, d, Procedure.PCI.name(), rule.pciRating(), rule.pciScore()));
        findings.add(finding(rule, d, Procedure.CABG.name(), rule.cabgRating(), rule.cabgScore()));
      }
    }
    return findings;
  }

  /**
   * An indication that applies with the same letter whatever the unknown symptom column: no column,
   * the score only when every column has the same, the rules of every possible column.
   */
  private static Finding anyColumn(MatchedCell cell, DerivedCase d) {
    Finding first =
        finding(cell.rule(), d, d.procedure().name(), cell.rule().rating(), cell.rule().score());
    boolean sameScore =
        cell.alternatives().stream()
            .allMatch(r -> java.util.Objects.equals(r.score(), cell.rule().score()));
    List<String> interpretations = new ArrayList<>(first.interpretations());
    interpretations.add(Interpretation.COLUMN_UNKNOWN_SAME_RATING.id());
    return new Finding(
        first.ruleSet(),
        first.criterion(),
        null,
        first.procedure(),
        first.rating(),
        sameScore ? first.score() : null,
        first.tier(),
        first.description(),
        first.citation(),
        first.verification(),
        String.join(", ", cell.alternatives().stream().map(CellRule::ruleId).toList()),
        interpretations);
  }

  /** The wording of every interpretation that the findings name, once. */
  static List<InterpretationNote> notes(List<Finding> findings) {
    Set<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    findings.forEach(f -> f.interpretations().forEach(id -> all.add(Interpretation.valueOf(id))));
    List<InterpretationNote> notes = new ArrayList<>(all.size());
    all.forEach(i -> notes.add(new InterpretationNote(i.id(), i.text())));
    return notes;
  }

  private static Finding finding(
      CellRule rule, DerivedCase d, String procedure, String letter, String score) {
    return new Finding(
        rule.ruleSet().info().id(),
        rule.indication(),
        rule.column(),
        procedure,
        letter,
        parseScore(score),
        Tier.ofRating(letter).name(),
        rule.description(),
        rule.citation(),
        rule.published() == null ? null : rule.published().verification(),
        rule.ruleId(),
        interpretations(rule, d.interpretations()));
  }

  private static Integer parseScore(String score) {
    if (score == null || score.equals("NR")) {
      return null;
    }
    return score.isBlank() ? null : Integer.valueOf(score);
  }

  /**
   * The rule's own interpretations and the case-level ones of the rule's domain (revascularization
   * or imaging).
   */
  private static List<String> interpretations(CellRule rule, List<Interpretation> caseLevel) {
    Set<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    for (Interpretation i : caseLevel) {
      if (i.domain() == rule.domain()) {
        all.add(i);
      }
    }
    all.addAll(rule.interpretations());
    List<String> ids = new ArrayList<>(all.size());
    all.forEach(i -> ids.add(i.id()));
    return ids;
  }
}
