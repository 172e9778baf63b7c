// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.Key;
import java.security.PublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/**
 * Verifies a CDS client's JWT as CDS Hooks 2.0 "Trusting CDS Clients" asks: signed (RS/ES/PS, never
 * {@code none} or a shared secret) by a key of a known issuer, found in its configured JWK set or
 * at a {@code jku} the configuration allows for that issuer; {@code aud} the exact URL called;
 * {@code exp} in the future; {@code iat} not in the future; {@code jti} never seen before by any
 * instance ({@link JtiReplayCache}, until the token expires).
 */
@Component
class ClientJwtVerifier {

  /** Asymmetric algorithms only: the spec's RS384 and ES384, and their siblings. */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512);

  /** The client that called, from a verified token. */
  record VerifiedClient(String iss, String sub, String jti) {}

  private final Map<String, CdsHooksProperties.Client> clients;
  private final Map<String, KeySelector> keySelectors = new ConcurrentHashMap<>();
  private final JtiReplayCache replays;

  /** CDS Hooks 2.0: a client's token expires no more than 5 minutes after it is issued. */
  static final java.time.Duration MAX_LIFETIME = java.time.Duration.ofMinutes(5);

  private final CdsHooksProperties properties;
  private final Clock clock;

  ClientJwtVerifier(CdsHooksProperties properties, Clock clock, JtiReplayCache replays) {
    this.properties = properties;
    this.clock = clock;
    this.replays = replays;
    this.clients =
        properties.clients().stream()
            .collect(
                Collectors.toUnmodifiableMap(CdsHooksProperties.Client::iss, Function.identity()));
  }

  /**
   * The verified client, or a {@link CdsAuthenticationException} that says what is wrong with the
   * token.
   */
  VerifiedClient verify(String token, Set<String> audience) {
    SignedJWT jwt;
    JWTClaimsSet unverified;
    try {
      jwt = SignedJWT.parse(token);
      unverified = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new CdsAuthenticationException(
          "The bearer token is not a signed JWT: " + e.getMessage());
    }
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw new CdsAuthenticationException(
          "JWT alg "
              + jwt.getHeader().getAlgorithm()
              + " is not accepted; use an "
              + "asymmetric algorithm such as RS384 or ES384");
    }
    CdsHooksProperties.Client client =
        unverified.getIssuer() == null ? null : clients.get(unverified.getIssuer());
    if (client == null) {
      throw new CdsAuthenticationException(
          "JWT iss '" + unverified.getIssuer() + "' is not a known CDS client");
    }
    JWTClaimsSet claims =
        verifySignatureAndClaims(jwt, keys(client, jwt.getHeader().getJWKURL()), audience);
    Instant now = clock.instant();
    if (claims.getIssueTime() == null
        || claims.getIssueTime().toInstant().isAfter(now.plus(properties.clockSkew()))) {
      throw new CdsAuthenticationException("JWT iat is missing or in the future");
    }
    if (claims
        .getExpirationTime()
        .toInstant()
        .isAfter(now.plus(MAX_LIFETIME).plus(properties.clockSkew()))) {
      throw new CdsAuthenticationException(
          "JWT exp is more than 5 minutes ahead: a client token must be short-lived");
    }
    if (claims.getJWTID().length() > JtiReplayCache.MAX_JTI_LENGTH) {
      throw new CdsAuthenticationException(
          "JWT jti is longer than " + JtiReplayCache.MAX_JTI_LENGTH + " characters");
    }
    if (!replays.firstUse(
        claims.getIssuer(),
        claims.getJWTID(),
        claims.getExpirationTime().toInstant().plus(properties.clockSkew()),
        now)) {
      throw new CdsAuthenticationException(
          "JWT jti '" + claims.getJWTID() + "' was already used (replay)");
    }
    return new VerifiedClient(claims.getIssuer(), claims.getSubject(), claims.getJWTID());
  }

  private JWTClaimsSet verifySignatureAndClaims(
      SignedJWT jwt, KeySelector keys, Set<String> audience) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(keys);
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(audience),
            null,
            new HashSet<>(java.util.List.of("iss", "aud", "exp", "iat", "jti")),
            new HashSet<>()) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        };
    claims.setMaxClockSkew((int) properties.clockSkew().toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
    try {
      return processor.process(jwt, null);
    } catch (BadJOSEException e) {
      throw new CdsAuthenticationException(
          "JWT rejected: " + e.getMessage() + " (aud must be " + audience + ")");
    } catch (JOSEException e) {
      throw new CdsAuthenticationException("JWT could not be verified: " + e.getMessage());
    }
  }

  private KeySelector keys(CdsHooksProperties.Client client, URI jku) {
    if (jku != null) {
      if (!client.allowedJku().contains(jku.toString())) {
        throw new CdsAuthenticationException(
            "JWT jku " + jku + " is not an allowed key URL for " + client.iss());
      }
      return keySelectors.computeIfAbsent("jku " + jku, k -> new KeySelector(remote(jku)));
    }
    if (client.jwks() != null) {
      return keySelectors.computeIfAbsent(
          "inline " + client.iss(), k -> new KeySelector(inline(client)));
    }
    if (client.jwksUri() != null) {
      return keySelectors.computeIfAbsent(
          "uri " + client.jwksUri(), k -> new KeySelector(remote(client.jwksUri())));
    }
    throw new CdsAuthenticationException("No keys are configured for CDS client " + client.iss());
  }

  private static JWKSource<SecurityContext> inline(CdsHooksProperties.Client client) {
    try {
      return new ImmutableJWKSet<>(JWKSet.parse(client.jwks()));
    } catch (ParseException e) {
      throw new IllegalStateException(
          "crosscheck.cds-hooks.clients[" + client.iss() + "].jwks is not a JWK set", e);
    }
  }

  private static JWKSource<SecurityContext> remote(URI uri) {
    try {
      return JWKSourceBuilder.<SecurityContext>create(uri.toURL()).retrying(false).build();
    } catch (MalformedURLException e) {
      throw new CdsAuthenticationException("Key URL " + uri + " is not a URL");
    }
  }

  /**
   * The verification keys of one key source for a token's header, as {@link
   * JWSVerificationKeySelector} selects them (allowed algorithm, matching JWKs, public or secret
   * keys only), with each JWK converted to a Java key once instead of for every token. The JWKs
   * still come from the source on every call, so a remote set is refreshed as before; a JWK whose
   * content changed is a new entry.
   */
  static final class KeySelector extends JWSVerificationKeySelector<SecurityContext> {
    /** More distinct keys than this (many rotations): the conversions are dropped and redone. */
    private static final int MAX_CONVERTED = 64;

    private final Map<JWK, List<Key>> converted = new ConcurrentHashMap<>();

    KeySelector(JWKSource<SecurityContext> source) {
      super(ALGORITHMS, source);
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context)
        throws KeySourceException {
      if (!isAllowed(header.getAlgorithm())) {
        return List.of();
      }
      JWKMatcher matcher = createJWKMatcher(header);
      if (matcher == null) {
        return List.of();
      }
      @SuppressWarnings("unchecked") // the source of this selector, raw in the superclass
      JWKSource<SecurityContext> source = getJWKSource();
      List<Key> keys = new ArrayList<>();
      for (JWK jwk : source.get(new JWKSelector(matcher), context)) {
        if (converted.size() > MAX_CONVERTED) {
          converted.clear();
        }
        for (Key key : converted.computeIfAbsent(jwk, k -> KeyConverter.toJavaKeys(List.of(k)))) {
          if (key instanceof PublicKey || key instanceof SecretKey) {
            keys.add(key);
          }
        }
      }
      return keys;
    }
  }
}
