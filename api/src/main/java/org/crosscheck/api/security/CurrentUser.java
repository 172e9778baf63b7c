// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authenticated caller: a name (the audit trail's actor) and roles. */
public record CurrentUser(String name, Set<String> roles) {

  public static CurrentUser of(Authentication authentication) {
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_"))
            .map(a -> a.substring(5))
            .collect(Collectors.toUnmodifiableSet());
    return new CurrentUser(authentication.getName(), roles);
  }

  public boolean has(String role) {
    return roles.contains(role);
  }

  /** A caller who may read every screening (not only the ones they submitted). */
  public boolean readsAll() {
    return has(Roles.REVIEWER) || has(Roles.AUDITOR) || has(Roles.ADMIN);
  }
}
