// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
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

  private static final long serialVersionUID = 3L;

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

  private static final CaseCategory[] CATEGORIES = CaseCategory.values();

  private long evaluated;
  private final Map<ProcessedRecord.Rejection, Long> rejected = new HashMap<>();

  /**
   * The groups' counts: per dimension, per group, by category ({@link CaseCategory#ordinal()}; null
   * where the group has no case of that category). Counting a record looks up its five groups by
   * their name alone ({@link #groups()} gives them as {@link GroupKey}s): a record key's hash, of
   * two enums' identity hashes, was most of the counting's time.
   */
  private final EnumMap<Dimension, Map<String, Counts[]>> byDimension = noGroups();

  /** {@link #groups()} since the last record or merge; null when it must be made again. */
  private transient Map<GroupKey, Counts> groups;

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
    groups = null;
    Outcome outcome = Outcome.valueOf(r.outcome());
    Tier tier = r.tier() == null ? null : Tier.valueOf(r.tier());
    int tierIndex = tier == null ? Tier.values().length : tier.ordinal();
    int category = r.category().ordinal();
    count(Dimension.ALL, "all", category, outcome, tierIndex);
    count(Dimension.PROCEDURE, String.valueOf(r.procedure()), category, outcome, tierIndex);
    count(Dimension.QUARTER, r.quarter(), category, outcome, tierIndex);
    count(Dimension.PROVIDER, r.provider(), category, outcome, tierIndex);
    count(Dimension.FACILITY, r.facility(), category, outcome, tierIndex);
    if (outcome == Outcome.SECOND_REVIEW) {
      r.reasons().forEach(code -> reviewReasons.merge(code, 1L, Long::sum));
    }
    r.missingData().forEach(field -> missingData.merge(field, 1L, Long::sum));
    if (r.category() == CaseCategory.IMAGING) {
      countImaging(r, outcome);
    }
    if (r.recordedAppropriate() != null && tier != null && tier.isRating()) {
      boolean engineAppropriate = tier != Tier.RARELY_APPROPRIATE;
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

  private void count(Dimension d, String group, int category, Outcome outcome, int tier) {
    Counts c = counts(d, group, category);
    c.outcomes[outcome.ordinal()]++;
    c.tiers[tier]++;
  }

  private static EnumMap<Dimension, Map<String, Counts[]>> noGroups() {
    EnumMap<Dimension, Map<String, Counts[]>> byDimension = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      byDimension.put(d, new HashMap<>());
    }
    return byDimension;
  }

  /** One group's counts of one category (its {@link CaseCategory#ordinal()}). */
  private interface GroupCounts {
    void accept(Dimension dimension, String group, int category, Counts counts);
  }

  private void forEachGroup(GroupCounts action) {
    byDimension.forEach(
        (d, byGroup) ->
            byGroup.forEach(
                (group, byCategory) -> {
                  for (int c = 0; c < byCategory.length; c++) {
                    if (byCategory[c] != null) {
                      action.accept(d, group, c, byCategory[c]);
                    }
                  }
                }));
  }

  private Counts counts(Dimension d, String group, int category) {
    Counts[] byCategory =
        byDimension.get(d).computeIfAbsent(group, g -> new Counts[CATEGORIES.length]);
    Counts c = byCategory[category];
    if (c == null) {
      c = new Counts();
      byCategory[category] = c;
    }
    return c;
  }

  /** Adds another worker's counts to these; returns this. */
  public AuditAggregates merge(AuditAggregates other) {
    evaluated += other.evaluated;
    groups = null;
    other.rejected.forEach((k, v) -> rejected.merge(k, v, Long::sum));
    other.forEachGroup((d, group, c, theirs) -> counts(d, group, c).add(theirs));
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

  /** Every group with at least one case (read-only). */
  public Map<GroupKey, Counts> groups() {
    if (groups != null) {
      return groups;
    }
    Map<GroupKey, Counts> all = new HashMap<>();
    forEachGroup((d, group, c, counts) -> all.put(new GroupKey(d, group, CATEGORIES[c]), counts));
    groups = Collections.unmodifiableMap(all);
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
