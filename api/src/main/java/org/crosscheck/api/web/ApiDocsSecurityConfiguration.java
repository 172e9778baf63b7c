// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI document and Swagger UI: open to read, with their own Content-Security-Policy.
 * Swagger UI's script injects one style element; its hash is allowed (and nothing else inline), so
 * the page renders without a CSP violation. {@code SwaggerUiTest} checks that in Chromium: a new
 * Swagger UI whose style changes fails it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

  /** SHA-256 of the style element swagger-ui-bundle.js injects (Swagger UI 5, springdoc 3.1.1). */
  static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

  @Bean
  @Order(2)
  SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
    http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' "
                                + SWAGGER_UI_STYLE
                                + "; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
    return http.build();
  }
}
