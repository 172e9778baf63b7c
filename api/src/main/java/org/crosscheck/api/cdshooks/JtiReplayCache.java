// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The CDS Hooks {@code jti} replay cache in PostgreSQL ({@code cds_jti}, one row per iss + jti
 * until the token expires), shared by every instance of the service behind a load balancer. The
 * first use of a token inserts its row; any later use, on any instance, finds it. Expired rows are
 * purged at most once a minute per instance.
 */
@Repository
class JtiReplayCache {

  /** The longest {@code jti} kept (its column); a longer one is refused as a bad token. */
  static final int MAX_JTI_LENGTH = 500;

  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

  JtiReplayCache(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the token's first use: true the first time (or after a row of the same iss + jti
   * expired), false for a replay. {@code keepUntil} is when the token can no longer pass the expiry
   * check.
   */
  boolean firstUse(String iss, String jti, Instant keepUntil, Instant now) {
    purgeExpired(now);
    return jdbc.sql(
                """
        INSERT INTO cds_jti (iss, jti, expires_at) VALUES (?, ?, ?)
        ON CONFLICT (iss, jti) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE cds_jti.expires_at < ?""")
            .params(iss, jti, utc(keepUntil), utc(now))
            .update()
        == 1;
  }

  private void purgeExpired(Instant now) {
    Instant last = lastPurge.get();
    if (last.isBefore(now.minus(PURGE_INTERVAL)) && lastPurge.compareAndSet(last, now)) {
      jdbc.sql("DELETE FROM cds_jti WHERE expires_at < ?").param(utc(now)).update();
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
