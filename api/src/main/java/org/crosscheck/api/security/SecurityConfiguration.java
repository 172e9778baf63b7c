// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import static org.crosscheck.api.security.Roles.ADMIN;
import static org.crosscheck.api.security.Roles.AUDITOR;
import static org.crosscheck.api.security.Roles.CLINICIAN;
import static org.crosscheck.api.security.Roles.REQUESTER;
import static org.crosscheck.api.security.Roles.REVIEWER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.api.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may do what. Two modes ({@code crosscheck.security.mode}):
 *
 * <ul>
 *   <li>{@code jwt} (production): an OAuth2 resource server; the roles are the values of the
 *       token's roles claim ({@code crosscheck.security.roles-claim}, default {@code roles}); the
 *       issuer or JWK set comes from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 *       or {@code jwk-set-uri}.
 *   <li>{@code dev} (the default, for a developer's machine): HTTP Basic with built-in users {@code
 *       requester}, {@code requester2}, {@code reviewer}, {@code reviewer2}, {@code auditor},
 *       {@code admin}, {@code cardiologist} (the self-check page's clinician), all with the
 *       password {@code crosscheck.security.dev-password}.
 * </ul>
 *
 * 401 and 403 are problem+json. Sessions are never created.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  SecurityFilterChain api(HttpSecurity http, CrosscheckProperties properties) throws Exception {
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/error")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/", "/index.html", "/app/**", "/favicon.ico")
                    .permitAll()
                    // the reviewer's workbench and the requester's page: plain files; their data
                    // calls carry the roles
                    .requestMatchers(
                        HttpMethod.GET, "/review", "/review.html", "/requests", "/requests.html")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/v1/me")
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/api/v1/screenings/*/history")
                    .hasAnyRole(REVIEWER, AUDITOR, ADMIN)
                    .requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/release")
                    .hasAnyRole(REVIEWER, ADMIN)
                    .requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/reassign")
                    .hasRole(ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/metrics/reviews")
                    .hasAnyRole(REVIEWER, AUDITOR, ADMIN)
                    // the documentation form of a pending order (Da Vinci DTR): the page is public,
                    // its calls authenticated
                    .requestMatchers(HttpMethod.GET, "/questionnaire", "/questionnaire/**")
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST,
                        "/fhir/Questionnaire/$questionnaire-package",
                        "/fhir/Questionnaire/$next-question",
                        "/fhir/QuestionnaireResponse")
                    .hasAnyRole(CLINICIAN, REQUESTER, ADMIN)
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/evaluations",
                        "/api/v1/order-sign-card",
                        "/api/v1/questions")
                    .hasAnyRole(CLINICIAN, REQUESTER, REVIEWER, ADMIN)
                    .requestMatchers(HttpMethod.POST, "/api/v1/screenings")
                    .hasAnyRole(REQUESTER, ADMIN)
                    .requestMatchers(HttpMethod.PUT, "/api/v1/screenings/*/case")
                    .hasAnyRole(REQUESTER, ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/screenings/**")
                    .hasAnyRole(REQUESTER, REVIEWER, AUDITOR, ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/reviews/**")
                    .hasAnyRole(REVIEWER, AUDITOR, ADMIN)
                    .requestMatchers(
                        HttpMethod.POST, "/api/v1/reviews/*/claim", "/api/v1/reviews/*/decision")
                    .hasRole(REVIEWER)
                    .requestMatchers(HttpMethod.GET, "/api/v1/audit/**")
                    .hasAnyRole(AUDITOR, ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/rulesets/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
        // the self-check page loads only its own files: scripts, styles and data from this origin,
        // nothing inline
        .headers(
            h ->
                h.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")));
    if ("jwt".equals(properties.security().mode())) {
      http.oauth2ResourceServer(
          o ->
              o.jwt(jwt -> jwt.jwtAuthenticationConverter(roles(properties)))
                  .authenticationEntryPoint(unauthorized()));
    } else {
      LOG.warn(
          "Security mode 'dev': HTTP Basic with built-in users. Use crosscheck.security.mode=jwt in production.");
      http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()));
    }
    return http.build();
  }

  /**
   * No Micrometer observation around each of Spring Security's filters, its authentications and
   * authorizations. {@code management.observations.enable.spring.security: false} makes those
   * observations no-ops, but the filter chain still wraps every filter in one (~5% of an
   * order-sign's CPU, JFR); without observations the chain is not wrapped at all. {@code
   * http.server.requests} still times every request.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Dev mode's built-in users (one per role, two requesters and two reviewers to try the four-eyes
   * rules). Their password comes from configuration in clear anyway, so it is stored as {@code
   * {noop}}: a BCrypt check on every basic-auth request would cost ~80 ms of CPU here and hide the
   * service's own latency.
   */
  @Bean
  UserDetailsService users(CrosscheckProperties properties) {
    String password =
        "{noop}"
            + (properties.security().devPassword() == null
                ? "crosscheck"
                : properties.security().devPassword());
    return new InMemoryUserDetailsManager(
        User.withUsername("requester").password(password).roles(REQUESTER).build(),
        User.withUsername("requester2").password(password).roles(REQUESTER).build(),
        User.withUsername("reviewer").password(password).roles(REVIEWER).build(),
        User.withUsername("reviewer2").password(password).roles(REVIEWER).build(),
        User.withUsername("auditor").password(password).roles(AUDITOR).build(),
        User.withUsername("admin").password(password).roles(ADMIN).build(),
        User.withUsername("cardiologist").password(password).roles(CLINICIAN).build());
  }

  /**
   * Dev mode compares the configured clear-text password as is: a BCrypt encoder would also
   * "upgrade" the stored password on the first login and then cost ~80 ms of CPU on every
   * basic-auth request.
   */
  @Bean
  @SuppressWarnings("deprecation")
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder("noop", Map.of("noop", NoOpPasswordEncoder.getInstance()));
  }

  /**
   * JWT roles claim -> ROLE_ authorities (a string or a list of strings); the subject is the user
   * name.
   */
  static JwtAuthenticationConverter roles(CrosscheckProperties properties) {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(
        (Jwt jwt) -> {
          Object claim = jwt.getClaims().get(properties.security().rolesClaim());
          Collection<GrantedAuthority> authorities = new ArrayList<>();
          List<?> values =
              claim instanceof List<?> list ? list : claim == null ? List.of() : List.of(claim);
          values.forEach(
              v ->
                  authorities.add(
                      new SimpleGrantedAuthority("ROLE_" + v.toString().toUpperCase())));
          return authorities;
        });
    return converter;
  }

  /**
   * 401 as problem+json. A script's request ({@code X-Requested-With: XMLHttpRequest}, as the
   * self-check page sends) gets no Basic challenge, so that the browser does not put up its own
   * login dialog over the page's.
   */
  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      boolean script = "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
      response.setHeader(
          "WWW-Authenticate", script ? "Bearer" : "Bearer, Basic realm=\"crosscheck\"");
      Problems.write(
          response,
          Problems.of(
              HttpStatus.UNAUTHORIZED,
              "unauthorized",
              "Authentication required",
              "This request needs valid credentials"));
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) ->
        Problems.write(
            response,
            Problems.of(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI()));
  }
}
