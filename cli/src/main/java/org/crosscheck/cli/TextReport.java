// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.crosscheck.engine.evaluation.DerivedView;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.evaluation.Finding;
import org.crosscheck.engine.evaluation.Outcome;

/** A readable summary of an evaluation, for people at a terminal. */
final class TextReport {

  private static final Map<Outcome, String> OUTCOME_WORDS =
      Map.of(
          Outcome.CLEAR, "CLEAR - no second review needed",
          Outcome.SECOND_REVIEW, "SECOND REVIEW - another clinician must review before approval",
          Outcome.PEND, "PEND - data that could change the rating is missing",
          Outcome.NO_DELAY, "NO DELAY - emergency, never held for review");

  private TextReport() {}

  static String render(String source, Evaluation e) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ")
        .append(e.caseId())
        .append("  (")
        .append(source)
        .append(", as of ")
        .append(e.evaluatedAt())
        .append(")\n");
    sb.append("Decision: ").append(OUTCOME_WORDS.get(e.decision().outcome()));
    if (e.decision().tier() != null) {
      sb.append("  [").append(e.decision().tier()).append(']');
    }
    sb.append('\n');
    for (Reason r : e.decision().reasons()) {
      sb.append("  reason ").append(r.code()).append(": ").append(r.text()).append('\n');
    }
    if (!e.decision().missingData().isEmpty()) {
      sb.append("Missing data: ")
          .append(String.join(", ", e.decision().missingData()))
          .append('\n');
    }
    if (e.findings().isEmpty()) {
      sb.append(
          e.whatIf().stream().anyMatch(w -> !w.wouldBe().criteria().isEmpty())
              ? "Criteria: which one applies depends on data not documented (see the what-ifs)\n"
              : "Criteria: none applies\n");
    }
    for (Finding f : e.findings()) {
      sb.append("Criterion ")
          .append(f.ruleSet())
          .append(' ')
          .append(f.criterion())
          .append(" / ")
          .append(f.column() == null ? "any CCS column" : f.column())
          .append(" (")
          .append(f.procedure())
          .append("): ")
          .append(f.rating())
          .append(f.score() == null ? "" : " (" + f.score() + ")")
          .append(' ')
          .append(f.tier())
          .append('\n');
      sb.append("    ").append(f.description()).append('\n');
      sb.append("    ").append(f.citation()).append('\n');
    }
    sb.append("Derived: ").append(derived(e.derived())).append('\n');
    for (WhatIf w : e.whatIf()) {
      sb.append("What if ")
          .append(w.change())
          .append(" -> ")
          .append(w.wouldBe().outcome() == null ? "rated" : w.wouldBe().outcome());
      if (w.wouldBe().tier() != null) {
        sb.append(" [").append(w.wouldBe().tier()).append(']');
      }
      if (!w.wouldBe().criteria().isEmpty()) {
        sb.append(" (").append(String.join(", ", w.wouldBe().criteria())).append(')');
      }
      sb.append('\n');
    }
    for (String warning : e.warnings()) {
      sb.append("Warning: ").append(warning).append('\n');
    }
    return sb.toString();
  }

  private static String derived(DerivedView d) {
    List<String> parts = new ArrayList<>();
    add(parts, "setting", d.setting());
    add(parts, "symptoms", d.symptomColumn());
    add(parts, "diseased vessels", d.diseasedVessels());
    add(parts, "proximal LAD", d.proximalLad());
    add(parts, "left main", d.leftMain());
    add(parts, "noninvasive risk", d.noninvasiveRisk());
    add(parts, "therapy", d.therapy());
    add(parts, "LV function", d.lvFunction());
    add(parts, "CAD burden", d.cadBurden());
    add(parts, "prior CABG", d.priorCabg());
    add(parts, "STEMI timing", d.stemiTiming());
    add(parts, "instability", d.instability());
    add(parts, "ACS risk", d.acsRisk());
    add(parts, "imaging question", d.imagingQuestion());
    add(parts, "imaging symptoms", d.imagingSymptoms());
    add(parts, "CAD probability", d.cadProbability());
    add(parts, "suspected", d.suspectedCondition());
    add(parts, "since CABG", d.timeSinceCabg());
    add(parts, "since PCI", d.timeSincePci());
    StringJoiner joiner = new StringJoiner(", ");
    parts.forEach(joiner::add);
    return joiner.toString();
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + " " + value);
    }
  }
}
