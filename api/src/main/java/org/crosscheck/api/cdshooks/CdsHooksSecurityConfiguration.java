// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.api.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CDS Hooks endpoints have their own security: the caller is an EHR, authenticated by the JWT
 * it signs for each call (CDS Hooks 2.0, "Trusting CDS Clients"), not a user of the REST API.
 * Discovery is open (it holds no patient data); service and feedback calls need a verified JWT when
 * {@code requireJwt} is on, and any JWT sent is verified. CORS is allowed for browser-based CDS
 * clients.
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksSecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CdsHooksSecurityConfiguration.class);
  static final String CLIENT_ATTRIBUTE = "crosscheck.cdsClient";

  @Bean
  @Order(1)
  SecurityFilterChain cdsHooks(
      HttpSecurity http,
      ClientJwtVerifier verifier,
      CdsHooksProperties properties,
      CrosscheckProperties crosscheck)
      throws Exception {
    boolean required =
        properties.requireJwt() != null
            ? properties.requireJwt()
            : "jwt".equals(crosscheck.security().mode());
    if ("jwt".equals(crosscheck.security().mode()) && properties.baseUrl() == null) {
      // without it, aud would be checked against a URL built from the request's Host header, which
      // the caller sets
      throw new IllegalStateException(
          "crosscheck.cds-hooks.base-url (CROSSCHECK_CDS_HOOKS_BASE_URL) is required in "
              + "the jwt security mode: it is the URL EHRs call, which a client JWT's aud must name");
    }
    if (!required) {
      LOG.warn(
          "CDS Hooks calls without a client JWT are accepted (crosscheck.cds-hooks.require-jwt=false or dev "
              + "mode); a JWT that is sent is still verified");
    }
    http.securityMatcher("/cds-services", "/cds-services/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .cors(cors -> cors.configurationSource(cors(properties)))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .addFilterBefore(
            new ClientJwtFilter(verifier, properties, required), AuthorizationFilter.class);
    return http.build();
  }

  private static UrlBasedCorsConfigurationSource cors(CdsHooksProperties properties) {
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOriginPatterns(properties.corsOrigins());
    config.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
    config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
    config.setAllowCredentials(false);
    config.setMaxAge(3600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/cds-services/**", config);
    source.registerCorsConfiguration("/cds-services", config);
    return source;
  }

  /**
   * Verifies the client JWT of POST calls; 401 problem+json when it is missing (and required) or
   * not acceptable.
   */
  static final class ClientJwtFilter extends OncePerRequestFilter {
    private final ClientJwtVerifier verifier;
    private final CdsHooksProperties properties;
    private final boolean required;

    ClientJwtFilter(ClientJwtVerifier verifier, CdsHooksProperties properties, boolean required) {
      this.verifier = verifier;
      this.properties = properties;
      this.required = required;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      try {
        if (header == null) {
          if (required) {
            throw new CdsAuthenticationException(
                "A CDS client JWT is required: Authorization: Bearer <JWT>");
          }
        } else if (!header.startsWith("Bearer ")) {
          throw new CdsAuthenticationException("Authorization must be 'Bearer <JWT>'");
        } else {
          request.setAttribute(
              CLIENT_ATTRIBUTE, verifier.verify(header.substring(7).trim(), audience(request)));
        }
      } catch (CdsAuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Bearer");
        Problems.write(
            response,
            Problems.of(
                HttpStatus.UNAUTHORIZED,
                "cds-client-unauthorized",
                "CDS client not authenticated",
                e.getMessage()));
        return;
      }
      chain.doFilter(request, response);
    }

    /**
     * The exact URL called, as the client knows it (the configured base URL, else the request's
     * own). For feedback the specification does not say whether {@code aud} is the service's URL or
     * the feedback URL: both are taken.
     */
    private java.util.Set<String> audience(HttpServletRequest request) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String base;
      if (properties.baseUrl() != null) {
        String configured = properties.baseUrl().toString();
        base =
            configured.endsWith("/")
                ? configured.substring(0, configured.length() - 1)
                : configured;
      } else {
        String url = request.getRequestURL().toString();
        base =
            url.substring(0, url.length() - request.getRequestURI().length())
                + request.getContextPath();
      }
      return path.endsWith("/feedback")
          ? java.util.Set.of(
              base + path, base + path.substring(0, path.length() - "/feedback".length()))
          : java.util.Set.of(base + path);
    }
  }
}
