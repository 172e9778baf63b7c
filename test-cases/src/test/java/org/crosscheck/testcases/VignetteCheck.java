// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Expected;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Finding;

/**
 * Compares an evaluation with a vignette's {@code expected}: the cell under test (and its rule, by
 * id) is (positive) or is not (negative) among the findings with its published letter; the
 * decision's tier and outcome; the required reason codes; the exact missing data. Returns the
 * mismatches, empty when the vignette passes.
 */
public final class VignetteCheck {

  private VignetteCheck() {}

  public static List<String> mismatches(Evaluation evaluation, CaseFile vignette) {
    Expected expected = vignette.expected();
    String requested = vignette.request().procedure().name();
    List<String> problems = new ArrayList<>();
    for (Finding f : evaluation.findings()) {
      if (f.description() == null || f.description().contains("[")) {
        problems.add("finding " + f.rule() + " is not worded for clinicians: " + f.description());
      }
    }
    if (expected.criterion() != null) {
      List<Finding> cell =
          evaluation.findings().stream()
              .filter(
                  f ->
                      f.ruleSet().equals(expected.ruleSet())
                          && f.criterion().equals(expected.criterion()))
              .filter(f -> expected.column() == null || f.column().equals(expected.column()))
              .toList();
      if (expected.rule() != null) {
        cell =
            cell.stream()
                .filter(f -> List.of(f.rule().split(", ")).contains(expected.rule()))
                .toList();
      }
      if (Boolean.TRUE.equals(expected.matches())) {
        List<Finding> forProcedure =
            cell.stream().filter(f -> f.procedure().equals(requested)).toList();
        if (forProcedure.isEmpty()) {
          problems.add(
              "expected a finding for "
                  + expected.ruleSet()
                  + " indication "
                  + expected.criterion()
                  + " "
                  + expected.column()
                  + ", found "
                  + summary(evaluation));
        } else if (expected.rating() != null
            && !forProcedure.get(0).rating().equals(expected.rating())) {
          problems.add(
              "indication "
                  + expected.criterion()
                  + ": expected rating "
                  + expected.rating()
                  + ", got "
                  + forProcedure.get(0).rating());
        }
      } else if (Boolean.FALSE.equals(expected.matches()) && !cell.isEmpty()) {
        problems.add(
            "indication "
                + expected.criterion()
                + " "
                + expected.column()
                + " must not match (negative vignette), found "
                + summary(evaluation));
      }
    }
    if (expected.tier() != null
        && !expected.tier().equals(String.valueOf(evaluation.decision().tier()))) {
      problems.add(
          "expected tier "
              + expected.tier()
              + ", got "
              + evaluation.decision().tier()
              + " "
              + summary(evaluation));
    }
    if (expected.outcome() != null
        && !expected.outcome().equals(evaluation.decision().outcome().name())) {
      problems.add(
          "expected outcome "
              + expected.outcome()
              + ", got "
              + evaluation.decision().outcome()
              + " with reasons "
              + evaluation.decision().reasons().stream().map(Reason::code).toList());
    }
    if (expected.reasons() != null) {
      List<String> codes =
          evaluation.decision().reasons().stream().map(Reason::code).distinct().toList();
      for (String code : expected.reasons()) {
        if (!codes.contains(code)) {
          problems.add("expected reason " + code + ", got " + codes);
        }
      }
    }
    if (expected.missingData() != null
        && !expected.missingData().equals(evaluation.decision().missingData())) {
      problems.add(
          "expected missingData "
              + expected.missingData()
              + ", got "
              + evaluation.decision().missingData());
    }
    return problems;
  }

  private static String summary(Evaluation e) {
    return e.findings().stream()
        .map(f -> f.criterion() + "/" + f.column() + "/" + f.procedure() + "=" + f.rating())
        .toList()
        .toString();
  }
}
