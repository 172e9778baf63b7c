// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.p;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched) that an auditor
 * reads from the top: counts, outcome and tier distributions, the funnel plot of providers, the quarterly trend, the
 * top reasons for review, flagged providers, agreement with recorded reviews, national figures and the definitions.
 */
public final class HtmlReport {

  private static final String[][] OUTCOME_COLOURS = {
      {"CLEAR", "#2e7d32"}, {"NO_DELAY", "#1565c0"}, {"SECOND_REVIEW", "#ef6c00"}, {"PEND", "#9e9e9e"}};
  private static final String[][] TIER_COLOURS = {
      {"APPROPRIATE", "#2e7d32"}, {"MAY_BE_APPROPRIATE", "#f9a825"}, {"RARELY_APPROPRIATE", "#c62828"},
      {"NOT_RATED", "#b0bec5"}, {"NO_CRITERIA_APPLY", "#78909c"}, {"NONE", "#e0e0e0"}};

  private HtmlReport() {}

  public static String render(AuditSummary s) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Crosscheck audit report</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<header><h1>Crosscheck audit report</h1>");
    AuditSummary.Run run = s.run();
    h.append("<p class=\"counts\" id=\"counts\"><b>").append(count(run.records())).append("</b> records = <b>")
        .append(count(run.evaluated())).append("</b> evaluated + <b>").append(count(run.rejected()))
        .append("</b> rejected");
    if (!run.rejectedByKind().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      run.rejectedByKind().forEach((k, v) -> kinds.add(esc(k) + " " + count(v)));
      h.append(" (").append(String.join(", ", kinds)).append("; see errors.ndjson)");
    }
    h.append("</p><p class=\"meta\">Engine ").append(esc(run.engineVersion())).append(" &middot; rule sets: ")
        .append(esc(String.join(", ", run.ruleSets()))).append(" &middot; inputs: ")
        .append(esc(String.join(", ", run.inputs()))).append("</p></header>\n<main>\n");

    section(h, "outcomes", "Outcomes by group",
        "What the engine decided for each group of the registry studies (acute and nonacute revascularization,"
            + " imaging). Hover a bar for counts.",
        stackedBars(s.byCategory(), true));
    section(h, "tiers", "Appropriateness tiers by group",
        "The tier each decision rests on. NONE: pending, the data do not settle a tier.",
        stackedBars(s.byCategory(), false));

    AuditSummary.Outliers o = s.providerOutliers();
    section(h, "funnel", "Providers: rarely appropriate nonacute revascularizations against volume",
        "Each dot is a provider: its rate among nonacute revascularizations with a rating, against how many it"
            + " did. Dashed lines: the pooled rate " + pct(o.pooled().rate()) + " with 95% and 99.8% limits."
            + " Red dots are flagged (exact binomial test, Benjamini-Hochberg q &le; " + o.fdr() + ").",
        Charts.funnel(o));

    AuditSummary.Trend t = s.trend();
    section(h, "trend", "Trend by quarter",
        "Rarely appropriate share of nonacute revascularizations per quarter, with 95% Wilson intervals. "
            + (t.chiSquare() == null ? "Not enough data for a trend test."
                : "Cochran-Armitage chi-square " + num(t.chiSquare()) + ", p = " + p(t.pValue()) + ": "
                    + esc(t.direction()) + "."),
        Charts.trend(t));

    section(h, "reasons", "Top reasons for review",
        "Reason codes of the requests sent to a second review (a request can have several).",
        Charts.bars(s.topReviewReasons()));

    section(h, "flagged", "Flagged providers", o.flagged() + " of " + o.tested()
        + " providers tested have more rarely appropriate nonacute revascularizations than the pooled rate explains.",
        table(b -> flaggedTable(b, o)));

    section(h, "agreement", "Agreement with recorded reviews", "Where the input carries a reviewer's judgment"
        + " (recordedReview.appropriate): the engine's tier against it.",
        table(b -> agreement(b, s.agreement())));

    section(h, "national", "Beside the national figures",
        "Published figures (PCI only) and this audit's PCI rates for the same measure. Other populations, periods"
            + " and data rules: a difference is a question to ask, not a finding.",
        table(b -> national(b, s.national())));

    section(h, "missing", "Most frequent missing data", "Fields whose absence held decisions (PEND) or left them"
        + " open; complete them at the source.",
        Charts.bars(s.topMissingData()));

    section(h, "procedures", "By procedure", "",
        table(b -> groupTable(b, s.byProcedure())));
    section(h, "quarters", "By quarter", "",
        table(b -> groupTable(b, s.byQuarter())));

    StringBuilder dl = new StringBuilder("<dl>");
    for (AuditSummary.Definition d : s.definitions()) {
      dl.append("<dt>").append(esc(d.id())).append("</dt><dd>").append(esc(d.text())).append("</dd>");
    }
    section(h, "definitions", "Definitions", "How this report counts and tests; the same text is in summary.json.",
        dl.append("</dl>\n").toString());
    h.append("</main></body></html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, String id, String title, String lead, String body) {
    h.append("<section id=\"").append(id).append("\"><h2>").append(esc(title)).append("</h2>");
    if (!lead.isEmpty()) {
      h.append("<p class=\"lead\">").append(lead).append("</p>");
    }
    h.append(body).append("</section>\n");
  }

  private static String table(java.util.function.Consumer<StringBuilder> writer) {
    StringBuilder b = new StringBuilder();
    writer.accept(b);
    return b.toString();
  }

  private static String stackedBars(List<AuditSummary.Group> groups, boolean outcomes) {
    String[][] colours = outcomes ? OUTCOME_COLOURS : TIER_COLOURS;
    int barHeight = 26;
    int labelWidth = 190;
    int width = 860;
    int plot = width - labelWidth - 90;
    int height = groups.size() * (barHeight + 10) + 40;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\"><title>")
        .append(outcomes ? "Outcomes" : "Tiers").append(" by group</title>");
    int y = 8;
    for (AuditSummary.Group g : groups) {
      Map<String, Proportion> shares = outcomes ? g.outcomes() : g.tiers();
      b.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\">").append(esc(g.category())).append("</text>");
      double x = labelWidth;
      for (String[] c : colours) {
        Proportion share = shares.get(c[0]);
        if (share == null || share.rate() == null || share.count() == 0) {
          continue;
        }
        double w = share.rate() * plot;
        b.append("<rect class=\"segment\" x=\"").append(num(x)).append("\" y=\"").append(y).append("\" width=\"")
            .append(num(Math.max(w, 0.5))).append("\" height=\"").append(barHeight).append("\" fill=\"")
            .append(c[1]).append("\"><title>").append(esc(g.category())).append(": ").append(c[0]).append(' ')
            .append(count(share.count())).append(" of ").append(count(share.total())).append(" (")
            .append(pct(share.rate())).append(")</title></rect>");
        if (w > 42) {
          b.append("<text class=\"inbar\" x=\"").append(num(x + w / 2)).append("\" y=\"").append(y + 17)
              .append("\" text-anchor=\"middle\">").append(pct(share.rate(), 0)).append("</text>");
        }
        x += w;
      }
      b.append("<text x=\"").append(labelWidth + plot + 8).append("\" y=\"").append(y + 17).append("\">n = ")
          .append(count(g.cases())).append("</text>");
      y += barHeight + 10;
    }
    double lx = labelWidth;
    for (String[] c : colours) {
      b.append("<rect x=\"").append(num(lx)).append("\" y=\"").append(y + 6).append("\" width=\"12\" height=\"12\"")
          .append(" fill=\"").append(c[1]).append("\"/><text class=\"legend\" x=\"").append(num(lx + 16))
          .append("\" y=\"").append(y + 16).append("\">").append(c[0]).append("</text>");
      lx += 30 + c[0].length() * 7.2;
    }
    return b.append("</svg>\n").toString();
  }

  private static void flaggedTable(StringBuilder h, AuditSummary.Outliers o) {
    h.append("<table id=\"flagged-providers\"><thead><tr><th>provider</th><th>rated nonacute</th>")
        .append("<th>rarely appropriate</th><th>rate (95% CI)</th><th>p</th><th>q (BH)</th></tr></thead><tbody>");
    int shown = 0;
    for (ProviderOutliers.Tested t : o.providers()) {
      if (!t.flagged()) {
        continue;
      }
      Proportion r = t.proportion();
      h.append("<tr><td>").append(esc(t.id())).append("</td><td>").append(count(r.total())).append("</td><td>")
          .append(count(r.count())).append("</td><td>").append(pct(r.rate())).append(" (").append(pct(r.lower()))
          .append("&ndash;").append(pct(r.upper())).append(")</td><td>").append(p(t.pValue())).append("</td><td>")
          .append(p(t.qValue())).append("</td></tr>");
      shown++;
    }
    if (shown == 0) {
      h.append("<tr><td colspan=\"6\">No provider is flagged.</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void agreement(StringBuilder h, AuditSummary.AgreementResult a) {
    if (a.kappa() == null) {
      h.append("<p id=\"kappa\">No case carries a recorded review with a rating tier.</p>\n");
      return;
    }
    long[][] t = a.table();
    h.append("<table class=\"small\"><thead><tr><th></th><th>reviewer: appropriate</th>")
        .append("<th>reviewer: not appropriate</th></tr></thead><tbody><tr><th>engine: appropriate or may be</th><td>")
        .append(count(t[0][0])).append("</td><td>").append(count(t[0][1])).append("</td></tr><tr>")
        .append("<th>engine: rarely appropriate</th><td>").append(count(t[1][0])).append("</td><td>")
        .append(count(t[1][1])).append("</td></tr></tbody></table>");
    var k = a.kappa();
    h.append("<p id=\"kappa\">Cohen's kappa <b>").append(String.format(java.util.Locale.ROOT, "%.3f", k.kappa()))
        .append("</b> (95% CI ").append(String.format(java.util.Locale.ROOT, "%.3f&ndash;%.3f", k.lower(), k.upper()))
        .append("), observed agreement ").append(pct(k.observed())).append(", chance ").append(pct(k.expected()))
        .append(", n = ").append(count(k.n())).append(".</p>\n");
  }

  private static void national(StringBuilder h, List<AuditSummary.NationalComparison> rows) {
    h.append("<table id=\"national-table\"><thead><tr><th>study</th><th>population</th><th>criteria</th>")
        .append("<th>group</th><th>measure</th><th>published</th><th>this audit</th></tr></thead><tbody>");
    for (AuditSummary.NationalComparison r : rows) {
      String published = num(r.publishedPercent()) + "%";
      if (r.publishedLower() != null) {
        published += r.measure().startsWith("FACILITY_MEDIAN") ? " (IQR " : " (95% CI ";
        published += num(r.publishedLower()) + "&ndash;" + num(r.publishedUpper()) + ")";
      }
      String ours;
      if (r.measure().startsWith("FACILITY_MEDIAN")) {
        ours = r.auditMedianPercent() == null ? "n/a" : num(r.auditMedianPercent()) + "% (median of facilities)";
      } else if (r.audit() == null || r.audit().rate() == null) {
        ours = "n/a";
      } else {
        ours = pct(r.audit().rate()) + " (" + pct(r.audit().lower()) + "&ndash;" + pct(r.audit().upper())
            + "), n = " + count(r.audit().total());
      }
      h.append("<tr><td>").append(esc(r.study())).append("</td><td>").append(esc(r.population())).append("</td><td>")
          .append(esc(r.criteria())).append("</td><td>").append(esc(r.category())).append("</td><td>")
          .append(esc(r.measure())).append("</td><td>").append(published).append("</td><td>").append(ours)
          .append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static void groupTable(StringBuilder h, List<AuditSummary.Group> groups) {
    h.append("<table><thead><tr><th>group</th><th>category</th><th>cases</th><th>second review</th>")
        .append("<th>pending</th><th>no delay</th><th>rarely appropriate (of rated, 95% CI)</th></tr></thead><tbody>");
    for (AuditSummary.Group g : groups) {
      Proportion r = g.rarelyAppropriate();
      h.append("<tr><td>").append(esc(g.group())).append("</td><td>").append(esc(g.category())).append("</td><td>")
          .append(count(g.cases())).append("</td><td>").append(pct(g.outcomes().get("SECOND_REVIEW").rate()))
          .append("</td><td>").append(pct(g.outcomes().get("PEND").rate())).append("</td><td>")
          .append(pct(g.outcomes().get("NO_DELAY").rate())).append("</td><td>")
          .append(r.rate() == null ? "n/a" : pct(r.rate()) + " (" + pct(r.lower()) + "&ndash;" + pct(r.upper())
              + ") of " + count(r.total()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>\n");
  }

  private static final String CSS = """
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif;color:#212121;
        margin:0;background:#fafafa}
      header{background:#263238;color:#fff;padding:18px 32px}header h1{margin:0 0 6px;font-size:24px}
      .counts{font-size:17px;margin:4px 0}.meta{color:#cfd8dc;font-size:13px;margin:4px 0}
      main{padding:8px 32px 40px;max-width:1000px}
      h2{font-size:19px;margin:28px 0 4px;border-bottom:1px solid #cfd8dc;padding-bottom:4px}
      .lead{color:#455a64;margin:4px 0 10px}
      svg.chart{display:block;max-width:100%;height:auto;background:#fff;border:1px solid #eceff1}
      svg text{font-size:12px;fill:#37474f}svg text.inbar{fill:#fff;font-weight:600}
      svg .axis{stroke:#90a4ae}svg .grid{stroke:#eceff1}
      table{border-collapse:collapse;background:#fff;margin:6px 0;font-size:13px}
      th,td{border:1px solid #e0e0e0;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eceff1}
      dt{font-weight:600;margin-top:8px}dd{margin:2px 0 0 16px;color:#455a64}
      """;
}
