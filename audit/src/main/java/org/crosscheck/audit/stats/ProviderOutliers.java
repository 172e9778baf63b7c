// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * Which groups have more events than the pooled rate explains: one-sided exact binomial tests (Commons Math) with
 * Benjamini-Hochberg control of the false discovery rate, and the exact binomial limits of a funnel plot.
 */
public final class ProviderOutliers {

  /** The false discovery rate at which a group is flagged. */
  public static final double FDR = 0.05;

  private ProviderOutliers() {}

  /** A group's events out of its cases. */
  public record Group(String id, long events, long cases) {}

  /** A tested group: its rate, one-sided p-value, BH-adjusted q-value and whether it is flagged. */
  public record Tested(String id, Proportion proportion, double pValue, double qValue, boolean flagged) {}

  /** P(X >= events) for X ~ Binomial(cases, rate). */
  public static double pGreater(long events, long cases, double rate) {
    return new BinomialTest().binomialTest(Math.toIntExact(cases), Math.toIntExact(events), rate,
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
    out.sort(Comparator.comparingDouble(Tested::qValue).thenComparingDouble(Tested::pValue)
        .thenComparing(Tested::id));
    return out;
  }

  /**
   * Benjamini-Hochberg adjusted p-values (q-values): q(i) = min over j >= i of p(j) m / j, capped at 1, for p sorted
   * ascending; returned in the input's order. A hypothesis is rejected at FDR alpha when its q-value is <= alpha.
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

  /** A point of the funnel plot's limits: for {@code cases} cases, the rates outside which a group is unusual. */
  public record Limit(long cases, double lower95, double upper95, double lower998, double upper998) {}

  /**
   * Exact binomial control limits around {@code rate} (Spiegelhalter 2005, without interpolation): the 2.5% and
   * 97.5% (0.1% and 99.9%) quantiles of Binomial(n, rate) divided by n, at volumes from 1 to {@code maxCases}.
   */
  public static List<Limit> funnelLimits(double rate, long maxCases, int points) {
    List<Limit> limits = new ArrayList<>();
    long previous = 0;
    for (int i = 0; i < points; i++) {
      long n = Math.max(1, Math.round(Math.exp(Math.log(Math.max(1, maxCases)) * i / Math.max(1, points - 1))));
      if (n == previous) {
        continue;
      }
      previous = n;
      BinomialDistribution b = new BinomialDistribution(null, Math.toIntExact(n), rate);
      limits.add(new Limit(n, b.inverseCumulativeProbability(0.025) / (double) n,
          b.inverseCumulativeProbability(0.975) / (double) n, b.inverseCumulativeProbability(0.001) / (double) n,
          b.inverseCumulativeProbability(0.999) / (double) n));
    }
    return limits;
  }
}
