// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: list (paged, by due time), overdue, claim, decide. */
@RestController
@RequestMapping("/api/v1/reviews")
@Validated
class ReviewController {

  private final ReviewService reviews;

  ReviewController(ReviewService reviews) {
    this.reviews = reviews;
  }

  @GetMapping
  ReviewPage list(@RequestParam(required = false) ReviewStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime dueBefore,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return reviews.page(status, dueBefore, page, size);
  }

  @GetMapping("/overdue")
  List<ReviewResponse> overdue() {
    return reviews.overdue();
  }

  @GetMapping("/{id}")
  ReviewResponse get(@PathVariable String id) {
    return reviews.get(id);
  }

  @PostMapping("/{id}/claim")
  ReviewResponse claim(@PathVariable String id, Authentication authentication) {
    return reviews.claim(id, CurrentUser.of(authentication));
  }

  @PostMapping("/{id}/decision")
  ReviewResponse decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
      Authentication authentication) {
    return reviews.decide(id, request, CurrentUser.of(authentication));
  }
}
