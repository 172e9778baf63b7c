// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Charts.BOTTOM;
import static org.crosscheck.audit.report.Charts.HEIGHT;
import static org.crosscheck.audit.report.Charts.LEFT;
import static org.crosscheck.audit.report.Charts.PROVIDER;
import static org.crosscheck.audit.report.Charts.RIGHT;
import static org.crosscheck.audit.report.Charts.TOP;
import static org.crosscheck.audit.report.Charts.WIDTH;
import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.pText;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.report.Charts.Key;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;

/**
 * The funnel plot of providers (or facilities): rates against volumes, the pooled rate and its
 * limits.
 */
final class FunnelPlot {

  private static final String POOLED = "#263238";
  private static final String LIMIT_95 = "#ef6c00";
  private static final String LIMIT_998 = "#6a1b9a";
  private static final String FLAGGED = "#c62828";

  private FunnelPlot() {}

  /**
   * Providers' rates against their volumes: the pooled rate, the 95% and 99.8% limits (smooth,
   * interpolated), the x axis fitted to the providers' volumes, flagged providers named on the
   * plot.
   */
  static String render(AuditSummary.Outliers o) {
    if (o.providers().isEmpty()) {
      return "<p class=\"empty\">No provider has a rated nonacute revascularization.</p>\n";
    }
    long minCases = Long.MAX_VALUE;
    long maxCases = 0;
    for (ProviderOutliers.Tested t : o.providers()) {
      minCases = Math.min(minCases, t.proportion().total());
      maxCases = Math.max(maxCases, t.proportion().total());
    }
    double[] x0x1 = fittedRange(minCases, maxCases);
    double xLo = x0x1[0];
    double xHi = x0x1[1];
    List<ProviderOutliers.Limit> shown =
        o.limits().stream()
            .filter(l -> l.cases() >= xLo - (xHi - xLo) * 0.1 && l.cases() <= xHi * 1.02)
            .toList();
    double maxRate = o.pooled().rate();
    for (ProviderOutliers.Tested t : o.providers()) {
      maxRate = Math.max(maxRate, t.proportion().rate());
    }
    for (ProviderOutliers.Limit l : shown) {
      if (l.cases() >= Math.max(xLo, 5)) {
        maxRate = Math.max(maxRate, l.upper998());
      }
    }
    // a run without any rarely appropriate case still gets a drawable scale
    double yMax = Math.max(0.01, Math.min(1.0, maxRate * 1.1));
    DoubleUnaryOperator x =
        v -> LEFT + (Math.max(xLo, Math.min(xHi, v)) - xLo) / (xHi - xLo) * (WIDTH - LEFT - RIGHT);
    DoubleUnaryOperator y = v -> TOP + (1 - Math.min(v, yMax) / yMax) * (HEIGHT - TOP - BOTTOM);
    StringBuilder b =
        Charts.open("funnel-plot", "Funnel plot of providers' rarely appropriate rates", HEIGHT);
    b.append("<defs><clipPath id=\"funnel-area\"><rect x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(WIDTH - LEFT - RIGHT)
        .append("\" height=\"")
        .append(HEIGHT - TOP - BOTTOM)
        .append("\"/></clipPath></defs>");
    Charts.axes(
        b,
        yMax,
        y,
        "Rated nonacute revascularizations of the provider (volume)",
        "Rarely appropriate");
    xTicks(b, xLo, xHi, x);
    double pooled = o.pooled().rate();
    b.append("<g clip-path=\"url(#funnel-area)\"><line class=\"pooled\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(num(y.applyAsDouble(pooled)))
        .append("\" y2=\"")
        .append(num(y.applyAsDouble(pooled)))
        .append("\" stroke=\"")
        .append(POOLED)
        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
    limit(b, shown, x, y, ProviderOutliers.Limit::upper95, LIMIT_95, "4 3");
    limit(b, shown, x, y, ProviderOutliers.Limit::lower95, LIMIT_95, "4 3");
    limit(b, shown, x, y, ProviderOutliers.Limit::upper998, LIMIT_998, "1.5 3");
    limit(b, shown, x, y, ProviderOutliers.Limit::lower998, LIMIT_998, "1.5 3");
    b.append("</g>");
    for (ProviderOutliers.Tested t : o.providers()) {
      Proportion r = t.proportion();
      double cx = x.applyAsDouble(r.total());
      double cy = y.applyAsDouble(r.rate());
      b.append("<circle class=\"provider")
          .append(t.flagged() ? " flagged" : "")
          .append("\" cx=\"")
          .append(num(cx))
          .append("\" cy=\"")
          .append(num(cy))
          .append("\" r=\"")
          .append(t.flagged() ? "5.5" : "4")
          .append("\" fill=\"")
          .append(t.flagged() ? FLAGGED : PROVIDER)
          .append("\" fill-opacity=\"")
          .append(t.flagged() ? "0.95" : "0.55")
          .append("\"")
          .append(t.flagged() ? " stroke=\"#5d0f0f\"" : "")
          .append("><title>")
          .append(esc(t.id()))
          .append(": ")
          .append(count(r.count()))
          .append(" of ")
          .append(count(r.total()))
          .append(" (")
          .append(pct(r.rate()))
          .append("), ")
          .append(pText(t.qValue(), "q"))
          .append("</title></circle>");
      if (t.flagged()) {
        boolean right = cx < WIDTH - RIGHT - 110;
        b.append("<text class=\"point-label\" x=\"")
            .append(num(right ? cx + 9 : cx - 9))
            .append("\" y=\"")
            .append(num(cy + 4))
            .append("\" text-anchor=\"")
            .append(right ? "start" : "end")
            .append("\">")
            .append(esc(t.id()))
            .append("</text>");
      }
    }
    Charts.legend(
        b,
        HEIGHT - 22,
        List.of(
            Key.line("Pooled rate " + pct(pooled), POOLED, "6 4"),
            Key.line("95% limits", LIMIT_95, "4 3"),
            Key.line("99.8% limits", LIMIT_998, "1.5 3"),
            Key.dot("Provider", PROVIDER),
            Key.dot("Flagged provider (named)", FLAGGED)));
    return b.append("</svg>\n").toString();
  }

  /**
   * The x axis of the funnel: from 0 when the volumes start near 0, else from a round number below
   * the smallest volume, to a round number above the largest.
   */
  static double[] fittedRange(long minCases, long maxCases) {
    double span = Math.max(1, maxCases - minCases);
    double lo = minCases < 0.3 * maxCases ? 0 : minCases - span * 0.15;
    double hi = maxCases + span * 0.08 + 1;
    double step = Svg.step(hi - lo, 6);
    lo = Math.max(0, Math.floor(lo / step) * step);
    hi = Math.ceil(hi / step) * step;
    return new double[] {lo, Math.max(hi, lo + step)};
  }

  private static void limit(
      StringBuilder b,
      List<ProviderOutliers.Limit> limits,
      DoubleUnaryOperator x,
      DoubleUnaryOperator y,
      ToDoubleFunction<ProviderOutliers.Limit> value,
      String colour,
      String dash) {
    b.append("<polyline class=\"limit\" fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"1.5\"")
        .append(" stroke-dasharray=\"")
        .append(dash)
        .append("\" points=\"");
    for (ProviderOutliers.Limit l : limits) {
      b.append(num(x.applyAsDouble(l.cases())))
          .append(',')
          .append(num(y.applyAsDouble(value.applyAsDouble(l))))
          .append(' ');
    }
    b.append("\"/>");
  }

  private static void xTicks(StringBuilder b, double lo, double hi, DoubleUnaryOperator x) {
    double step = Svg.step(hi - lo, 6);
    int bottom = HEIGHT - BOTTOM;
    for (double v = lo; v <= hi + 1e-9; v += step) {
      double xx = x.applyAsDouble(v);
      b.append("<line class=\"axis\" x1=\"")
          .append(num(xx))
          .append("\" x2=\"")
          .append(num(xx))
          .append("\" y1=\"")
          .append(bottom)
          .append("\" y2=\"")
          .append(bottom + 5)
          .append("\"/><text class=\"tick\" x=\"")
          .append(num(xx))
          .append("\" y=\"")
          .append(bottom + 18)
          .append("\" text-anchor=\"middle\">")
          .append(count(Math.round(v)))
          .append("</text>");
    }
  }
}
