// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import static org.crosscheck.audit.report.Svg.count;
import static org.crosscheck.audit.report.Svg.esc;
import static org.crosscheck.audit.report.Svg.num;
import static org.crosscheck.audit.report.Svg.pct;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.engine.words.ClinicalWords;

/**
 * The report's charts as inline SVG: clinical labels, a legend for every mark drawn, scales fitted
 * to the data.
 */
final class Charts {

  static final int WIDTH = 860;
  static final int HEIGHT = 440;
  static final int LEFT = 64;
  static final int RIGHT = 20;
  static final int TOP = 16;
  static final int BOTTOM = 84;

  static final String PROVIDER = "#1565c0";

  private Charts() {}

  /** A legend entry: a line (dash pattern, or null for solid), a dot, or a block of colour. */
  record Key(String label, String colour, String kind, String dash) {
    static Key line(String label, String colour, String dash) {
      return new Key(label, colour, "line", dash);
    }

    static Key dot(String label, String colour) {
      return new Key(label, colour, "dot", null);
    }

    static Key block(String label, String colour) {
      return new Key(label, colour, "block", null);
    }
  }

  /** The nonacute rarely appropriate rate by quarter with its Wilson intervals. */
  static String trend(AuditSummary.Trend t) {
    List<AuditSummary.QuarterRate> quarters =
        t.quarters().stream().filter(q -> q.rarelyAppropriate().rate() != null).toList();
    if (quarters.isEmpty()) {
      return "<p class=\"empty\">No quarter has a rated nonacute revascularization.</p>\n";
    }
    double top = 0;
    for (AuditSummary.QuarterRate q : quarters) {
      top = Math.max(top, q.rarelyAppropriate().upper());
    }
    double yMax = Math.max(0.01, Math.min(1.0, top * 1.15));
    int n = quarters.size();
    int height = HEIGHT - 30;
    DoubleUnaryOperator x = i -> LEFT + (i + 0.5) / n * (WIDTH - LEFT - RIGHT);
    DoubleUnaryOperator y = v -> TOP + (1 - v / yMax) * (height - TOP - BOTTOM);
    StringBuilder b =
        open(
            "trend-chart",
            "Rarely appropriate share of nonacute revascularizations by quarter",
            height);
    axesAt(b, yMax, y, height, "Quarter", "Rarely appropriate");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Proportion r = quarters.get(i).rarelyAppropriate();
      double cx = x.applyAsDouble(i);
      b.append("<line class=\"ci\" x1=\"")
          .append(num(cx))
          .append("\" x2=\"")
          .append(num(cx))
          .append("\" y1=\"")
          .append(num(y.applyAsDouble(r.lower())))
          .append("\" y2=\"")
          .append(num(y.applyAsDouble(r.upper())))
          .append("\" stroke=\"")
          .append(PROVIDER)
          .append("\" stroke-width=\"2\"/>");
      b.append("<circle class=\"quarter\" cx=\"")
          .append(num(cx))
          .append("\" cy=\"")
          .append(num(y.applyAsDouble(r.rate())))
          .append("\" r=\"5\" fill=\"")
          .append(PROVIDER)
          .append("\"><title>")
          .append(esc(quarters.get(i).quarter()))
          .append(": ")
          .append(count(r.count()))
          .append(" of ")
          .append(count(r.total()))
          .append(" (")
          .append(pct(r.rate()))
          .append(", 95% CI ")
          .append(pct(r.lower()))
          .append("-")
          .append(pct(r.upper()))
          .append(")</title></circle>");
      b.append("<text x=\"")
          .append(num(cx))
          .append("\" y=\"")
          .append(height - BOTTOM + 18)
          .append("\" text-anchor=\"middle\">")
          .append(esc(quarters.get(i).quarter()))
          .append("</text>");
      line.append(num(cx)).append(',').append(num(y.applyAsDouble(r.rate()))).append(' ');
    }
    b.append("<polyline fill=\"none\" stroke=\"")
        .append(PROVIDER)
        .append("\" stroke-opacity=\"0.5\" points=\"")
        .append(line)
        .append("\"/>");
    legend(
        b,
        height - 22,
        List.of(
            Key.dot("Quarter's rate", PROVIDER), Key.line("95% Wilson interval", PROVIDER, null)));
    return b.append("</svg>\n").toString();
  }

  /** Horizontal bars of counts, largest first, labelled in words. */
  static String bars(List<AuditSummary.CodeCount> counts, Function<String, String> words) {
    if (counts.isEmpty()) {
      return "<p class=\"empty\">None.</p>\n";
    }
    int row = 24;
    int label = 360;
    int height = counts.size() * row + 12;
    long max = counts.get(0).count();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\"><title>Counts</title>");
    int yy = 6;
    for (AuditSummary.CodeCount c : counts) {
      String text = words.apply(c.code());
      double w = (double) c.count() / max * (WIDTH - label - 90);
      b.append("<text x=\"")
          .append(label - 8)
          .append("\" y=\"")
          .append(yy + 15)
          .append("\" text-anchor=\"end\">")
          .append(esc(text))
          .append("</text><rect class=\"bar\" x=\"")
          .append(label)
          .append("\" y=\"")
          .append(yy)
          .append("\" width=\"")
          .append(num(Math.max(1, w)))
          .append("\" height=\"")
          .append(row - 6)
          .append("\" fill=\"#546e7a\"><title>")
          .append(esc(text))
          .append(": ")
          .append(count(c.count()))
          .append("</title></rect><text x=\"")
          .append(num(label + w + 6))
          .append("\" y=\"")
          .append(yy + 15)
          .append("\">")
          .append(count(c.count()))
          .append("</text>");
      yy += row;
    }
    return b.append("</svg>\n").toString();
  }

  /**
   * One bar per group, split into the shares of its outcomes (or tiers); every segment drawn is in
   * the legend.
   */
  static String stackedBars(List<AuditSummary.Group> groups, String[][] colours, boolean outcomes) {
    int barHeight = 26;
    int labelWidth = 250;
    int plot = WIDTH - labelWidth - 90;
    StringBuilder bars = new StringBuilder();
    int y = 8;
    java.util.Set<String> drawn = new java.util.LinkedHashSet<>();
    for (AuditSummary.Group g : groups) {
      Map<String, Proportion> shares = outcomes ? g.outcomes() : g.tiers();
      String group = ClinicalWords.group(g.category());
      bars.append("<text x=\"")
          .append(labelWidth - 8)
          .append("\" y=\"")
          .append(y + 17)
          .append("\" text-anchor=\"end\">")
          .append(esc(group))
          .append("</text>");
      double x = labelWidth;
      for (String[] c : colours) {
        Proportion share = shares.get(c[0]);
        if (share == null || share.rate() == null || share.count() == 0) {
          continue;
        }
        String label = outcomes ? ClinicalWords.outcome(c[0]) : ClinicalWords.tier(c[0]);
        drawn.add(c[0]);
        double w = share.rate() * plot;
        bars.append("<rect class=\"segment\" data-code=\"")
            .append(c[0])
            .append("\" x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(num(Math.max(w, 0.5)))
            .append("\" height=\"")
            .append(barHeight)
            .append("\" fill=\"")
            .append(c[1])
            .append("\"><title>")
            .append(esc(group))
            .append(": ")
            .append(esc(label))
            .append(' ')
            .append(count(share.count()))
            .append(" of ")
            .append(count(share.total()))
            .append(" (")
            .append(pct(share.rate()))
            .append(")</title></rect>");
        if (w > 42) {
          bars.append("<text class=\"inbar\" x=\"")
              .append(num(x + w / 2))
              .append("\" y=\"")
              .append(y + 17)
              .append("\" text-anchor=\"middle\">")
              .append(pct(share.rate(), 0))
              .append("</text>");
        }
        x += w;
      }
      bars.append("<text x=\"")
          .append(labelWidth + plot + 8)
          .append("\" y=\"")
          .append(y + 17)
          .append("\">n = ")
          .append(count(g.cases()))
          .append("</text>");
      y += barHeight + 10;
    }
    List<Key> keys = new java.util.ArrayList<>();
    for (String[] c : colours) {
      if (drawn.contains(c[0])) {
        keys.add(
            Key.block(outcomes ? ClinicalWords.outcome(c[0]) : ClinicalWords.tier(c[0]), c[1]));
      }
    }
    int height = y + 10 + legendRows(keys) * 20;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart stacked\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\"><title>")
        .append(outcomes ? "Outcomes" : "Appropriateness tiers")
        .append(" by group</title>")
        .append(bars);
    legend(b, y + 8, keys);
    return b.append("</svg>\n").toString();
  }

  static StringBuilder open(String id, String title, int height) {
    return new StringBuilder()
        .append("<svg id=\"")
        .append(id)
        .append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\"><title>")
        .append(esc(title))
        .append("</title>");
  }

  static void axes(
      StringBuilder b, double yMax, DoubleUnaryOperator y, String xLabel, String yLabel) {
    axesAt(b, yMax, y, HEIGHT, xLabel, yLabel);
  }

  /** Axes with a percent y scale and the axis titles; x ticks are the caller's. */
  private static void axesAt(
      StringBuilder b,
      double yMax,
      DoubleUnaryOperator y,
      int height,
      String xLabel,
      String yLabel) {
    if (!(yMax > 0)) {
      throw new IllegalArgumentException("a chart needs a positive scale, got " + yMax);
    }
    double yStep = Svg.step(yMax, 5);
    for (double v = 0; v <= yMax + 1e-9; v += yStep) {
      double yy = y.applyAsDouble(v);
      b.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(num(yy))
          .append("\" y2=\"")
          .append(num(yy))
          .append("\"/><text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(num(yy + 4))
          .append("\" text-anchor=\"end\">")
          .append(pct(v, yStep < 0.01 ? 1 : 0))
          .append("</text>");
    }
    int bottom = height - BOTTOM;
    b.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y1=\"")
        .append(bottom)
        .append("\" y2=\"")
        .append(bottom)
        .append("\"/>");
    b.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" y2=\"")
        .append(bottom)
        .append("\"/>");
    b.append("<text class=\"axis-title\" x=\"")
        .append((WIDTH + LEFT) / 2)
        .append("\" y=\"")
        .append(bottom + 38)
        .append("\" text-anchor=\"middle\">")
        .append(esc(xLabel))
        .append("</text>");
    b.append("<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"")
        .append(-(TOP + bottom) / 2)
        .append("\" y=\"16\" text-anchor=\"middle\">")
        .append(esc(yLabel))
        .append("</text>");
  }

  private static double keyWidth(Key k) {
    return 34 + k.label().length() * 6.6;
  }

  /** How many rows the legend of these keys takes. */
  static int legendRows(List<Key> keys) {
    double lx = LEFT;
    int rows = 1;
    for (Key k : keys) {
      if (lx + keyWidth(k) > WIDTH - RIGHT && lx > LEFT) {
        lx = LEFT;
        rows++;
      }
      lx += keyWidth(k);
    }
    return rows;
  }

  /**
   * A legend on one or more rows from {@code top}: each entry's swatch has the shape of its mark.
   */
  static void legend(StringBuilder b, int top, List<Key> keys) {
    double lx = LEFT;
    int row = top;
    for (Key k : keys) {
      double w = keyWidth(k);
      if (lx + w > WIDTH - RIGHT && lx > LEFT) {
        lx = LEFT;
        row += 20;
      }
      b.append("<g class=\"legend-item\" data-kind=\"").append(k.kind()).append("\">");
      switch (k.kind()) {
        case "line" ->
            b.append("<line x1=\"")
                .append(num(lx))
                .append("\" x2=\"")
                .append(num(lx + 22))
                .append("\" y1=\"")
                .append(row)
                .append("\" y2=\"")
                .append(row)
                .append("\" stroke=\"")
                .append(k.colour())
                .append("\" stroke-width=\"2\"")
                .append(k.dash() == null ? "" : " stroke-dasharray=\"" + k.dash() + "\"")
                .append("/>");
        case "dot" ->
            b.append("<circle cx=\"")
                .append(num(lx + 11))
                .append("\" cy=\"")
                .append(row)
                .append("\" r=\"5\" fill=\"")
                .append(k.colour())
                .append("\"/>");
        default ->
            b.append("<rect x=\"")
                .append(num(lx + 4))
                .append("\" y=\"")
                .append(row - 6)
                .append("\" width=\"14\" height=\"12\" fill=\"")
                .append(k.colour())
                .append("\"/>");
      }
      b.append("<text class=\"legend\" x=\"")
          .append(num(lx + 28))
          .append("\" y=\"")
          .append(row + 4)
          .append("\">")
          .append(esc(k.label()))
          .append("</text></g>");
      lx += w;
    }
  }
}
