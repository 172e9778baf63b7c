// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Which groups have more events than the pooled rate explains: one-sided exact binomial tests
 * (Commons Math) with Benjamini-Hochberg control of the false discovery rate, and the exact
 * binomial limits of a funnel plot.
 */
public final class ProviderOutliers {

  /** The false discovery rate at which a group is flagged. */
  public static final double FDR = 0.05;

  private ProviderOutliers() {}

  /** A group's events out of its cases. */
  public record Group(String id, long events, long cases) {}

  /** A tested group: its rate, one-sided p-value, BH-adjusted q-value and whether it is flagged. */
  public record Tested(
      String id, Proportion proportion, double pValue, double qValue, boolean flagged) {}

  /** P(X >= events) for X ~ Binomial(cases, rate). */
  public static double pGreater(long events, long cases, double rate) {
    return new BinomialTest()
        .binomialTest(
            Math.toIntExact(cases),
            Math.toIntExact(events),
            rate,
            AlternativeHypothesis.GREATER_THAN);
  }

  /** Tests each group with at least one case against {@code rate}; sorted by q-value, then id. */
  public static List<Tested> test(List<Group> groups, double rate) {
    List<Group> tested = groups.stream().filter(g -> g.cases() > 0).toList();
    double[] p = new double[tested.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = pGreater(tested.get(i).events(), tested.get(i).cases(), rate);
    }
    double[] q = benjaminiHochberg(p);
    List<Tested> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      Group g = tested.get(i);
      out.add(new Tested(g.id(), Proportion.of(g.events(), g.cases()), p[i], q[i], q[i] <= FDR));
    }
    out.sort(
        Comparator.comparingDouble(Tested::qValue)
            .thenComparingDouble(Tested::pValue)
            .thenComparing(Tested::id));
    return out;
  }

  /**
   * Benjamini-Hochberg adjusted p-values (q-values): q(i) = min over j >= i of p(j) m / j, capped
   * at 1, for p sorted ascending; returned in the input's order. A hypothesis is rejected at FDR
   * alpha when its q-value is <= alpha.
   */
  public static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }

  /**
   * A point of the funnel plot's limits: for {@code cases} cases, the rates outside which a group
   * is unusual.
   */
  public record Limit(
      long cases, double lower95, double upper95, double lower998, double upper998) {}

  /**
   * Exact binomial control limits around {@code rate} with Spiegelhalter's interpolation (Stat Med
   * 2005;24:1185, appendix): the p-quantile r of Binomial(n, rate) less the share alpha = (F(r) -
   * p) / (F(r) - F(r - 1)) of its step, divided by n, so that the limits are smooth lines rather
   * than the steps of the discrete quantiles; at 0.1%, 2.5%, 97.5% and 99.9%. Volumes from 1 to
   * {@code maxCases}, {@code points} spread evenly and as many spread on a log scale (where the
   * limits bend most).
   */
  public static List<Limit> funnelLimits(double rate, long maxCases, int points) {
    java.util.TreeSet<Long> volumes = new java.util.TreeSet<>();
    long max = Math.max(1, maxCases);
    for (int i = 0; i < points; i++) {
      double share = (double) i / Math.max(1, points - 1);
      volumes.add(Math.max(1, Math.round(Math.exp(Math.log(max) * share))));
      volumes.add(Math.max(1, Math.round(max * share)));
    }
    List<Limit> limits = new ArrayList<>();
    for (long n : volumes) {
      BinomialDistribution b = new BinomialDistribution(null, Math.toIntExact(n), rate);
      limits.add(
          new Limit(
              n,
              interpolated(b, n, 0.025),
              interpolated(b, n, 0.975),
              interpolated(b, n, 0.001),
              interpolated(b, n, 0.999)));
    }
    return limits;
  }

  /** The interpolated p-limit of a binomial proportion out of n (never below 0). */
  static double interpolated(BinomialDistribution b, long n, double p) {
    int r = b.inverseCumulativeProbability(p);
    double atR = b.cumulativeProbability(r);
    double below = r > 0 ? b.cumulativeProbability(r - 1) : 0.0;
    double alpha = atR > below ? (atR - p) / (atR - below) : 0.0;
    return Math.max(0.0, (r - alpha) / n);
  }
}
