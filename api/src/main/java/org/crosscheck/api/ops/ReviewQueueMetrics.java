// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.crosscheck.api.review.ReviewRepository;
import org.springframework.stereotype.Component;

/**
 * Queue depth and overdue reviews as gauges ({@code crosscheck.reviews.pending}, {@code
 * crosscheck.reviews.overdue}).
 */
@Component
class ReviewQueueMetrics implements MeterBinder {

  private final ReviewRepository reviews;
  private final Clock clock;

  ReviewQueueMetrics(ReviewRepository reviews, Clock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("crosscheck.reviews.pending", reviews, ReviewRepository::countPending)
        .description("Reviews waiting on the queue (open, claimed or waiting for information)")
        .register(registry);
    Gauge.builder(
            "crosscheck.reviews.overdue", reviews, r -> r.countOverdue(OffsetDateTime.now(clock)))
        .description("Pending reviews past their due time")
        .register(registry);
  }
}
