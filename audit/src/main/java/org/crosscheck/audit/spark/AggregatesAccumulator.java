// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import org.apache.spark.util.AccumulatorV2;
import org.crosscheck.audit.AuditAggregates;
import org.crosscheck.audit.ProcessedRecord;

/**
 * The audit's counts, taken as the records go to the outputs: each task counts its own records and
 * Spark merges the counts of each partition's successful attempt once (updates made in an action's
 * tasks are applied exactly once, whatever the retries), so the records are read once for the
 * outputs and the statistics together. Merging is addition, so the order the tasks finish in does
 * not matter.
 */
final class AggregatesAccumulator extends AccumulatorV2<ProcessedRecord, AuditAggregates> {

  private static final long serialVersionUID = 1L;

  private AuditAggregates counts = new AuditAggregates();

  @Override
  public boolean isZero() {
    return counts.records() == 0;
  }

  @Override
  public AccumulatorV2<ProcessedRecord, AuditAggregates> copy() {
    AggregatesAccumulator copy = new AggregatesAccumulator();
    copy.counts.merge(counts);
    return copy;
  }

  @Override
  public void reset() {
    counts = new AuditAggregates();
  }

  @Override
  public void add(ProcessedRecord r) {
    counts.add(r);
  }

  @Override
  public void merge(AccumulatorV2<ProcessedRecord, AuditAggregates> other) {
    counts.merge(other.value());
  }

  @Override
  public AuditAggregates value() {
    return counts;
  }
}
