// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue: list (prospective reviews first, then by due time; filters), overdue, one
 * review, claim, release, reassign (admins), decide.
 */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

  private final ReviewService reviews;
  private final ClaimService claims;

  ReviewController(ReviewService reviews, ClaimService claims) {
    this.reviews = reviews;
    this.claims = claims;
  }

  @GetMapping
  ReviewPage list(
      @RequestParam(required = false) List<ReviewStatus> status,
      @RequestParam(required = false) ReviewKind kind,
      @RequestParam(required = false) @Size(max = 40) String procedure,
      @RequestParam(required = false) @Size(max = 20) String urgency,
      @RequestParam(required = false) @Size(max = 200) String claimedBy,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime dueBefore,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return reviews.page(
        new ReviewFilter(status, kind, procedure, urgency, claimedBy, dueBefore), page, size);
  }

  @GetMapping("/overdue")
  List<ReviewResponse> overdue() {
    return reviews.overdue();
  }

  @GetMapping("/{id}")
  ReviewResponse get(@PathVariable String id, Authentication authentication) {
    return reviews.get(id, CurrentUser.of(authentication));
  }

  @PostMapping("/{id}/claim")
  ReviewResponse claim(@PathVariable String id, Authentication authentication) {
    return claims.claim(id, CurrentUser.of(authentication));
  }

  @PostMapping("/{id}/release")
  ReviewResponse release(@PathVariable String id, Authentication authentication) {
    return claims.release(id, CurrentUser.of(authentication));
  }

  @PostMapping("/{id}/reassign")
  ReviewResponse reassign(
      @PathVariable String id,
      @Valid @RequestBody ReassignRequest request,
      Authentication authentication) {
    return claims.reassign(id, request.reviewer(), CurrentUser.of(authentication));
  }

  @PostMapping("/{id}/decision")
  ReviewResponse decide(
      @PathVariable String id,
      @Valid @RequestBody DecisionRequest request,
      Authentication authentication) {
    return reviews.decide(id, request, CurrentUser.of(authentication));
  }
}
