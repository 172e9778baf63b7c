// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.crosscheck.audit.AuditAggregates.Counts;
import org.crosscheck.audit.AuditAggregates.Dimension;
import org.crosscheck.audit.AuditAggregates.GroupKey;
import org.crosscheck.audit.stats.Agreement;
import org.crosscheck.audit.stats.Proportion;
import org.crosscheck.audit.stats.ProviderOutliers;
import org.crosscheck.audit.stats.TrendTest;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.facts.Tier;

/**
 * Computes {@code summary.json} from an audit's aggregates (see {@link AuditDefinition} for every
 * choice).
 */
public final class AuditStatistics {

  /** How many reasons and missing fields the summary lists. */
  static final int TOP = 15;

  private static final String ALL = "ALL";
  private static final String NO_TIER = "NONE";

  private AuditStatistics() {}

  public static AuditSummary summarize(
      AuditAggregates a, List<String> inputs, String engineVersion, List<String> ruleSets) {
    Map<String, Long> rejected = new TreeMap<>();
    a.rejectedByKind().forEach((k, v) -> rejected.put(k.name(), v));
    AuditSummary.Run run =
        new AuditSummary.Run(
            List.copyOf(inputs),
            a.records(),
            a.evaluated(),
            a.rejected(),
            rejected,
            engineVersion,
            List.copyOf(ruleSets));
    List<AuditSummary.Definition> definitions =
        Arrays.stream(AuditDefinition.values())
            .map(d -> new AuditSummary.Definition(d.name(), d.text()))
            .toList();

    List<AuditSummary.Group> byCategory = new ArrayList<>();
    byCategory.add(group("all", ALL, sum(a, Dimension.ALL, "all", null)));
    for (CaseCategory c : CaseCategory.values()) {
      Counts counts = a.groups().get(new GroupKey(Dimension.ALL, "all", c));
      if (counts != null) {
        byCategory.add(group("all", c.name(), counts));
      }
    }
    Counts nonacutePci =
        a.groups()
            .getOrDefault(
                new GroupKey(Dimension.PROCEDURE, "PCI", CaseCategory.NONACUTE), new Counts());
    Counts acutePci =
        a.groups()
            .getOrDefault(
                new GroupKey(Dimension.PROCEDURE, "PCI", CaseCategory.ACUTE), new Counts());
    List<AuditSummary.Group> byFacility = byGroup(a, Dimension.FACILITY);
    return new AuditSummary(
        run,
        definitions,
        byCategory,
        byGroupAndCategory(a, Dimension.PROCEDURE),
        byGroupAndCategory(a, Dimension.QUARTER),
        byGroup(a, Dimension.PROVIDER),
        byFacility,
        outliers(a, Dimension.PROVIDER),
        outliers(a, Dimension.FACILITY),
        trend(a),
        agreement(a),
        top(a.reviewReasons()),
        top(a.missingData()),
        imagingReview(a),
        national(acutePci, nonacutePci, facilityNonacuteRates(a)));
  }

  private static Counts sum(
      AuditAggregates a, Dimension dimension, String group, CaseCategory category) {
    Counts total = new Counts();
    a.groups()
        .forEach(
            (k, v) -> {
              if (k.dimension() == dimension
                  && k.group().equals(group)
                  && (category == null || k.category() == category)) {
                total.add(v);
              }
            });
    return total;
  }

  static AuditSummary.Group group(String group, String category, Counts c) {
    long n = c.cases();
    Map<String, Proportion> outcomes = new LinkedHashMap<>();
    for (Outcome o : Outcome.values()) {
      outcomes.put(o.name(), Proportion.of(c.outcome(o), n));
    }
    Map<String, Proportion> tiers = new LinkedHashMap<>();
    for (Tier t : Tier.values()) {
      tiers.put(t.name(), Proportion.of(c.tier(t), n));
    }
    tiers.put(NO_TIER, Proportion.of(c.withoutTier(), n));
    return new AuditSummary.Group(
        group,
        category,
        n,
        outcomes,
        tiers,
        Proportion.of(c.tier(Tier.RARELY_APPROPRIATE), c.rated()));
  }

  /** One row per group (all categories together), sorted by group. */
  private static List<AuditSummary.Group> byGroup(AuditAggregates a, Dimension dimension) {
    Map<String, Counts> totals = new TreeMap<>();
    a.groups()
        .forEach(
            (k, v) -> {
              if (k.dimension() == dimension) {
                totals.computeIfAbsent(k.group(), g -> new Counts()).add(v);
              }
            });
    List<AuditSummary.Group> rows = new ArrayList<>();
    totals.forEach((g, c) -> rows.add(group(g, ALL, c)));
    return rows;
  }

  /** One row per group and category, and one for the group's total, sorted. */
  private static List<AuditSummary.Group> byGroupAndCategory(
      AuditAggregates a, Dimension dimension) {
    Map<String, Map<String, Counts>> rows = new TreeMap<>();
    a.groups()
        .forEach(
            (k, v) -> {
              if (k.dimension() == dimension) {
                Map<String, Counts> g = rows.computeIfAbsent(k.group(), x -> new TreeMap<>());
                g.computeIfAbsent(ALL, x -> new Counts()).add(v);
                g.computeIfAbsent(k.category().name(), x -> new Counts()).add(v);
              }
            });
    List<AuditSummary.Group> out = new ArrayList<>();
    rows.forEach(
        (g, byCategory) -> byCategory.forEach((c, counts) -> out.add(group(g, c, counts))));
    return out;
  }

  /** {@link AuditDefinition#PROVIDER_OUTLIERS}, for providers or facilities. */
  private static AuditSummary.Outliers outliers(AuditAggregates a, Dimension dimension) {
    List<ProviderOutliers.Group> groups = new ArrayList<>();
    long events = 0;
    long cases = 0;
    for (Map.Entry<GroupKey, Counts> e : sortedKeys(a).entrySet()) {
      GroupKey k = e.getKey();
      if (k.dimension() == dimension
          && k.category() == CaseCategory.NONACUTE
          && e.getValue().rated() > 0) {
        long k1 = e.getValue().tier(Tier.RARELY_APPROPRIATE);
        groups.add(new ProviderOutliers.Group(k.group(), k1, e.getValue().rated()));
        events += k1;
        cases += e.getValue().rated();
      }
    }
    Proportion pooled = Proportion.of(events, cases);
    if (cases == 0) {
      return new AuditSummary.Outliers(pooled, ProviderOutliers.FDR, 0, 0, List.of(), List.of());
    }
    List<ProviderOutliers.Tested> tested = ProviderOutliers.test(groups, pooled.rate());
    // the limits reach past the largest volume: the funnel's x axis ends on a round number above it
    long maxCases =
        Math.round(1.35 * groups.stream().mapToLong(ProviderOutliers.Group::cases).max().orElse(1));
    int flagged = (int) tested.stream().filter(ProviderOutliers.Tested::flagged).count();
    return new AuditSummary.Outliers(
        pooled,
        ProviderOutliers.FDR,
        tested.size(),
        flagged,
        tested,
        ProviderOutliers.funnelLimits(pooled.rate(), maxCases, 60));
  }

  private static Map<GroupKey, Counts> sortedKeys(AuditAggregates a) {
    Map<GroupKey, Counts> sorted =
        new TreeMap<>(
            Comparator.comparing(GroupKey::dimension)
                .thenComparing(GroupKey::group)
                .thenComparing(GroupKey::category));
    sorted.putAll(a.groups());
    return sorted;
  }

  /** {@link AuditDefinition#IMAGING_REVIEW}. */
  private static AuditSummary.ImagingReview imagingReview(AuditAggregates a) {
    Counts imaging = sum(a, Dimension.ALL, "all", CaseCategory.IMAGING);
    List<AuditSummary.ScenarioCount> scenarios =
        sortedCounts(a.imagingUnrated())
            .limit(TOP)
            .map(
                e -> {
                  String[] f = e.getKey().split("\\|", -1);
                  return new AuditSummary.ScenarioCount(f[0], f[1], f[2], f[3], f[4], e.getValue());
                })
            .toList();
    List<AuditSummary.CriterionCount> criteria =
        sortedCounts(a.imagingRatedForReview())
            .limit(TOP)
            .map(
                e -> {
                  String[] f = e.getKey().split("\\|", -1);
                  return new AuditSummary.CriterionCount(f[0], f[1], f[2], e.getValue());
                })
            .toList();
    return new AuditSummary.ImagingReview(
        imaging.cases(),
        imaging.outcome(Outcome.SECOND_REVIEW),
        imaging.outcome(Outcome.PEND),
        top(a.imagingReasons()),
        scenarios,
        criteria);
  }

  private static java.util.stream.Stream<Map.Entry<String, Long>> sortedCounts(
      Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()));
  }

  /** {@link AuditDefinition#TREND_TEST}. */
  private static AuditSummary.Trend trend(AuditAggregates a) {
    TreeSet<String> quarters = new TreeSet<>();
    a.groups().keySet().stream()
        .filter(k -> k.dimension() == Dimension.QUARTER)
        .forEach(k -> quarters.add(k.group()));
    List<AuditSummary.QuarterRate> rates = new ArrayList<>();
    long[] events = new long[quarters.size()];
    long[] totals = new long[quarters.size()];
    int i = 0;
    for (String q : quarters) {
      Counts c =
          a.groups()
              .getOrDefault(
                  new GroupKey(Dimension.QUARTER, q, CaseCategory.NONACUTE), new Counts());
      events[i] = c.tier(Tier.RARELY_APPROPRIATE);
      totals[i] = c.rated();
      rates.add(new AuditSummary.QuarterRate(q, Proportion.of(events[i], totals[i])));
      i++;
    }
    TrendTest.Result r = TrendTest.test(events, totals, TrendTest.equallySpaced(quarters.size()));
    return r == null
        ? new AuditSummary.Trend(rates, null, null, "untestable")
        : new AuditSummary.Trend(
            rates,
            r.chiSquare(),
            r.pValue(),
            r.direction() > 0 ? "rising" : r.direction() < 0 ? "falling" : "flat");
  }

  /** {@link AuditDefinition#AGREEMENT}. */
  private static AuditSummary.AgreementResult agreement(AuditAggregates a) {
    long[][] table = a.agreement();
    return new AuditSummary.AgreementResult(table, Agreement.cohen(table));
  }

  private static List<AuditSummary.CodeCount> top(Map<String, Long> counts) {
    return sortedCounts(counts)
        .limit(TOP)
        .map(e -> new AuditSummary.CodeCount(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Each facility's nonacute rarely appropriate rate (facilities with a rated nonacute case), in
   * percent.
   */
  private static double[] facilityNonacuteRates(AuditAggregates a) {
    return a.groups().entrySet().stream()
        .filter(
            e ->
                e.getKey().dimension() == Dimension.FACILITY
                    && e.getKey().category() == CaseCategory.NONACUTE)
        .filter(e -> e.getValue().rated() > 0)
        .mapToDouble(e -> 100.0 * e.getValue().tier(Tier.RARELY_APPROPRIATE) / e.getValue().rated())
        .sorted()
        .toArray();
  }

  /** {@link AuditDefinition#NATIONAL_COMPARISON}. */
  private static List<AuditSummary.NationalComparison> national(
      Counts acutePci, Counts nonacutePci, double[] facilityRates) {
    List<AuditSummary.NationalComparison> out = new ArrayList<>();
    for (NationalFigures.Figure f : NationalFigures.load()) {
      Counts c = "ACUTE".equals(f.category()) ? acutePci : nonacutePci;
      Proportion ours = null;
      Double median = null;
      if ("FACILITY_MEDIAN_RARELY_APPROPRIATE".equals(f.measure())) {
        median = facilityRates.length == 0 ? null : new Percentile().evaluate(facilityRates, 50);
      } else {
        ours = Proportion.of(c.tier(Tier.valueOf(f.measure())), c.rated());
      }
      out.add(
          new AuditSummary.NationalComparison(
              f.id(),
              f.study(),
              f.population(),
              f.criteria(),
              f.years(),
              f.category(),
              f.measure(),
              f.percent(),
              f.lower(),
              f.upper(),
              ours,
              median));
    }
    return out;
  }
}
