// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

/** Production security: bearer JWTs, roles from the roles claim; no basic auth. */
@TestPropertySource(
    properties = {
      "crosscheck.security.mode=jwt",
      "crosscheck.cds-hooks.base-url=https://crosscheck.test.example"
    })
@Import(JwtSecurityIT.Keys.class)
class JwtSecurityIT extends PostgresIT {

  static final KeyPair KEYS = keys();
  static final KeyPair OTHER_KEYS = keys();

  @TestConfiguration
  static class Keys {
    @Bean
    JwtDecoder jwtDecoder() {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(KeyPair keys, String subject, List<String> roles, Instant expires) {
    try {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .subject(subject)
              .claim("roles", roles)
              .issueTime(Date.from(Instant.now().minusSeconds(60)))
              .expirationTime(Date.from(expires))
              .build();
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(keys.getPrivate()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private Http.Response get(String path, String token) {
    return http.send("GET", path, null, null, null, "Authorization", "Bearer " + token);
  }

  @Test
  void aValidTokenWithTheRightRoleIsAccepted() {
    Instant later = Instant.now().plusSeconds(600);
    assertThat(
            get("/api/v1/reviews", token(KEYS, "dr-reviewer", List.of("REVIEWER"), later)).status())
        .isEqualTo(200);
    assertThat(
            get("/api/v1/reviews", token(KEYS, "dr-requester", List.of("REQUESTER"), later))
                .status())
        .isEqualTo(403);
  }

  @Test
  void anExpiredOrForeignTokenIs401AndBasicAuthIsOff() {
    assertThat(
            get(
                    "/api/v1/rulesets",
                    token(KEYS, "dr-x", List.of("REVIEWER"), Instant.now().minusSeconds(120)))
                .status())
        .isEqualTo(401);
    assertThat(
            get(
                    "/api/v1/rulesets",
                    token(OTHER_KEYS, "dr-x", List.of("REVIEWER"), Instant.now().plusSeconds(600)))
                .status())
        .isEqualTo(401);
    assertThat(http.get("/api/v1/rulesets", "reviewer").status()).isEqualTo(401);
  }
}
