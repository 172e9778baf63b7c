// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import java.util.Locale;

/** Small helpers for writing inline SVG and HTML text. */
final class Svg {

  private Svg() {}

  static String esc(Object value) {
    String s = String.valueOf(value);
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String pct(Double rate) {
    return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
  }

  static String pct(double rate, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * rate);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A p- or q-value for a table cell: "< 0.0001" or "0.0123". */
  static String p(double p) {
    return p < 0.0001 ? "&lt; 0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }

  /** A p- or q-value in running text: "p < 0.0001", "q = 0.0123" ({@code name} is p or q). */
  static String pText(double p, String name) {
    return p < 0.0001
        ? name + " &lt; 0.0001"
        : name + " = " + String.format(Locale.ROOT, "%.4f", p);
  }

  /** "Nice" tick step for an axis from 0 to max with about {@code ticks} ticks. */
  static double step(double max, int ticks) {
    double raw = max / ticks;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] nice = {1, 2, 2.5, 5, 10};
    for (double n : nice) {
      if (n * magnitude >= raw) {
        return n * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
