// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.p;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;
import org.crosscheck.engine.words.ClinicalWords;

/**
 * The report's tables. The provider and facility tables list every one with its rate, Wilson
 * interval and the benchmark, and sort by any column (each cell carries its sort key in {@code
 * data-sort}).
 */
final class Tables {

  private Tables() {}

  private static String sortable(String label, String type) {
    return "<th scope=\"col\" data-type=\""
        + type
        + "\"><button type=\"button\" class=\"sort\">"
        + label
        + "</button></th>";
  }

  private static String cell(String text, Object sortKey) {
    return "<td data-sort=\"" + esc(sortKey == null ? "" : sortKey) + "\">" + text + "</td>";
  }

  private static String key(Double v) {
    return v == null ? "" : String.format(Locale.ROOT, "%.8f", v);
  }

  /**
   * Every provider (or facility): its requests, rated nonacute revascularizations, rarely
   * appropriate ones, the rate with its 95% Wilson interval, the benchmark (the pooled rate the
   * test uses), p and q, and whether it is flagged. Sorted by q first (flagged on top), as the test
   * ranks them.
   */
  static String units(
      String id, String unit, List<AuditSummary.Group> groups, AuditSummary.Outliers o) {
    Map<String, ProviderOutliers.Tested> tested = new HashMap<>();
    o.providers().forEach(t -> tested.put(t.id(), t));
    Double benchmark = o.pooled().rate();
    StringBuilder h = new StringBuilder();
    h.append("<table id=\"")
        .append(id)
        .append("\" class=\"sortable units\"><thead><tr>")
        .append(sortable(unit, "text"))
        .append(sortable("Requests", "number"))
        .append(sortable("Rated nonacute revascularizations", "number"))
        .append(sortable("Rarely appropriate", "number"))
        .append(sortable("Rate", "number"))
        .append(sortable("95% CI", "number"))
        .append(sortable("Benchmark (pooled rate)", "number"))
        .append(sortable("p", "number"))
        .append(sortable("q", "number"))
        .append(sortable("Flagged", "text"))
        .append("</tr></thead><tbody>");
    List<AuditSummary.Group> rows =
        groups.stream()
            .sorted(
                java.util.Comparator.comparingDouble(
                        (AuditSummary.Group g) ->
                            tested.containsKey(g.group()) ? tested.get(g.group()).qValue() : 2.0)
                    .thenComparing(AuditSummary.Group::group))
            .toList();
    for (AuditSummary.Group g : rows) {
      ProviderOutliers.Tested t = tested.get(g.group());
      h.append(t != null && t.flagged() ? "<tr class=\"flagged\">" : "<tr>")
          .append(cell(esc(g.group()), g.group()))
          .append(cell(count(g.cases()), g.cases()));
      if (t == null) {
        h.append(cell("0", 0))
            .append(cell("", ""))
            .append(cell("not tested", ""))
            .append(cell("", ""))
            .append(cell(pct(benchmark), key(benchmark)))
            .append(cell("", ""))
            .append(cell("", ""))
            .append(cell("", ""));
      } else {
        Proportion r = t.proportion();
        h.append(cell(count(r.total()), r.total()))
            .append(cell(count(r.count()), r.count()))
            .append(cell(pct(r.rate()), key(r.rate())))
            .append(cell(pct(r.lower()) + "&ndash;" + pct(r.upper()), key(r.lower())))
            .append(cell(pct(benchmark), key(benchmark)))
            .append(cell(p(t.pValue()), key(t.pValue())))
            .append(cell(p(t.qValue()), key(t.qValue())))
            .append(cell(t.flagged() ? "flagged" : "", t.flagged() ? "a" : "b"));
      }
      h.append("</tr>");
    }
    return h.append("</tbody></table>\n").toString();
  }

  static String agreement(AuditSummary.AgreementResult a) {
    if (a.kappa() == null) {
      return "<p id=\"kappa\">No case carries a recorded review with a rating tier.</p>\n";
    }
    long[][] t = a.table();
    var k = a.kappa();
    return "<table class=\"small\"><thead><tr><th></th><th scope=\"col\">Reviewer: appropriate</th>"
        + "<th scope=\"col\">Reviewer: not appropriate</th></tr></thead><tbody><tr><th scope=\"row\">Crosscheck:"
        + " appropriate or may be appropriate</th><td>"
        + count(t[0][0])
        + "</td><td>"
        + count(t[0][1])
        + "</td></tr><tr><th scope=\"row\">Crosscheck: rarely appropriate</th><td>"
        + count(t[1][0])
        + "</td><td>"
        + count(t[1][1])
        + "</td></tr></tbody></table><p id=\"kappa\">Cohen's kappa <b>"
        + String.format(Locale.ROOT, "%.3f", k.kappa())
        + "</b> (95% CI "
        + String.format(Locale.ROOT, "%.3f&ndash;%.3f", k.lower(), k.upper())
        + "), observed agreement "
        + pct(k.observed())
        + ", chance "
        + pct(k.expected())
        + ", n = "
        + count(k.n())
        + ".</p>\n";
  }

  /**
   * The published figures with the years they count, beside this audit's PCI rates for the same
   * measure; the rows of one study and period share its cells.
   */
  static String national(List<AuditSummary.NationalComparison> rows, String auditPeriod) {
    StringBuilder h =
        new StringBuilder(
            "<table id=\"national-table\"><thead><tr><th scope=\"col\">Study</th>"
                + "<th scope=\"col\">Years</th><th scope=\"col\">Population</th><th scope=\"col\">Criteria</th>"
                + "<th scope=\"col\">Group</th><th scope=\"col\">Measure</th><th scope=\"col\">Published</th>"
                + "<th scope=\"col\">This audit ("
                + esc(auditPeriod)
                + ")</th></tr></thead><tbody>");
    for (int i = 0; i < rows.size(); i++) {
      AuditSummary.NationalComparison r = rows.get(i);
      h.append("<tr>");
      if (i == 0 || !sameSource(rows.get(i - 1), r)) {
        int span = 1;
        while (i + span < rows.size() && sameSource(r, rows.get(i + span))) {
          span++;
        }
        String rowspan = span > 1 ? " rowspan=\"" + span + "\"" : "";
        h.append("<td")
            .append(rowspan)
            .append(">")
            .append(esc(r.study()))
            .append("</td><td class=\"years\"")
            .append(rowspan)
            .append(">")
            .append(esc(r.years()))
            .append("</td><td")
            .append(rowspan)
            .append(">")
            .append(esc(r.population()))
            .append("</td><td")
            .append(rowspan)
            .append(">")
            .append(esc(r.criteria()))
            .append("</td>");
      }
      h.append("<td>")
          .append(
              "ACUTE".equals(r.category())
                  ? "Acute PCI"
                  : "NONACUTE".equals(r.category())
                      ? "Nonacute PCI"
                      : esc(ClinicalWords.group(r.category())))
          .append("</td><td>")
          .append(esc(ClinicalWords.measure(r.measure())))
          .append("</td><td>")
          .append(published(r))
          .append("</td><td>")
          .append(ours(r))
          .append("</td></tr>");
    }
    return h.append("</tbody></table>\n").toString();
  }

  private static boolean sameSource(
      AuditSummary.NationalComparison a, AuditSummary.NationalComparison b) {
    return a.study().equals(b.study())
        && a.years().equals(b.years())
        && a.population().equals(b.population())
        && a.criteria().equals(b.criteria());
  }

  private static String published(AuditSummary.NationalComparison r) {
    String published = num(r.publishedPercent()) + "%";
    if (r.publishedLower() != null) {
      published +=
          (r.measure().startsWith("FACILITY_MEDIAN") ? " (IQR " : " (95% CI ")
              + num(r.publishedLower())
              + "&ndash;"
              + num(r.publishedUpper())
              + ")";
    }
    return published;
  }

  private static String ours(AuditSummary.NationalComparison r) {
    if (r.measure().startsWith("FACILITY_MEDIAN")) {
      return r.auditMedianPercent() == null
          ? "n/a"
          : num(r.auditMedianPercent()) + "% (median of facilities)";
    }
    if (r.audit() == null || r.audit().rate() == null) {
      return "n/a";
    }
    return pct(r.audit().rate())
        + " ("
        + pct(r.audit().lower())
        + "&ndash;"
        + pct(r.audit().upper())
        + "), n = "
        + count(r.audit().total());
  }

  /**
   * Outcome shares and the rarely appropriate rate of each group ({@code byProcedure}, {@code
   * byQuarter}).
   */
  static String groups(List<AuditSummary.Group> groups, String groupTitle, boolean procedures) {
    StringBuilder h =
        new StringBuilder(
            "<table><thead><tr><th scope=\"col\">"
                + groupTitle
                + "</th>"
                + "<th scope=\"col\">Group</th><th scope=\"col\">Requests</th><th scope=\"col\">Second review</th>"
                + "<th scope=\"col\">Pending</th><th scope=\"col\">Emergency, not held</th>"
                + "<th scope=\"col\">Rarely appropriate (of rated, 95% CI)</th></tr></thead><tbody>");
    for (AuditSummary.Group g : groups) {
      Proportion r = g.rarelyAppropriate();
      h.append("<tr><td>")
          .append(esc(procedures ? ClinicalWords.procedure(g.group()) : g.group()))
          .append("</td><td>")
          .append(esc(ClinicalWords.group(g.category())))
          .append("</td><td>")
          .append(count(g.cases()))
          .append("</td><td>")
          .append(pct(g.outcomes().get("SECOND_REVIEW").rate()))
          .append("</td><td>")
          .append(pct(g.outcomes().get("PEND").rate()))
          .append("</td><td>")
          .append(pct(g.outcomes().get("NO_DELAY").rate()))
          .append("</td><td>")
          .append(
              r.rate() == null
                  ? "n/a"
                  : pct(r.rate())
                      + " ("
                      + pct(r.lower())
                      + "&ndash;"
                      + pct(r.upper())
                      + ") of "
                      + count(r.total()))
          .append("</td></tr>");
    }
    return h.append("</tbody></table>\n").toString();
  }
}
