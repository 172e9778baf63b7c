// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.util.Iterator;
import java.util.Map;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;
import org.crosscheck.engine.words.ClinicalWords;
import org.crosscheck.fhir.MappingWarning;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card's {@code detail} (GitHub-flavoured markdown, as CDS Hooks 2.0 allows): the matched
 * criterion with its citation, the reasons, the missing data, the categories the rating used, the
 * what-if alternatives, the interpretations the finding relies on, and what of the FHIR data could
 * not be read.
 */
final class CardDetail {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CardDetail() {}

  static String markdown(OrderCards.RatedOrder order, Finding finding) {
    Evaluation e = order.evaluation();
    StringBuilder md = new StringBuilder();
    if (finding != null) {
      md.append("**Criterion:** ")
          .append(finding.rating())
          .append(finding.score() == null ? "" : " (" + finding.score() + ")")
          .append(" for ")
          .append(ClinicalWords.procedure(finding.procedure()))
          .append(": ")
          .append(escape(finding.description()))
          .append("  \n*")
          .append(escape(finding.citation()))
          .append("*\n\n");
    } else {
      md.append("**No published criterion applies** to this order as documented.\n\n");
    }
    list(
        md,
        "Other criteria that apply",
        e.findings().stream()
            .filter(f -> f != finding)
            .map(
                f ->
                    f.rating()
                        + (f.score() == null ? "" : " (" + f.score() + ")")
                        + " for "
                        + ClinicalWords.procedure(f.procedure())
                        + ": "
                        + escape(f.description())
                        + " (*"
                        + escape(f.citation())
                        + "*)")
            .toList());
    list(
        md,
        "Why",
        e.decision().reasons().stream().map(r -> escape(ClinicalWords.inText(r.text()))).toList());
    list(
        md,
        "Data needed to rate it",
        e.decision().missingData().stream().map(p -> escape(ClinicalWords.field(p))).toList());
    md.append("**How the data were read:** ").append(derived(e)).append("\n\n");
    list(md, "What would change the result", e.whatIf().stream().map(CardDetail::whatIf).toList());
    list(
        md,
        "Interpretations used",
        e.interpretations().stream()
            .map(
                i ->
                    escape(
                        java.util.Objects.requireNonNullElse(
                            ClinicalWords.interpretation(i.id()), i.text())))
            .toList());
    list(
        md,
        "How the FHIR data were read",
        order.readings().stream().map(n -> escape(n.text())).toList());
    list(
        md,
        "Documented by the clinician in the questionnaire (not read from the record)",
        order.clinicianAnswers());
    notUsed(md, order);
    md.append("Rule sets: ")
        .append(
            String.join(
                ", ",
                e.provenance().ruleSets().stream()
                    .map(r -> ClinicalWords.ruleSet(r.id()) + " (version " + r.version() + ")")
                    .toList()))
        .append('\n');
    return md.length() <= MAX_CHARS
        ? md.toString()
        : md.substring(0, MAX_CHARS - 60)
            + "\n\n*(cut: the full evaluation is on the self-check page)*\n";
  }

  /**
   * A what-if in words; its tier or outcome may be absent (still pending, or "no test", which has
   * no request).
   */
  private static String whatIf(Evaluation.WhatIf w) {
    String tier =
        w.wouldBe().tier() == null
            ? "not yet rated"
            : "rated " + ClinicalWords.tier(w.wouldBe().tier()).toLowerCase(java.util.Locale.ROOT);
    String outcome =
        w.wouldBe().outcome() == null
            ? ""
            : " ("
                + ClinicalWords.outcome(w.wouldBe().outcome().name())
                    .toLowerCase(java.util.Locale.ROOT)
                + ")";
    return escape(change(w)) + ": would be " + tier + outcome;
  }

  /** The change a what-if supposes, from its structured fields (never the engine's codes). */
  private static String change(Evaluation.WhatIf w) {
    if ("PROCEDURE".equals(w.kind()) && w.valueCode() != null) {
      return ClinicalWords.procedure(w.valueCode()) + " requested instead";
    }
    if ("NO_TEST".equals(w.kind())) {
      return "No test: " + w.label();
    }
    String value = ClinicalWords.whatIfValue(w.label() != null ? w.label() : w.change());
    return w.field() == null ? value : ClinicalWords.field(w.field()) + ": " + value;
  }

  private static String derived(Evaluation e) {
    JsonNode tree = JSON.valueToTree(e.derived());
    StringBuilder text = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = tree.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      text.append(ClinicalWords.derivedLabel(field.getKey()))
          .append(": ")
          .append(ClinicalWords.derivedValue(field.getKey(), field.getValue().asString()))
          .append(fields.hasNext() ? "; " : "");
    }
    return text.isEmpty() ? "no categories derived" : escape(text.toString());
  }

  /**
   * At most this many mapping warnings are listed; the rest are counted (the record may hold
   * thousands).
   */
  static final int MAX_WARNINGS = 8;

  /** A warning's text is cut at this length. */
  static final int MAX_WARNING_CHARS = 240;

  /**
   * The detail never exceeds this (CDS Hooks cards are read in the EHR; a record must not make them
   * megabytes).
   */
  static final int MAX_CHARS = 12_000;

  /** What of the FHIR data was not used: counts by resource type, then the first warnings. */
  private static void notUsed(StringBuilder md, OrderCards.RatedOrder order) {
    if (order.warnings().isEmpty() && order.notUsedByType().isEmpty()) {
      return;
    }
    md.append("**FHIR data not used:**");
    if (!order.notUsedByType().isEmpty()) {
      md.append(" by kind, ")
          .append(
              String.join(
                  ", ",
                  order.notUsedByType().entrySet().stream()
                      .map(
                          e ->
                              String.format(
                                  java.util.Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                      .toList()));
    }
    md.append("\n\n");
    order.warnings().stream()
        .limit(MAX_WARNINGS)
        .forEach(w -> md.append("- ").append(warning(w)).append('\n'));
    if (order.warnings().size() > MAX_WARNINGS) {
      md.append("- and ")
          .append(order.warnings().size() - MAX_WARNINGS)
          .append(" more notes on the data\n");
    }
    md.append('\n');
  }

  private static String warning(MappingWarning w) {
    String message =
        w.message().length() <= MAX_WARNING_CHARS
            ? w.message()
            : w.message().substring(0, MAX_WARNING_CHARS - 1) + "\u2026";
    return "`" + w.resource() + "` " + escape(w.element()) + ": " + escape(message);
  }

  private static void list(StringBuilder md, String title, java.util.List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("**").append(title).append(":**\n\n");
    items.forEach(item -> md.append("- ").append(item).append('\n'));
    md.append('\n');
  }

  /**
   * Markdown-significant characters of data (descriptions, FHIR text) are escaped so that they
   * print as written.
   */
  static String escape(String text) {
    return text == null ? "" : MARKDOWN_SIGNIFICANT.matcher(text).replaceAll("\\\\$1");
  }

  /** What {@link #escape} escapes, compiled once (not on every call, as String.replaceAll does). */
  private static final java.util.regex.Pattern MARKDOWN_SIGNIFICANT =
      java.util.regex.Pattern.compile("([\\\\`*_\\[\\]<>#|])");
}
