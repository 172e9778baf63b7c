// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.p;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;

/** The report's plots as inline SVG. */
final class Charts {

  private static final int WIDTH = 860;
  private static final int HEIGHT = 400;
  private static final int LEFT = 64;
  private static final int RIGHT = 20;
  private static final int TOP = 16;
  private static final int BOTTOM = 52;

  private Charts() {}

  /** Providers' rates against their volumes, the pooled rate and the 95% and 99.8% exact binomial limits. */
  static String funnel(AuditSummary.Outliers o) {
    if (o.providers().isEmpty()) {
      return "<p class=\"empty\">No provider has a rated nonacute revascularization.</p>\n";
    }
    double maxCases = 0;
    double maxRate = o.pooled().rate();
    for (ProviderOutliers.Tested t : o.providers()) {
      maxCases = Math.max(maxCases, t.proportion().total());
      maxRate = Math.max(maxRate, t.proportion().rate());
    }
    for (ProviderOutliers.Limit l : o.limits()) {
      if (l.cases() >= 5) {
        maxRate = Math.max(maxRate, l.upper998());
      }
    }
    // a run without rated cases or without any rarely appropriate one still gets a drawable scale
    double xMax = Math.max(1, maxCases * 1.05);
    double yMax = Math.max(0.01, Math.min(1.0, maxRate * 1.1));
    DoubleUnaryOperator x = v -> LEFT + v / xMax * (WIDTH - LEFT - RIGHT);
    DoubleUnaryOperator y = v -> TOP + (1 - v / yMax) * (HEIGHT - TOP - BOTTOM);
    StringBuilder b = open("funnel-plot", "Funnel plot of providers' rarely appropriate rates");
    axes(b, xMax, yMax, x, y, "rated nonacute revascularizations (volume)", true);
    double pooled = o.pooled().rate();
    b.append("<line class=\"pooled\" x1=\"").append(num(x.applyAsDouble(0))).append("\" x2=\"")
        .append(num(x.applyAsDouble(xMax))).append("\" y1=\"").append(num(y.applyAsDouble(pooled))).append("\" y2=\"")
        .append(num(y.applyAsDouble(pooled))).append("\" stroke=\"#263238\" stroke-dasharray=\"6 4\"/>");
    limit(b, o.limits(), x, y, ProviderOutliers.Limit::upper95, "#ef6c00", yMax);
    limit(b, o.limits(), x, y, ProviderOutliers.Limit::lower95, "#ef6c00", yMax);
    limit(b, o.limits(), x, y, ProviderOutliers.Limit::upper998, "#c62828", yMax);
    limit(b, o.limits(), x, y, ProviderOutliers.Limit::lower998, "#c62828", yMax);
    for (ProviderOutliers.Tested t : o.providers()) {
      Proportion r = t.proportion();
      b.append("<circle class=\"provider").append(t.flagged() ? " flagged" : "").append("\" cx=\"")
          .append(num(x.applyAsDouble(r.total()))).append("\" cy=\"").append(num(y.applyAsDouble(r.rate())))
          .append("\" r=\"").append(t.flagged() ? "5" : "3.5").append("\" fill=\"")
          .append(t.flagged() ? "#c62828" : "#1565c0").append("\" fill-opacity=\"").append(t.flagged() ? "0.9" : "0.5")
          .append("\"><title>").append(esc(t.id())).append(": ").append(count(r.count())).append(" of ")
          .append(count(r.total())).append(" (").append(pct(r.rate())).append("), q = ").append(p(t.qValue()))
          .append("</title></circle>");
    }
    legend(b, new String[][] {{"pooled rate", "#263238"}, {"95% limits", "#ef6c00"}, {"99.8% limits", "#c62828"},
        {"flagged provider", "#c62828"}, {"provider", "#1565c0"}});
    return b.append("</svg>\n").toString();
  }

  private static void limit(StringBuilder b, List<ProviderOutliers.Limit> limits, DoubleUnaryOperator x,
      DoubleUnaryOperator y, ToDoubleFunction<ProviderOutliers.Limit> value, String colour, double yMax) {
    b.append("<polyline class=\"limit\" fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-dasharray=\"3 3\" points=\"");
    for (ProviderOutliers.Limit l : limits) {
      b.append(num(x.applyAsDouble(l.cases()))).append(',')
          .append(num(y.applyAsDouble(Math.min(yMax, value.applyAsDouble(l))))).append(' ');
    }
    b.append("\"/>");
  }

  /** The nonacute rarely appropriate rate by quarter with its Wilson intervals. */
  static String trend(AuditSummary.Trend t) {
    List<AuditSummary.QuarterRate> quarters = t.quarters().stream()
        .filter(q -> q.rarelyAppropriate().rate() != null).toList();
    if (quarters.isEmpty()) {
      return "<p class=\"empty\">No quarter has a rated nonacute revascularization.</p>\n";
    }
    double yMax = 0;
    for (AuditSummary.QuarterRate q : quarters) {
      yMax = Math.max(yMax, q.rarelyAppropriate().upper());
    }
    yMax = Math.max(0.01, Math.min(1.0, yMax * 1.15));
    int n = quarters.size();
    double top = yMax;
    DoubleUnaryOperator x = i -> LEFT + (i + 0.5) / n * (WIDTH - LEFT - RIGHT);
    DoubleUnaryOperator y = v -> TOP + (1 - v / top) * (HEIGHT - TOP - BOTTOM);
    StringBuilder b = open("trend-chart", "Rarely appropriate share of nonacute revascularizations by quarter");
    axes(b, n, yMax, x, y, "quarter", false);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Proportion r = quarters.get(i).rarelyAppropriate();
      double cx = x.applyAsDouble(i);
      b.append("<line class=\"ci\" x1=\"").append(num(cx)).append("\" x2=\"").append(num(cx)).append("\" y1=\"")
          .append(num(y.applyAsDouble(r.lower()))).append("\" y2=\"").append(num(y.applyAsDouble(r.upper())))
          .append("\" stroke=\"#1565c0\" stroke-width=\"2\"/>");
      b.append("<circle class=\"quarter\" cx=\"").append(num(cx)).append("\" cy=\"")
          .append(num(y.applyAsDouble(r.rate()))).append("\" r=\"5\" fill=\"#1565c0\"><title>")
          .append(esc(quarters.get(i).quarter())).append(": ").append(count(r.count())).append(" of ")
          .append(count(r.total())).append(" (").append(pct(r.rate())).append(", 95% CI ").append(pct(r.lower()))
          .append("-").append(pct(r.upper())).append(")</title></circle>");
      b.append("<text x=\"").append(num(cx)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
          .append("\" text-anchor=\"middle\">").append(esc(quarters.get(i).quarter())).append("</text>");
      line.append(num(cx)).append(',').append(num(y.applyAsDouble(r.rate()))).append(' ');
    }
    b.append("<polyline fill=\"none\" stroke=\"#1565c0\" stroke-opacity=\"0.5\" points=\"").append(line)
        .append("\"/>");
    return b.append("</svg>\n").toString();
  }

  /** Horizontal bars of code counts, largest first. */
  static String bars(List<AuditSummary.CodeCount> counts) {
    if (counts.isEmpty()) {
      return "<p class=\"empty\">None.</p>\n";
    }
    int row = 24;
    int label = 300;
    int height = counts.size() * row + 12;
    long max = counts.get(0).count();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\"><title>Counts</title>");
    int yy = 6;
    for (AuditSummary.CodeCount c : counts) {
      double w = (double) c.count() / max * (WIDTH - label - 90);
      b.append("<text x=\"").append(label - 8).append("\" y=\"").append(yy + 15).append("\" text-anchor=\"end\">")
          .append(esc(c.code())).append("</text><rect class=\"bar\" x=\"").append(label).append("\" y=\"")
          .append(yy).append("\" width=\"").append(num(Math.max(1, w))).append("\" height=\"").append(row - 6)
          .append("\" fill=\"#546e7a\"><title>").append(esc(c.code())).append(": ").append(count(c.count()))
          .append("</title></rect><text x=\"").append(num(label + w + 6)).append("\" y=\"").append(yy + 15)
          .append("\">").append(count(c.count())).append("</text>");
      yy += row;
    }
    return b.append("</svg>\n").toString();
  }

  private static StringBuilder open(String id, String title) {
    return new StringBuilder().append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\"><title>").append(esc(title)).append("</title>");
  }

  /** Axes with a percent y scale; x ticks in counts when {@code xTicks}, else left to the caller. */
  private static void axes(StringBuilder b, double xMax, double yMax, DoubleUnaryOperator x, DoubleUnaryOperator y,
      String xLabel, boolean xTicks) {
    if (!(yMax > 0) || !(xMax > 0)) {
      throw new IllegalArgumentException("a chart needs a positive scale, got " + xMax + " x " + yMax);
    }
    double yStep = Svg.step(yMax, 5);
    for (double v = 0; v <= yMax + 1e-9; v += yStep) {
      double yy = y.applyAsDouble(v);
      b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(num(yy)).append("\" y2=\"").append(num(yy)).append("\"/><text x=\"")
          .append(LEFT - 6).append("\" y=\"").append(num(yy + 4)).append("\" text-anchor=\"end\">")
          .append(pct(v, yStep < 0.01 ? 1 : 0)).append("</text>");
    }
    if (xTicks) {
      double xStep = Math.max(1, Math.round(Svg.step(xMax, 8)));
      for (double v = 0; v <= xMax; v += xStep) {
        double xx = x.applyAsDouble(v);
        b.append("<line class=\"axis\" x1=\"").append(num(xx)).append("\" x2=\"").append(num(xx)).append("\" y1=\"")
            .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 5).append("\"/><text x=\"")
            .append(num(xx)).append("\" y=\"").append(HEIGHT - BOTTOM + 18).append("\" text-anchor=\"middle\">")
            .append(count((long) v)).append("</text>");
      }
    }
    b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
        .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
    b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"")
        .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
    b.append("<text x=\"").append((WIDTH + LEFT) / 2).append("\" y=\"").append(HEIGHT - 22)
        .append("\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>");
  }

  private static void legend(StringBuilder b, String[][] items) {
    double lx = LEFT;
    for (String[] item : items) {
      b.append("<rect x=\"").append(num(lx)).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"12\" ")
          .append("height=\"4\" fill=\"").append(item[1]).append("\"/><text x=\"").append(num(lx + 16))
          .append("\" y=\"").append(HEIGHT - 8).append("\">").append(esc(item[0])).append("</text>");
      lx += 40 + item[0].length() * 6.5;
    }
  }
}
