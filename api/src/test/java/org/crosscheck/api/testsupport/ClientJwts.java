// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** A test EHR's signing keys and the JWTs it sends (CDS Hooks 2.0 "Trusting CDS Clients"). */
public final class ClientJwts {

  public static final String ISS = "https://ehr.test.example";
  public static final RSAKey KEY = generate("ehr-key-1");
  public static final RSAKey OTHER_KEY = generate("ehr-key-1");

  private ClientJwts() {}

  /**
   * Configures the service to require a JWT and to trust this test EHR (its iss and public keys).
   */
  public static void trust(org.springframework.test.context.DynamicPropertyRegistry registry) {
    registry.add("crosscheck.cds-hooks.require-jwt", () -> "true");
    registry.add("crosscheck.cds-hooks.clients[0].iss", () -> ISS);
    registry.add("crosscheck.cds-hooks.clients[0].jwks", ClientJwts::publicJwks);
    // the stand-in FHIR servers of the tests listen on loopback (a real configuration names the
    // EHR's https URL)
    registry.add("crosscheck.cds-hooks.clients[0].fhir-servers[0]", () -> "http://127.0.0.1:");
  }

  /** The public JWK set of {@link #KEY}, as the service's configuration holds it. */
  public static String publicJwks() {
    return new JWKSet(KEY.toPublicJWK()).toString();
  }

  /** A valid token for a call to {@code aud} at {@code now} (the service's clock). */
  public static String token(String aud, Instant now) {
    return sign(KEY, JWSAlgorithm.RS384, null, claims(ISS, aud, UUID.randomUUID().toString(), now));
  }

  public static JWTClaimsSet.Builder claims(String iss, String aud, String jti, Instant iat) {
    return new JWTClaimsSet.Builder()
        .issuer(iss)
        .audience(aud)
        .jwtID(jti)
        .issueTime(Date.from(iat))
        .expirationTime(Date.from(iat.plusSeconds(300)));
  }

  public static String sign(RSAKey key, JWSAlgorithm alg, URI jku, JWTClaimsSet.Builder claims) {
    try {
      JWSHeader header =
          new JWSHeader.Builder(alg)
              .keyID(key.getKeyID())
              .type(JOSEObjectType.JWT)
              .jwkURL(jku)
              .build();
      SignedJWT jwt = new SignedJWT(header, claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token signed with a shared secret (HS256): must be refused whatever its claims. */
  public static String hmac(String aud, Instant now) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
              claims(ISS, aud, UUID.randomUUID().toString(), now).build());
      jwt.sign(new MACSigner(new byte[32]));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token ({@code alg: none}). */
  public static String unsigned(String aud, Instant now) {
    return new com.nimbusds.jwt.PlainJWT(
            claims(ISS, aud, UUID.randomUUID().toString(), now).build())
        .serialize();
  }

  private static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
