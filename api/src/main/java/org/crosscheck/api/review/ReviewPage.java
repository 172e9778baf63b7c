// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.util.List;

/** A page of the review queue, by due time. */
public record ReviewPage(List<ReviewResponse> items, int page, int size, long total) {}
