// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.web.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/screenings}: submit a procedure request to decide (201; a retry with the same
 * Idempotency-Key returns the same screening, 200, header {@code Idempotent-Replayed: true}), read
 * it (with its case, status, messages and determination), list or poll for changes ({@code
 * updatedSince}), its history, and supply data.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningController {

  private final ScreeningService screenings;

  ScreeningController(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ScreeningResponse> submit(
      @RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication authentication) {
    ScreeningService.Submitted submitted =
        screenings.submit(body, checked(idempotencyKey), CurrentUser.of(authentication));
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/screenings/" + submitted.screening().id()))
        .header("Idempotent-Replayed", String.valueOf(!submitted.created()))
        .body(submitted.screening());
  }

  @GetMapping
  ScreeningPage list(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime updatedSince,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
      Authentication authentication) {
    return screenings.list(updatedSince, page, size, CurrentUser.of(authentication));
  }

  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable String id, Authentication authentication) {
    return screenings.history(id, CurrentUser.of(authentication));
  }

  /** The longest Idempotency-Key (its column). */
  static final int MAX_KEY_LENGTH = 200;

  /**
   * An Idempotency-Key is 1 to 200 visible ASCII characters (what every client library sends
   * unaltered).
   */
  private static String checked(String key) {
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw ApiException.invalidField(
          "Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters, got " + key.length());
    }
    if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ApiException.invalidField(
          "Idempotency-Key", "must be visible ASCII characters only (no spaces)");
    }
    return key;
  }

  @GetMapping("/{id}")
  ScreeningResponse get(@PathVariable String id, Authentication authentication) {
    return screenings.get(id, CurrentUser.of(authentication));
  }

  @GetMapping("/{id}/versions")
  List<VersionResponse> versions(@PathVariable String id, Authentication authentication) {
    return screenings.versions(id, CurrentUser.of(authentication));
  }

  @PutMapping(
      path = "/{id}/case",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ScreeningResponse updateCase(
      @PathVariable String id, @RequestBody byte[] body, Authentication authentication) {
    return screenings.updateCase(id, body, CurrentUser.of(authentication));
  }
}
