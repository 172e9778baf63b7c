// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Cochran-Armitage chi-square test for a linear trend in proportions across ordered groups
 * (Armitage 1955): T = sum s_i (x_i - n_i p), Var T = p (1 - p) [sum n_i s_i^2 - (sum n_i s_i)^2 /
 * N], chi-square = T^2 / Var T with one degree of freedom (Commons Math for the p-value). The sign
 * of T gives the direction.
 */
public final class TrendTest {

  private TrendTest() {}

  /**
   * The statistic, its p-value and the direction of the trend (+1 rising, -1 falling, 0 none or
   * untestable).
   */
  public record Result(double chiSquare, double pValue, int direction) {}

  /**
   * Events and totals per group in order, with scores; null when there is nothing to test (one
   * group, p 0 or 1).
   */
  public static Result test(long[] events, long[] totals, double[] scores) {
    long n = 0;
    long x = 0;
    int groupsWithCases = 0;
    for (int i = 0; i < totals.length; i++) {
      n += totals[i];
      x += events[i];
      groupsWithCases += totals[i] > 0 ? 1 : 0;
    }
    if (groupsWithCases < 2 || x == 0 || x == n) {
      return null;
    }
    double p = (double) x / n;
    double t = 0;
    double sumNs = 0;
    double sumNs2 = 0;
    for (int i = 0; i < totals.length; i++) {
      t += scores[i] * (events[i] - totals[i] * p);
      sumNs += totals[i] * scores[i];
      sumNs2 += totals[i] * scores[i] * scores[i];
    }
    double variance = p * (1 - p) * (sumNs2 - sumNs * sumNs / n);
    if (variance <= 0) {
      return null;
    }
    double chi = t * t / variance;
    double pValue = 1.0 - new ChiSquaredDistribution(null, 1).cumulativeProbability(chi);
    return new Result(chi, pValue, (int) Math.signum(t));
  }

  /** Scores 1..k for k ordered groups. */
  public static double[] equallySpaced(int k) {
    double[] s = new double[k];
    for (int i = 0; i < k; i++) {
      s[i] = i + 1;
    }
    return s;
  }
}
