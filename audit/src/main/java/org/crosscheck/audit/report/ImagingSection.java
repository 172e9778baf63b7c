// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.Map;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.engine.words.ClinicalWords;

/**
 * Why imaging requests go to review: by reason, each reason named as a gap in the criteria's
 * coverage, a practice pattern, the review policy or missing documentation; the scenarios no
 * criterion rates; the criteria whose ratings sent requests to review. So a medical director can
 * tell a coverage gap from a practice pattern.
 */
final class ImagingSection {

  private static final Map<String, String> KIND =
      Map.of(
          "NO_CRITERIA_APPLY", "Coverage gap: no criterion rates the scenario",
          "NOT_RATED", "Coverage gap: the criterion is not rated by its source",
          "RARELY_APPROPRIATE", "Practice pattern: rated rarely appropriate",
          "MAY_BE_APPROPRIATE", "Practice pattern: rated may be appropriate",
          "REPEAT_TEST_WITHIN_WINDOW", "Review policy: repeat test",
          "MISSING_DATA", "Documentation: data missing");

  private ImagingSection() {}

  static String lead(AuditSummary.ImagingReview r) {
    return count(r.requests())
        + " imaging requests: "
        + count(r.reviewed())
        + " sent to a second review, "
        + count(r.pending())
        + " pending for missing data. Two sets of criteria rate imaging: the "
        + esc(ClinicalWords.ruleSet("imaging-ccd-auc-2023"))
        + " (Table 2.2: patients without symptoms after CABG or"
        + " PCI) and the "
        + esc(ClinicalWords.ruleSet("acr-cardiac"))
        + " (chest pain, dyspnea, heart failure,"
        + " patients at risk without symptoms, myocardial disease). A request neither rates is a gap in the criteria,"
        + " not a finding about the practice.";
  }

  static String body(AuditSummary.ImagingReview r) {
    if (r.requests() == 0) {
      return "<p class=\"empty\">No imaging request in this audit.</p>\n";
    }
    long held = r.reviewed() + r.pending();
    StringBuilder h = new StringBuilder();
    h.append("<h3>By reason</h3><table id=\"imaging-reasons\"><thead><tr>")
        .append(
            "<th scope=\"col\">Reason</th><th scope=\"col\">What it points to</th><th scope=\"col\">Requests</th>")
        .append("<th scope=\"col\">Share of held imaging requests</th></tr></thead><tbody>");
    for (AuditSummary.CodeCount c : r.reasons()) {
      h.append("<tr><td>")
          .append(esc(ClinicalWords.reason(c.code())))
          .append("</td><td>")
          .append(esc(KIND.getOrDefault(c.code(), "Other")))
          .append("</td><td>")
          .append(count(c.count()))
          .append("</td><td>")
          .append(held == 0 ? "n/a" : pct((double) c.count() / held))
          .append("</td></tr>");
    }
    if (r.reasons().isEmpty()) {
      h.append("<tr><td colspan=\"4\">No imaging request was held.</td></tr>");
    }
    h.append("</tbody></table>\n");

    h.append(
            "<h3>Scenarios no criterion rates</h3><p class=\"lead\">Imaging requests neither set of criteria rates,"
                + " by what the criteria read from the request (the most frequent first).</p>")
        .append(
            "<table id=\"imaging-unrated\"><thead><tr><th scope=\"col\">Test</th><th scope=\"col\">Clinical question</th>")
        .append("<th scope=\"col\">Symptoms</th><th scope=\"col\">Suspected condition</th>")
        .append(
            "<th scope=\"col\">Prior CABG or PCI</th><th scope=\"col\">Requests</th></tr></thead><tbody>");
    for (AuditSummary.ScenarioCount s : r.unratedScenarios()) {
      h.append("<tr><td>")
          .append(esc(ClinicalWords.procedure(s.procedure())))
          .append("</td><td>")
          .append(esc(ClinicalWords.value("imaging.question", s.question(), "not documented")))
          .append("</td><td>")
          .append(esc(ClinicalWords.value("imaging.symptoms", s.symptoms(), "not documented")))
          .append("</td><td>")
          .append(
              esc(
                  ClinicalWords.value(
                      "imaging.suspectedCondition", s.suspectedCondition(), "not documented")))
          .append("</td><td>")
          .append(ClinicalWords.value("", s.priorRevascularization(), "not documented"))
          .append("</td><td>")
          .append(count(s.count()))
          .append("</td></tr>");
    }
    if (r.unratedScenarios().isEmpty()) {
      h.append("<tr><td colspan=\"6\">Every imaging request was rated by a criterion.</td></tr>");
    }
    h.append("</tbody></table>\n");

    h.append("<h3>Criteria whose rating sent imaging requests to review</h3>")
        .append(
            "<table id=\"imaging-criteria\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Test</th>")
        .append("<th scope=\"col\">Rating</th>")
        .append("<th scope=\"col\">Requests</th></tr></thead><tbody>");
    for (AuditSummary.CriterionCount c : r.reviewedByCriterion()) {
      h.append("<tr><td>")
          .append(esc(ClinicalWords.criterion(c.criterion())))
          .append("</td><td>")
          .append(esc(ClinicalWords.procedure(c.procedure())))
          .append("</td><td>")
          .append(esc(ClinicalWords.tier(c.tier())))
          .append("</td><td>")
          .append(count(c.count()))
          .append("</td></tr>");
    }
    if (r.reviewedByCriterion().isEmpty()) {
      h.append("<tr><td colspan=\"4\">No imaging request went to review on its rating.</td></tr>");
    }
    return h.append("</tbody></table>\n").toString();
  }
}
