// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Cohen's kappa for two raters over k categories, with the large-sample standard error of Fleiss,
 * Cohen and Everitt (1969) and a normal 95% interval.
 */
public final class Agreement {

  private Agreement() {}

  public record Kappa(
      long n,
      double observed,
      double expected,
      double kappa,
      double standardError,
      double lower,
      double upper) {}

  /**
   * From a square table of counts: rows the first rater's category, columns the second's. Null when
   * n = 0.
   */
  public static Kappa cohen(long[][] table) {
    int k = table.length;
    long n = 0;
    for (long[] row : table) {
      if (row.length != k) {
        throw new IllegalArgumentException("the table must be square");
      }
      for (long c : row) {
        n += c;
      }
    }
    if (n == 0) {
      return null;
    }
    double[][] p = new double[k][k];
    double[] rows = new double[k];
    double[] cols = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[i][j] = (double) table[i][j] / n;
        rows[i] += p[i][j];
        cols[j] += p[i][j];
      }
    }
    double po = 0;
    double pe = 0;
    for (int i = 0; i < k; i++) {
      po += p[i][i];
      pe += rows[i] * cols[i];
    }
    if (pe >= 1.0) {
      // both raters used one category only: agreement beyond chance is undefined
      return new Kappa(n, po, pe, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double kappa = (po - pe) / (1 - pe);
    // Fleiss, Cohen & Everitt (1969), Psychol Bull 72:323-327, equation 13
    double a = 0;
    for (int i = 0; i < k; i++) {
      double d = (1 - pe) - (rows[i] + cols[i]) * (1 - po);
      a += p[i][i] * d * d;
    }
    double b = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j) {
          double s = cols[i] + rows[j];
          b += p[i][j] * s * s;
        }
      }
    }
    b *= (1 - po) * (1 - po);
    double c = po * pe - 2 * pe + po;
    double variance = (a + b - c * c) / (n * Math.pow(1 - pe, 4));
    double se = Math.sqrt(Math.max(0, variance));
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);
    return new Kappa(n, po, pe, kappa, se, kappa - z * se, kappa + z * se);
  }
}
