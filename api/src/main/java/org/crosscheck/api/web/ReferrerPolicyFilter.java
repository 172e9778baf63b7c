// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Referrer-Policy: no-referrer} on every response (the API, the pages, CDS Hooks, errors):
 * the service's URLs name screenings and reviews, which no other site needs to learn. HSTS comes
 * from Spring Security on every secure request (behind a proxy, {@code
 * server.forward-headers-strategy} makes a forwarded HTTPS request secure).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferrerPolicyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
