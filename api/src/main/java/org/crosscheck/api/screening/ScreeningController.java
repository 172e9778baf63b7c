// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.net.URI;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/screenings}: submit a procedure request to decide (201; a retry with the same Idempotency-Key
 * returns the same screening, 200, header {@code Idempotent-Replayed: true}), read it, and supply missing data.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningController {

  private final ScreeningService screenings;

  ScreeningController(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ScreeningResponse> submit(@RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication authentication) {
    ScreeningService.Submitted submitted = screenings.submit(body, idempotencyKey, CurrentUser.of(authentication));
    return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/screenings/" + submitted.screening().id()))
        .header("Idempotent-Replayed", String.valueOf(!submitted.created()))
        .body(submitted.screening());
  }

  @GetMapping("/{id}")
  ScreeningResponse get(@PathVariable String id, Authentication authentication) {
    return screenings.get(id, CurrentUser.of(authentication));
  }

  @GetMapping("/{id}/versions")
  List<VersionResponse> versions(@PathVariable String id, Authentication authentication) {
    return screenings.versions(id, CurrentUser.of(authentication));
  }

  @PutMapping(path = "/{id}/case", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ScreeningResponse updateCase(@PathVariable String id, @RequestBody byte[] body, Authentication authentication) {
    return screenings.updateCase(id, body, CurrentUser.of(authentication));
  }
}
