// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit's statistics against values published for known examples, or computed independently (a
 * different method in the test, or by hand), never against the code's own output.
 */
class StatisticsKnownValuesTest {

  @Test
  void wilsonIntervalsMatchNewcombe1998TableI() {
    // Newcombe RG, Stat Med 1998;17:857-72, Table I, method 3 (score interval without continuity
    // correction)
    assertInterval(Proportion.of(81, 263), 0.2553, 0.3662);
    assertInterval(Proportion.of(15, 148), 0.0624, 0.1605);
    assertInterval(Proportion.of(0, 20), 0.0000, 0.1611);
    assertInterval(Proportion.of(1, 29), 0.0061, 0.1718);
  }

  @Test
  void anEmptyGroupHasNoRateRatherThanZero() {
    Proportion empty = Proportion.of(0, 0);
    assertThat(empty.rate()).isNull();
    assertThat(empty.lower()).isNull();
    assertThat(Proportion.of(20, 20).upper()).isEqualTo(1.0);
  }

  private static void assertInterval(Proportion p, double lower, double upper) {
    assertThat(p.lower()).isCloseTo(lower, within(0.00005));
    assertThat(p.upper()).isCloseTo(upper, within(0.00005));
  }

  @Test
  void exactBinomialUpperTailsAreTheSumsOfTheProbabilities() {
    // P(X >= 8 | 10, 0.5) = (45 + 10 + 1) / 1024
    assertThat(ProviderOutliers.pGreater(8, 10, 0.5)).isCloseTo(56.0 / 1024, within(1e-12));
    // by summation of C(n, i) p^i (1-p)^(n-i), i >= k
    assertThat(ProviderOutliers.pGreater(7, 20, 0.1))
        .isCloseTo(0.002386089408966118, within(1e-12));
    assertThat(ProviderOutliers.pGreater(30, 200, 0.1))
        .isCloseTo(0.016326565931766526, within(1e-10));
    assertThat(ProviderOutliers.pGreater(0, 50, 0.2)).isEqualTo(1.0);
  }

  @Test
  void benjaminiHochbergRejectsTheFourHypothesesOfTheOriginalExample() {
    // Benjamini & Hochberg, J R Stat Soc B 1995;57:289-300, section 4: 15 p-values, q = 0.05
    // rejects the first four
    double[] p = {
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
      0.5719, 0.6528, 0.7590, 1.000
    };
    double[] q = ProviderOutliers.benjaminiHochberg(p);
    int rejected = 0;
    for (double v : q) {
      rejected += v <= 0.05 ? 1 : 0;
    }
    assertThat(rejected).isEqualTo(4);
    // q of the 4th = min(0.0095*15/4, later ones) = 0.035625; of the 5th = 0.0201*15/5 = 0.0603
    assertThat(q[3]).isCloseTo(0.035625, within(1e-12));
    assertThat(q[4]).isCloseTo(0.0603, within(1e-12));
    assertThat(q[14]).isEqualTo(1.0);
  }

  @Test
  void benjaminiHochbergKeepsTheInputOrder() {
    double[] q = ProviderOutliers.benjaminiHochberg(new double[] {0.04, 0.01, 0.03});
    // sorted 0.01, 0.03, 0.04 -> 0.03, 0.045, 0.04 -> monotone from the top: 0.03, 0.04, 0.04
    assertThat(q).containsExactly(0.04, 0.03, 0.04);
  }

  @Test
  void outlierTestFlagsTheProviderThePooledRateDoesNotExplain() {
    List<ProviderOutliers.Tested> tested =
        ProviderOutliers.test(
            List.of(
                new ProviderOutliers.Group("typical-a", 10, 100),
                    new ProviderOutliers.Group("typical-b", 12, 110),
                new ProviderOutliers.Group("high", 30, 90),
                    new ProviderOutliers.Group("no-cases", 0, 0)),
            0.1);
    Map<String, ProviderOutliers.Tested> byId =
        tested.stream().collect(Collectors.toMap(ProviderOutliers.Tested::id, Function.identity()));
    assertThat(byId).doesNotContainKey("no-cases");
    assertThat(byId.get("high").flagged()).isTrue();
    assertThat(byId.get("typical-a").flagged()).isFalse();
    assertThat(byId.get("typical-b").flagged()).isFalse();
    assertThat(tested.get(0).id()).isEqualTo("high");
  }

  @Test
  void cochranArmitageMatchesAgrestisMalformationExample() {
    // Agresti, Categorical Data Analysis (2002), Table 2.7: alcohol and malformation, scores 0,
    // 0.5, 1.5, 4, 7;
    // M^2 = 6.57 with P = 0.0104 (M^2 = (n-1) r^2; the Cochran-Armitage statistic is n r^2, equal
    // to 3 digits here)
    long[] events = {48, 38, 5, 1, 1};
    long[] totals = {48 + 17066, 38 + 14464, 5 + 788, 1 + 126, 1 + 37};
    TrendTest.Result r = TrendTest.test(events, totals, new double[] {0, 0.5, 1.5, 4, 7});
    assertThat(r.chiSquare()).isCloseTo(6.57, within(0.005));
    assertThat(r.pValue()).isCloseTo(0.0104, within(0.00005));
    assertThat(r.direction()).isEqualTo(1);
  }

  @Test
  void trendIsUntestableWithoutVariation() {
    assertThat(TrendTest.test(new long[] {0, 0}, new long[] {10, 10}, TrendTest.equallySpaced(2)))
        .isNull();
    assertThat(TrendTest.test(new long[] {3}, new long[] {10}, TrendTest.equallySpaced(1)))
        .isNull();
    TrendTest.Result falling =
        TrendTest.test(
            new long[] {30, 20, 10}, new long[] {100, 100, 100}, TrendTest.equallySpaced(3));
    assertThat(falling.direction()).isEqualTo(-1);
  }

  @Test
  void cohensKappaOfTheTextbookTwoByTwo() {
    // 50 items: both yes 20, first yes second no 5, first no second yes 10, both no 15: po 0.70, pe
    // 0.50, kappa 0.40
    Agreement.Kappa k = Agreement.cohen(new long[][] {{20, 5}, {10, 15}});
    assertThat(k.observed()).isCloseTo(0.70, within(1e-12));
    assertThat(k.expected()).isCloseTo(0.50, within(1e-12));
    assertThat(k.kappa()).isCloseTo(0.40, within(1e-12));
    // the Fleiss-Cohen-Everitt variance is the delta-method variance under the multinomial: checked
    // against a
    // numerical gradient of kappa (central differences) in the test below and against this value
    // from it
    assertThat(k.standardError()).isCloseTo(0.126996, within(1e-5));
    assertThat(k.lower()).isCloseTo(0.40 - 1.959964 * 0.126996, within(1e-4));
  }

  @Test
  void kappaStandardErrorEqualsTheDeltaMethodOnAThreeCategoryTable() {
    long[][] table = {{22, 2, 2}, {1, 11, 3}, {2, 1, 6}};
    Agreement.Kappa k = Agreement.cohen(table);
    assertThat(k.kappa()).isCloseTo(0.6430889, within(1e-6));
    assertThat(k.standardError()).isCloseTo(deltaMethodSe(table), within(1e-6));
  }

  @Test
  void kappaIsUndefinedWhenBothRatersUseOneCategory() {
    assertThat(Agreement.cohen(new long[][] {{7, 0}, {0, 0}}).kappa()).isNaN();
    assertThat(Agreement.cohen(new long[][] {{0, 0}, {0, 0}})).isNull();
  }

  /**
   * Var(kappa) = (g' diag(p) g - (g'p)^2) / n with g the numerical gradient of kappa in the cell
   * proportions.
   */
  private static double deltaMethodSe(long[][] table) {
    int k = table.length;
    double n = 0;
    for (long[] row : table) {
      for (long c : row) {
        n += c;
      }
    }
    double[][] p = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[i][j] = table[i][j] / n;
      }
    }
    double h = 1e-6;
    double gDiagG = 0;
    double gP = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double[][] plus = copy(p);
        plus[i][j] += h;
        double[][] minus = copy(p);
        minus[i][j] -= h;
        double g = (kappa(plus) - kappa(minus)) / (2 * h);
        gDiagG += g * g * p[i][j];
        gP += g * p[i][j];
      }
    }
    return Math.sqrt((gDiagG - gP * gP) / n);
  }

  private static double kappa(double[][] p) {
    int k = p.length;
    double po = 0;
    double pe = 0;
    for (int i = 0; i < k; i++) {
      double row = 0;
      double col = 0;
      for (int j = 0; j < k; j++) {
        row += p[i][j];
        col += p[j][i];
      }
      po += p[i][i];
      pe += row * col;
    }
    return (po - pe) / (1 - pe);
  }

  private static double[][] copy(double[][] p) {
    double[][] c = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      c[i] = p[i].clone();
    }
    return c;
  }

  @Test
  void funnelLimitsAreInterpolatedBinomialQuantiles() {
    // Binomial(100, 0.1): 2.5% quantile 5, 97.5% quantile 16, 0.1% quantile 2, 99.9% quantile 20
    // (by summation);
    // each limit lies within the step below its quantile, at (r - alpha) / n with Spiegelhalter's
    // alpha
    ProviderOutliers.Limit at100 =
        ProviderOutliers.funnelLimits(0.1, 100, 60).stream()
            .filter(l -> l.cases() == 100)
            .findFirst()
            .orElseThrow();
    assertThat(at100.lower95())
        .isEqualTo(spiegelhalter(100, 0.1, 0.025, 5), within(1e-12))
        .isBetween(0.04, 0.05);
    assertThat(at100.upper95())
        .isEqualTo(spiegelhalter(100, 0.1, 0.975, 16), within(1e-12))
        .isBetween(0.15, 0.16);
    assertThat(at100.lower998())
        .isEqualTo(spiegelhalter(100, 0.1, 0.001, 2), within(1e-12))
        .isBetween(0.01, 0.02);
    assertThat(at100.upper998())
        .isEqualTo(spiegelhalter(100, 0.1, 0.999, 20), within(1e-12))
        .isBetween(0.19, 0.20);
  }

  @Test
  void funnelLimitsAreSmoothAndNarrowWithVolume() {
    // the quantiles alone step by up to 1/n from one volume to the next (0.016 here); interpolated,
    // under 0.003
    double previous = Double.NaN;
    for (int n = 50; n <= 200; n++) {
      double upper =
          ProviderOutliers.interpolated(
              new org.apache.commons.math3.distribution.BinomialDistribution(null, n, 0.095),
              n,
              0.975);
      if (!Double.isNaN(previous)) {
        assertThat(Math.abs(upper - previous))
            .as("upper 95%% limit from %d to %d cases", n - 1, n)
            .isLessThan(0.003);
      }
      previous = upper;
    }
    List<ProviderOutliers.Limit> limits = ProviderOutliers.funnelLimits(0.095, 200, 60);
    assertThat(limits)
        .extracting(ProviderOutliers.Limit::cases)
        .isSorted()
        .contains(1L, 200L)
        .doesNotHaveDuplicates();
    for (ProviderOutliers.Limit l : limits) {
      assertThat(l.upper998()).isGreaterThanOrEqualTo(l.upper95());
      assertThat(l.lower998()).isLessThanOrEqualTo(l.lower95()).isGreaterThanOrEqualTo(0.0);
    }
    assertThat(limits.get(limits.size() - 1).upper95())
        .isLessThan(limits.get(limits.size() / 4).upper95());
  }

  /**
   * (r - alpha) / n with alpha = (F(r) - p) / (F(r) - F(r - 1)), F summed from the binomial
   * probabilities.
   */
  private static double spiegelhalter(int n, double rate, double p, int r) {
    double atR = 0;
    double below = 0;
    for (int k = 0; k <= r; k++) {
      double pk =
          org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientDouble(n, k)
              * Math.pow(rate, k)
              * Math.pow(1 - rate, n - k);
      atR += pk;
      if (k < r) {
        below += pk;
      }
    }
    assertThat(atR).as("F(r) >= p").isGreaterThanOrEqualTo(p);
    assertThat(below).as("F(r - 1) < p").isLessThan(p);
    return (r - (atR - p) / (atR - below)) / n;
  }
}
