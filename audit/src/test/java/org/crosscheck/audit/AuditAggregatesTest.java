// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.audit.AuditAggregates.Counts;
import org.crosscheck.audit.AuditAggregates.Dimension;
import org.crosscheck.audit.AuditAggregates.GroupKey;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.facts.Tier;
import org.junit.jupiter.api.Test;

/**
 * The groups' counts against a plain reading of what a group is (one counter per dimension, group
 * name and category), for random records counted at once or in parts merged.
 */
class AuditAggregatesTest {

  private static final int RECORDS = 5_000;

  @Test
  void groupsCountEachRecordOnceInEachOfItsFiveGroups() {
    List<AuditRecord> records = randomRecords(new Random(7), RECORDS);
    AuditAggregates counts = new AuditAggregates();
    records.forEach(counts::add);

    assertThat(asCounts(counts.groups())).isEqualTo(expected(records));
    assertThat(counts.evaluated()).isEqualTo(RECORDS);
  }

  @Test
  void partsMergedCountAsTheWholeAndTheViewFollowsLaterRecords() {
    List<AuditRecord> records = randomRecords(new Random(11), RECORDS);
    AuditAggregates first = new AuditAggregates();
    AuditAggregates second = new AuditAggregates();
    records.subList(0, 1_234).forEach(first::add);
    Map<String, List<Long>> partial = asCounts(first.groups());
    records.subList(1_234, 4_000).forEach(second::add);

    first.merge(second);
    Map<String, List<Long>> merged = asCounts(first.groups());
    records.subList(4_000, RECORDS).forEach(first::add);

    assertThat(partial).isEqualTo(expected(records.subList(0, 1_234)));
    assertThat(merged).isEqualTo(expected(records.subList(0, 4_000)));
    assertThat(asCounts(first.groups())).isEqualTo(expected(records));
    assertThat(asCounts(second.groups())).isEqualTo(expected(records.subList(1_234, 4_000)));
  }

  /** Each group as {@code dimension|group|category} -> outcome counts then tier counts. */
  private static Map<String, List<Long>> asCounts(Map<GroupKey, Counts> groups) {
    Map<String, List<Long>> out = new HashMap<>();
    groups.forEach(
        (k, c) -> {
          List<Long> values = new ArrayList<>();
          for (Outcome o : Outcome.values()) {
            values.add(c.outcome(o));
          }
          for (Tier t : Tier.values()) {
            values.add(c.tier(t));
          }
          values.add(c.withoutTier());
          out.put(k.dimension() + "|" + k.group() + "|" + k.category(), values);
        });
    return out;
  }

  private static Map<String, List<Long>> expected(List<AuditRecord> records) {
    Map<String, long[]> counts = new HashMap<>();
    int outcomes = Outcome.values().length;
    for (AuditRecord r : records) {
      Map<Dimension, String> groups =
          Map.of(
              Dimension.ALL, "all",
              Dimension.PROCEDURE, String.valueOf(r.procedure()),
              Dimension.QUARTER, r.quarter(),
              Dimension.PROVIDER, r.provider(),
              Dimension.FACILITY, r.facility());
      groups.forEach(
          (d, g) -> {
            long[] c =
                counts.computeIfAbsent(
                    d + "|" + g + "|" + r.category(),
                    k -> new long[outcomes + Tier.values().length + 1]);
            c[Outcome.valueOf(r.outcome()).ordinal()]++;
            c[
                outcomes
                    + (r.tier() == null
                        ? Tier.values().length
                        : Tier.valueOf(r.tier()).ordinal())]++;
          });
    }
    Map<String, List<Long>> out = new HashMap<>();
    counts.forEach(
        (k, c) -> {
          List<Long> values = new ArrayList<>();
          for (long v : c) {
            values.add(v);
          }
          out.put(k, values);
        });
    return out;
  }

  private static List<AuditRecord> randomRecords(Random random, int n) {
    List<AuditRecord> records = new ArrayList<>();
    String[] procedures = {"PCI", "CABG", "CCTA", null};
    for (int i = 0; i < n; i++) {
      Tier tier =
          random.nextInt(5) == 0 ? null : Tier.values()[random.nextInt(Tier.values().length)];
      records.add(
          new AuditRecord(
              "in.ndjson",
              i + 1,
              "case-" + i,
              "2025-01-01",
              "2025-Q" + (1 + random.nextInt(4)),
              "prov-" + random.nextInt(10 + i / 50),
              random.nextInt(10) == 0 ? AuditDefinition.NOT_RECORDED : "fac-" + random.nextInt(7),
              procedures[random.nextInt(procedures.length)],
              "ELECTIVE",
              CaseCategory.values()[random.nextInt(CaseCategory.values().length)],
              Outcome.values()[random.nextInt(Outcome.values().length)].name(),
              tier == null ? null : tier.name(),
              List.of(),
              List.of(),
              List.of(),
              null,
              null));
    }
    return records;
  }
}
