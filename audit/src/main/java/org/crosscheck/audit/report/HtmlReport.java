// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.pText;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.engine.words.ClinicalWords;

/**
 * {@code report.html}: one self-contained page (inline CSS, SVG and one small script that sorts the
 * tables; nothing fetched) that a quality officer reads from the top: counts, outcome and tier
 * distributions, the funnel plot, every provider and facility with its rate and the benchmark, the
 * quarterly trend, the reasons for review, why imaging requests are held, agreement with recorded
 * reviews, national figures and the definitions. Codes are shown in clinical words (ClinicalWords).
 */
public final class HtmlReport {

  private static final String[][] OUTCOME_COLOURS = {
    {"CLEAR", "#2e7d32"}, {"NO_DELAY", "#1565c0"}, {"SECOND_REVIEW", "#ef6c00"}, {"PEND", "#9e9e9e"}
  };
  private static final String[][] TIER_COLOURS = {
    {"APPROPRIATE", "#2e7d32"},
    {"MAY_BE_APPROPRIATE", "#f9a825"},
    {"RARELY_APPROPRIATE", "#c62828"},
    {"NOT_RATED", "#b0bec5"},
    {"NO_CRITERIA_APPLY", "#78909c"},
    {"NONE", "#d7ccc8"}
  };

  private HtmlReport() {}

  public static String render(AuditSummary s) {
    StringBuilder h = new StringBuilder(96 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Crosscheck audit report</title><style>")
        .append(CSS)
        .append("</style></head><body>\n");
    header(h, s);
    h.append("<main>\n");
    section(
        h,
        "outcomes",
        "Outcomes by group",
        "What Crosscheck decided for each group of the registry studies"
            + " (acute and nonacute revascularization, imaging). Hover a bar for counts.",
        Charts.stackedBars(s.byCategory(), OUTCOME_COLOURS, true));
    section(
        h,
        "tiers",
        "Appropriateness by group",
        "The rating each decision rests on; pending decisions have none" + " yet.",
        Charts.stackedBars(s.byCategory(), TIER_COLOURS, false));

    AuditSummary.Outliers o = s.providerOutliers();
    section(
        h,
        "funnel",
        "Providers: rarely appropriate nonacute revascularizations against volume",
        "Each dot is a provider: its rate among its nonacute revascularizations with a rating, against how many it"
            + " did. The pooled rate of all providers is "
            + pct(o.pooled().rate())
            + "; the dashed lines are its 95%"
            + " and 99.8% limits. "
            + flaggedSentence(o, "provider"),
        FunnelPlot.render(o));
    section(
        h,
        "providers",
        "Every provider",
        "Sorted with the flagged first; select a column heading to sort by it."
            + " The benchmark is the pooled rate the test compares with (exact binomial test, Benjamini-Hochberg q &le; "
            + o.fdr()
            + ").",
        Tables.units("provider-table", "Provider", s.byProvider(), o));
    AuditSummary.Outliers f = s.facilityOutliers();
    section(
        h,
        "facilities",
        "Every facility",
        flaggedSentence(f, "facility")
            + " Tested like the providers, against"
            + " the pooled rate of all facilities ("
            + pct(f.pooled().rate())
            + ").",
        Tables.units("facility-table", "Facility", s.byFacility(), f));

    AuditSummary.Trend t = s.trend();
    section(
        h,
        "trend",
        "Trend by quarter",
        "Rarely appropriate share of nonacute revascularizations per quarter,"
            + " with 95% Wilson intervals. "
            + (t.chiSquare() == null
                ? "Not enough data for a trend test."
                : "Cochran-Armitage chi-square "
                    + num(t.chiSquare())
                    + ", "
                    + pText(t.pValue(), "p")
                    + ": "
                    + esc(t.direction())
                    + "."),
        Charts.trend(t));
    section(
        h,
        "reasons",
        "Reasons for a second review",
        "Why requests were sent to a second review (a request can" + " have several reasons).",
        Charts.bars(s.topReviewReasons(), ClinicalWords::reason));
    section(
        h,
        "imaging",
        "Why imaging requests are held",
        ImagingSection.lead(s.imagingReview()),
        ImagingSection.body(s.imagingReview()));
    section(
        h,
        "agreement",
        "Agreement with recorded reviews",
        "Where the input carries a reviewer's judgment: the" + " rating against it.",
        Tables.agreement(s.agreement()));
    section(
        h,
        "national",
        "Beside the national figures",
        "Published figures (PCI only), with the years they count,"
            + " and this audit's PCI rates for the same measure. Other populations, periods and data rules: a difference"
            + " is a question to ask, not a finding.",
        Tables.national(s.national(), period(s)));
    section(
        h,
        "missing",
        "Most frequent missing data",
        "Fields whose absence held decisions (pending) or left them"
            + " open; complete them at the source.",
        Charts.bars(s.topMissingData(), ClinicalWords::field));
    section(h, "procedures", "By procedure", "", Tables.groups(s.byProcedure(), "Procedure", true));
    section(h, "quarters", "By quarter", "", Tables.groups(s.byQuarter(), "Quarter", false));
    StringBuilder dl = new StringBuilder("<dl>");
    for (AuditSummary.Definition d : s.definitions()) {
      dl.append("<dt>")
          .append(esc(ClinicalWords.readable(d.id())))
          .append("</dt><dd>")
          .append(esc(d.text()))
          .append("</dd>");
    }
    section(
        h,
        "definitions",
        "Definitions",
        "How this report counts and tests, in the terms of summary.json (field"
            + " names and codes as there).",
        dl.append("</dl>\n").toString());
    h.append("</main><script>").append(SORT_SCRIPT).append("</script></body></html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, AuditSummary s) {
    AuditSummary.Run run = s.run();
    h.append("<header><h1>Crosscheck audit report</h1><p class=\"counts\" id=\"counts\"><b>")
        .append(count(run.records()))
        .append("</b> records = <b>")
        .append(count(run.evaluated()))
        .append("</b> evaluated + <b>")
        .append(count(run.rejected()))
        .append("</b> rejected");
    if (!run.rejectedByKind().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      run.rejectedByKind()
          .forEach(
              (k, v) -> kinds.add(esc(ClinicalWords.readable(k)).toLowerCase() + " " + count(v)));
      h.append(" (").append(String.join(", ", kinds)).append("; see errors.ndjson)");
    }
    List<String> sets =
        run.ruleSets().stream()
            .map(
                r ->
                    ClinicalWords.ruleSet(r.split(" ")[0])
                        + (r.contains(" ") ? r.substring(r.indexOf(' ')) : ""))
            .toList();
    h.append("</p><p class=\"meta\">Requests of ")
        .append(esc(period(s)))
        .append(" &middot; Crosscheck ")
        .append(esc(run.engineVersion()))
        .append(" &middot; criteria: ")
        .append(esc(String.join(", ", sets)))
        .append(" &middot; inputs: ")
        .append(esc(String.join(", ", run.inputs())))
        .append("</p></header>\n");
  }

  private static String flaggedSentence(AuditSummary.Outliers o, String unit) {
    List<String> flagged =
        o.providers().stream().filter(x -> x.flagged()).map(x -> esc(x.id())).toList();
    return o.flagged()
        + " of "
        + o.tested()
        + " "
        + (unit.equals("facility") ? "facilities" : unit + "s")
        + " tested have more rarely appropriate nonacute revascularizations than the pooled rate explains"
        + (flagged.isEmpty() ? "." : ": " + String.join(", ", flagged) + ".");
  }

  /** "2025-Q1 to 2025-Q4": the quarters the audited requests fall in. */
  static String period(AuditSummary s) {
    TreeSet<String> quarters = new TreeSet<>();
    s.byQuarter().forEach(g -> quarters.add(g.group()));
    if (quarters.isEmpty()) {
      return "no dated request";
    }
    return quarters.size() == 1 ? quarters.first() : quarters.first() + " to " + quarters.last();
  }

  private static void section(StringBuilder h, String id, String title, String lead, String body) {
    h.append("<section id=\"")
        .append(id)
        .append("\"><div class=\"keep\"><h2>")
        .append(esc(title))
        .append("</h2>");
    if (!lead.isEmpty()) {
      h.append("<p class=\"lead\">").append(lead).append("</p>");
    }
    h.append(body.startsWith("<svg") ? body + "</div>" : "</div>" + body).append("</section>\n");
  }

  /**
   * Sorts a table by the column whose heading is selected; again to reverse. Numbers by data-sort,
   * empty last.
   */
  private static final String SORT_SCRIPT =
      """
      document.querySelectorAll('table.sortable').forEach(function (table) {
        table.querySelectorAll('th button.sort').forEach(function (button, column) {
          button.addEventListener('click', function () {
            var th = button.parentElement, number = th.dataset.type === 'number';
            var ascending = th.getAttribute('aria-sort') !== 'ascending';
            table.querySelectorAll('th').forEach(function (x) { x.removeAttribute('aria-sort'); });
            th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
            var body = table.tBodies[0], rows = Array.from(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
              if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
              var c = number ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
              return ascending ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
      });
      """;

  private static final String CSS =
      """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif;color:#212121;
        margin:0;background:#fafafa}
      header{background:#263238;color:#fff;padding:18px 32px}header h1{margin:0 0 6px;font-size:24px}
      .counts{font-size:17px;margin:4px 0}.meta{color:#cfd8dc;font-size:13px;margin:4px 0}
      main{padding:8px 32px 40px;max-width:1000px}
      h2{font-size:19px;margin:28px 0 4px;border-bottom:1px solid #cfd8dc;padding-bottom:4px}
      h3{font-size:16px;margin:16px 0 4px}
      .lead{color:#455a64;margin:4px 0 10px}
      svg.chart{display:block;max-width:100%;height:auto;background:#fff;border:1px solid #eceff1}
      svg text{font-size:12px;fill:#37474f}svg text.inbar{fill:#fff;font-weight:600}
      svg text.point-label{font-weight:700;fill:#8e1b1b}svg text.axis-title{font-size:13px;fill:#263238}
      svg .axis{stroke:#90a4ae}svg .grid{stroke:#eceff1}
      table{border-collapse:collapse;background:#fff;margin:6px 0;font-size:13px}
      th,td{border:1px solid #e0e0e0;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eceff1}
      table.units td{white-space:nowrap}table.units td:nth-child(n+2){text-align:right}tr.flagged td{background:#ffebee;font-weight:600}
      th button.sort{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:#263238;
        text-align:left}
      th button.sort::after{content:" \\2195";color:#90a4ae}
      th[aria-sort=ascending] button.sort::after{content:" \\25B2";color:#263238}
      th[aria-sort=descending] button.sort::after{content:" \\25BC";color:#263238}
      td.years{white-space:nowrap}
      dt{font-weight:600;margin-top:8px}dd{margin:2px 0 0 16px;color:#455a64}
      @media print{body{background:#fff}header{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
        .meta{color:#333}main{padding:0;max-width:none}
        .keep,svg.chart,tr{break-inside:avoid}h2,h3,.lead{break-after:avoid}
        th button.sort::after{content:""}}
      """;
}
