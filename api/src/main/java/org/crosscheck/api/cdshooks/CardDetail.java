// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.util.Iterator;
import java.util.Map;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;
import org.crosscheck.fhir.MappingWarning;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card's {@code detail} (GitHub-flavoured markdown, as CDS Hooks 2.0 allows): the matched criterion with its
 * citation, the reasons, the missing data, the categories the rating used, the what-if alternatives, the
 * interpretations the finding relies on, and what of the FHIR data could not be read.
 */
final class CardDetail {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CardDetail() {}

  static String markdown(OrderCards.RatedOrder order, Finding finding) {
    Evaluation e = order.evaluation();
    StringBuilder md = new StringBuilder();
    if (finding != null) {
      md.append("**Criterion:** ").append(finding.rating()).append(finding.score() == null ? "" : " (" + finding.score()
          + ")").append(" for ").append(finding.procedure()).append(": ").append(escape(finding.description()))
          .append("  \n*").append(escape(finding.citation())).append("*\n\n");
    } else {
      md.append("**No published criterion applies** to this order as documented.\n\n");
    }
    list(md, "Other criteria that apply", e.findings().stream().filter(f -> f != finding)
        .map(f -> f.rating() + (f.score() == null ? "" : " (" + f.score() + ")") + " for " + f.procedure() + ": "
            + escape(f.description()) + " (*" + escape(f.citation()) + "*)").toList());
    list(md, "Why", e.decision().reasons().stream().map(r -> escape(r.text())).toList());
    list(md, "Data needed to rate it", e.decision().missingData());
    md.append("**How the data were read:** ").append(derived(e)).append("\n\n");
    list(md, "What would change the result", e.whatIf().stream().map(CardDetail::whatIf).toList());
    list(md, "Interpretations used", e.interpretations().stream().map(i -> i.id() + ": " + escape(i.text()))
        .toList());
    list(md, "How the FHIR data were read", order.readings().stream().map(n -> n.id() + ": " + escape(n.text()))
        .toList());
    list(md, "FHIR data not used", order.warnings().stream().map(CardDetail::warning).toList());
    md.append("Rule sets: ").append(String.join(", ", e.provenance().ruleSets().stream()
        .map(r -> r.id() + "@" + r.version()).toList())).append('\n');
    return md.toString();
  }

  /** A what-if in words; its tier or outcome may be absent (still pending, or "no test", which has no request). */
  private static String whatIf(Evaluation.WhatIf w) {
    String tier = w.wouldBe().tier() == null ? "not yet rated" : w.wouldBe().tier().toLowerCase().replace('_', ' ');
    String outcome = w.wouldBe().outcome() == null ? ""
        : ", " + w.wouldBe().outcome().name().toLowerCase().replace('_', ' ');
    return escape(w.change()) + ": would be " + tier + outcome;
  }

  private static String derived(Evaluation e) {
    JsonNode tree = JSON.valueToTree(e.derived());
    StringBuilder text = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = tree.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      text.append(field.getKey()).append(' ').append(field.getValue().asString()).append(fields.hasNext() ? "; " : "");
    }
    return text.isEmpty() ? "no categories derived" : escape(text.toString());
  }

  private static String warning(MappingWarning w) {
    return "`" + w.resource() + "` " + escape(w.element()) + ": " + escape(w.message());
  }

  private static void list(StringBuilder md, String title, java.util.List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("**").append(title).append(":**\n\n");
    items.forEach(item -> md.append("- ").append(item).append('\n'));
    md.append('\n');
  }

  /** Markdown-significant characters of data (descriptions, FHIR text) are escaped so that they print as written. */
  static String escape(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
