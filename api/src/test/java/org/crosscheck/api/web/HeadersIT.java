// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;

/**
 * Referrer-Policy everywhere; HSTS on HTTPS, also when a proxy terminates TLS and forwards the
 * request.
 */
class HeadersIT extends PostgresIT {

  @Test
  void everyResponseSendsNoReferrer() {
    for (Http.Response r :
        new Http.Response[] {
          http.get("/api/v1/rulesets", "reviewer"),
          http.get("/api/v1/rulesets", null),
          http.get("/", null),
          http.get("/cds-services", null),
          http.get("/v3/api-docs", null)
        }) {
      assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
  }

  @Test
  void hstsOnlyOverHttpsIncludingBehindAProxy() {
    assertThat(http.get("/api/v1/rulesets", "reviewer").header("Strict-Transport-Security"))
        .isNull();
    for (String path :
        new String[] {"/api/v1/rulesets", "/cds-services", "/swagger-ui/index.html"}) {
      Http.Response proxied = http.get(path, "reviewer", "X-Forwarded-Proto", "https");
      assertThat(proxied.header("Strict-Transport-Security"))
          .as(path)
          .startsWith("max-age=31536000");
    }
  }
}
