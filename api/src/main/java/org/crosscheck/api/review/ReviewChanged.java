// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;

/**
 * Announced (synchronously, inside the change's transaction) after every change of a review, so
 * that its screening follows: {@code decision} is set when the change is a reviewer's decision,
 * null for claims, releases and new versions.
 */
public record ReviewChanged(
    String screeningId,
    String reviewId,
    String actor,
    ReviewDecision decision,
    OffsetDateTime at) {}
