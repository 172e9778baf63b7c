// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.security.Roles;
import org.crosscheck.api.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who works on a review: a claim (one reviewer at a time, never the requester), its release (by the
 * claimer or an admin), an admin's reassignment, and the release of claims left idle beyond {@code
 * crosscheck.review.claim-idle-after} (by the system). Each is audited with the state before and
 * after.
 */
@Service
public class ClaimService {

  /** The audit trail's actor of the idle release. */
  static final String SYSTEM = "system";

  private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);

  private final ReviewRepository reviews;
  private final ReviewChanges changes;
  private final ReviewService service;
  private final TransactionTemplate tx;
  private final Duration idleAfter;
  private final UserDetailsService devUsers;

  ClaimService(
      ReviewRepository reviews,
      ReviewChanges changes,
      ReviewService service,
      TransactionTemplate tx,
      CrosscheckProperties properties,
      ObjectProvider<UserDetailsService> users) {
    this.reviews = reviews;
    this.changes = changes;
    this.service = service;
    this.tx = tx;
    this.idleAfter = properties.review().claimIdleAfter();
    this.devUsers = "dev".equals(properties.security().mode()) ? users.getIfAvailable() : null;
  }

  static ApiException fourEyes(CurrentUser user) {
    return ApiException.forbidden(
        "the second review must be done by another clinician than the requester ("
            + user.name()
            + ")");
  }

  /**
   * One reviewer at a time: a review that is not OPEN any more answers 409. The requester may not
   * review.
   */
  @Transactional
  public ReviewResponse claim(String id, CurrentUser user) {
    Review before = reviews.require(id);
    if (before.isRequester(user.name())) {
      throw fourEyes(user);
    }
    if (!reviews.claim(id, user.name(), changes.now())) {
      Review current = reviews.require(id);
      throw ApiException.conflict(
          "review "
              + id
              + " is "
              + current.status()
              + (current.claimedBy() == null ? "" : " (claimed by " + current.claimedBy() + ")")
              + ", not OPEN");
    }
    return service.response(changes.record(user.name(), "REVIEW_CLAIMED", before, id, null));
  }

  /** Back to the queue: the claimer releases their claim, or an admin any claim. */
  @Transactional
  public ReviewResponse release(String id, CurrentUser user) {
    Review before = reviews.require(id);
    boolean admin = user.has(Roles.ADMIN);
    if (!admin && !user.name().equals(before.claimedBy())) {
      throw before.status() == ReviewStatus.CLAIMED
          ? ApiException.forbidden(
              "review "
                  + id
                  + " is claimed by "
                  + before.claimedBy()
                  + ": only they or an admin may release it")
          : ApiException.conflict("review " + id + " is " + before.status() + ", not CLAIMED");
    }
    if (!reviews.release(id, admin ? null : user.name(), null, changes.now())) {
      throw ApiException.conflict(
          "review " + id + " is " + reviews.require(id).status() + ", not CLAIMED");
    }
    return service.response(changes.record(user.name(), "REVIEW_RELEASED", before, id, null));
  }

  /**
   * An admin hands a pending review to another reviewer (never to its requester). In the
   * development security mode the reviewer must be one of the built-in users with the reviewer
   * role; with an identity provider (jwt mode) the service cannot list its users, and the name is
   * taken as given.
   */
  @Transactional
  public ReviewResponse reassign(String id, String reviewer, CurrentUser admin) {
    Review before = reviews.require(id);
    if (before.isRequester(reviewer)) {
      throw ApiException.forbidden(
          "the second review must be done by another clinician than the requester ("
              + reviewer
              + ")");
    }
    knownReviewer(reviewer);
    if (!reviews.reassign(id, reviewer, changes.now())) {
      throw ApiException.conflict(
          "review "
              + id
              + " is "
              + reviews.require(id).status()
              + ": only a pending review"
              + " can be reassigned");
    }
    return service.response(changes.record(admin.name(), "REVIEW_REASSIGNED", before, id, null));
  }

  private void knownReviewer(String name) {
    if (devUsers == null) {
      return;
    }
    boolean reviewer;
    try {
      reviewer =
          devUsers
              .loadUserByUsername(name)
              .getAuthorities()
              .contains(new SimpleGrantedAuthority("ROLE_" + Roles.REVIEWER));
    } catch (UsernameNotFoundException e) {
      reviewer = false;
    }
    if (!reviewer) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "invalid-request",
          "Invalid request",
          "reviewer: '" + name + "' is not a reviewer");
    }
  }

  /**
   * Releases every claim idle for longer than the configured time (none when it is zero), each in
   * its own transaction; a claimer who acts at the same moment keeps the claim. Returns how many
   * were released.
   */
  public int releaseIdle() {
    if (idleAfter.isZero() || idleAfter.isNegative()) {
      return 0;
    }
    OffsetDateTime idleBefore = changes.now().minus(idleAfter);
    int released = 0;
    for (Review idle : reviews.idleClaims(idleBefore)) {
      Boolean done =
          tx.execute(
              status -> {
                if (!reviews.release(idle.id(), idle.claimedBy(), idleBefore, changes.now())) {
                  return false;
                }
                changes.record(SYSTEM, "REVIEW_RELEASED_IDLE", idle, idle.id(), null);
                return true;
              });
      released += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    if (released > 0) {
      LOG.info("Released {} claim(s) idle for more than {}", released, idleAfter);
    }
    return released;
  }
}
