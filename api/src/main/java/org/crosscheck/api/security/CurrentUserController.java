// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the caller is and their roles (the pages check a sign-in and adapt to
 * the roles).
 */
@RestController
class CurrentUserController {

  @GetMapping("/api/v1/me")
  CurrentUser me(Authentication authentication) {
    return CurrentUser.of(authentication);
  }
}
