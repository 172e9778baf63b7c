// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.facts.Tier;

/**
 * The counts an audit's statistics are computed from: mergeable, so that each worker (or Spark
 * partition) counts its own records and the results add up. Counting a record here is the only
 * place where cases enter the statistics.
 */
public final class AuditAggregates implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The groupings of the statistics. */
  public enum Dimension {
    ALL,
    PROCEDURE,
    QUARTER,
    PROVIDER,
    FACILITY
  }

  /** One group of cases of one category, e.g. (PROVIDER, prov-0007, NONACUTE). */
  public record GroupKey(Dimension dimension, String group, CaseCategory category)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Outcome and tier counts of a group. Tier index {@code Tier.values().length} counts cases
   * without a tier.
   */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    final long[] outcomes = new long[Outcome.values().length];
    final long[] tiers = new long[Tier.values().length + 1];

    public long cases() {
      long n = 0;
      for (long c : outcomes) {
        n += c;
      }
      return n;
    }

    public long outcome(Outcome o) {
      return outcomes[o.ordinal()];
    }

    public long tier(Tier t) {
      return tiers[t.ordinal()];
    }

    public long withoutTier() {
      return tiers[Tier.values().length];
    }

    /** Cases with a rating tier: the denominator of a rarely appropriate rate. */
    public long rated() {
      return tier(Tier.APPROPRIATE) + tier(Tier.MAY_BE_APPROPRIATE) + tier(Tier.RARELY_APPROPRIATE);
    }

    void add(Counts other) {
      for (int i = 0; i < outcomes.length; i++) {
        outcomes[i] += other.outcomes[i];
      }
      for (int i = 0; i < tiers.length; i++) {
        tiers[i] += other.tiers[i];
      }
    }
  }

  private long evaluated;
  private final Map<ProcessedRecord.Rejection, Long> rejected = new HashMap<>();
  private final Map<GroupKey, Counts> groups = new HashMap<>();
  private final Map<String, Long> reviewReasons = new HashMap<>();
  private final Map<String, Long> missingData = new HashMap<>();

  /** Imaging requests held (review or pending) by reason code. */
  private final Map<String, Long> imagingReasons = new HashMap<>();

  /**
   * Imaging requests no criterion rates (no criterion applies, or only unrated rows), by scenario.
   */
  private final Map<String, Long> imagingUnrated = new HashMap<>();

  /**
   * Imaging requests sent to review on a rating, by criterion, test and tier ({@code
   * ruleSet/criterion|CCTA|tier}).
   */
  private final Map<String, Long> imagingRatedForReview = new HashMap<>();

  /** [engine appropriate ? 0 : 1][reviewer appropriate ? 0 : 1]. */
  private final long[][] agreement = new long[2][2];

  public void add(ProcessedRecord processed) {
    if (processed.evaluated()) {
      add(processed.record());
    } else {
      rejected.merge(processed.rejection(), 1L, Long::sum);
    }
  }

  public void add(AuditRecord r) {
    evaluated++;
    Outcome outcome = Outcome.valueOf(r.outcome());
    int tier = r.tier() == null ? Tier.values().length : Tier.valueOf(r.tier()).ordinal();
    count(new GroupKey(Dimension.ALL, "all", r.category()), outcome, tier);
    count(
        new GroupKey(Dimension.PROCEDURE, String.valueOf(r.procedure()), r.category()),
        outcome,
        tier);
    count(new GroupKey(Dimension.QUARTER, r.quarter(), r.category()), outcome, tier);
    count(new GroupKey(Dimension.PROVIDER, r.provider(), r.category()), outcome, tier);
    count(new GroupKey(Dimension.FACILITY, r.facility(), r.category()), outcome, tier);
    if (outcome == Outcome.SECOND_REVIEW) {
      r.reasons().forEach(code -> reviewReasons.merge(code, 1L, Long::sum));
    }
    r.missingData().forEach(field -> missingData.merge(field, 1L, Long::sum));
    if (r.category() == CaseCategory.IMAGING) {
      countImaging(r, outcome);
    }
    if (r.recordedAppropriate() != null && r.tier() != null && Tier.valueOf(r.tier()).isRating()) {
      boolean engineAppropriate = Tier.valueOf(r.tier()) != Tier.RARELY_APPROPRIATE;
      agreement[engineAppropriate ? 0 : 1][r.recordedAppropriate() ? 0 : 1]++;
    }
  }

  /** {@link AuditDefinition#IMAGING_REVIEW}. */
  private void countImaging(AuditRecord r, Outcome outcome) {
    if (outcome == Outcome.SECOND_REVIEW || outcome == Outcome.PEND) {
      r.reasons().forEach(code -> imagingReasons.merge(code, 1L, Long::sum));
    }
    if (Tier.NO_CRITERIA_APPLY.name().equals(r.tier()) || Tier.NOT_RATED.name().equals(r.tier())) {
      imagingUnrated.merge(r.imagingScenario(), 1L, Long::sum);
    }
    if (outcome == Outcome.SECOND_REVIEW
        && (Tier.RARELY_APPROPRIATE.name().equals(r.tier())
            || Tier.MAY_BE_APPROPRIATE.name().equals(r.tier()))) {
      r.criteria()
          .forEach(
              c ->
                  imagingRatedForReview.merge(
                      c + "|" + r.procedure() + "|" + r.tier(), 1L, Long::sum));
    }
  }

  private void count(GroupKey key, Outcome outcome, int tier) {
    Counts c = groups.computeIfAbsent(key, k -> new Counts());
    c.outcomes[outcome.ordinal()]++;
    c.tiers[tier]++;
  }

  /** Adds another worker's counts to these; returns this. */
  public AuditAggregates merge(AuditAggregates other) {
    evaluated += other.evaluated;
    other.rejected.forEach((k, v) -> rejected.merge(k, v, Long::sum));
    other.groups.forEach((k, v) -> groups.computeIfAbsent(k, x -> new Counts()).add(v));
    other.reviewReasons.forEach((k, v) -> reviewReasons.merge(k, v, Long::sum));
    other.missingData.forEach((k, v) -> missingData.merge(k, v, Long::sum));
    other.imagingReasons.forEach((k, v) -> imagingReasons.merge(k, v, Long::sum));
    other.imagingUnrated.forEach((k, v) -> imagingUnrated.merge(k, v, Long::sum));
    other.imagingRatedForReview.forEach((k, v) -> imagingRatedForReview.merge(k, v, Long::sum));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        agreement[i][j] += other.agreement[i][j];
      }
    }
    return this;
  }

  public long evaluated() {
    return evaluated;
  }

  public long rejected() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }

  public Map<ProcessedRecord.Rejection, Long> rejectedByKind() {
    return Map.copyOf(rejected);
  }

  public long records() {
    return evaluated + rejected();
  }

  public Map<GroupKey, Counts> groups() {
    return groups;
  }

  public Map<String, Long> reviewReasons() {
    return reviewReasons;
  }

  public Map<String, Long> missingData() {
    return missingData;
  }

  public Map<String, Long> imagingReasons() {
    return imagingReasons;
  }

  public Map<String, Long> imagingUnrated() {
    return imagingUnrated;
  }

  public Map<String, Long> imagingRatedForReview() {
    return imagingRatedForReview;
  }

  /** The 2x2 table: rows engine appropriate / not, columns reviewer appropriate / not. */
  public long[][] agreement() {
    return new long[][] {agreement[0].clone(), agreement[1].clone()};
  }
}
