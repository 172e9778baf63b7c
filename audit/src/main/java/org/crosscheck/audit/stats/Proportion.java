// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.stats;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/**
 * A count out of a total with its Wilson score 95% interval (Commons Math). An empty group has no
 * rate and no interval (null), never 0%.
 */
public record Proportion(long count, long total, Double rate, Double lower, Double upper) {

  public static final double CONFIDENCE = 0.95;

  public static Proportion of(long count, long total) {
    if (count < 0 || count > total) {
      throw new IllegalArgumentException("count " + count + " out of " + total);
    }
    if (total == 0) {
      return new Proportion(0, 0, null, null, null);
    }
    ConfidenceInterval ci =
        IntervalUtils.getWilsonScoreInterval(
            Math.toIntExact(total), Math.toIntExact(count), CONFIDENCE);
    // the Wilson bounds are exactly 0 for no events and 1 for all events; Commons Math computes
    // them in floating point
    return new Proportion(
        count,
        total,
        (double) count / total,
        count == 0 ? 0.0 : Math.max(0.0, ci.getLowerBound()),
        count == total ? 1.0 : Math.min(1.0, ci.getUpperBound()));
  }
}
