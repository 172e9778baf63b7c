// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.CrosscheckProperties;
import org.crosscheck.api.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A banner nobody can miss when the service runs with development settings (the dev security mode,
 * or the embedded database with trust authentication): once started, a framed warning in the log
 * saying what is unsafe and what production sets instead.
 */
@Component
class DevModeBanner {

  private static final Logger LOG = LoggerFactory.getLogger(DevModeBanner.class);
  private static final String RULE = "*".repeat(100);

  private final CrosscheckProperties properties;
  private final ObjectProvider<EmbeddedPostgresServer> embedded;

  DevModeBanner(CrosscheckProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
    this.properties = properties;
    this.embedded = embedded;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warn() {
    List<String> lines = lines();
    if (!lines.isEmpty()) {
      LOG.warn("\n{}\n{}\n{}", RULE, String.join("\n", lines), RULE);
    }
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    boolean devSecurity = !"jwt".equals(properties.security().mode());
    EmbeddedPostgresServer database = embedded.getIfAvailable();
    if (!devSecurity && database == null) {
      return lines;
    }
    lines.add("*  DEVELOPMENT MODE: not for patient data");
    if (devSecurity) {
      lines.add(
          "*  Security: HTTP Basic with built-in users (requester, reviewer, auditor, admin, cardiologist, ...)");
      lines.add(
          "*            sharing one password (CROSSCHECK_DEV_PASSWORD, default 'crosscheck').");
    }
    if (database != null) {
      lines.add(
          "*  Database: embedded PostgreSQL on localhost:"
              + database.port()
              + " with trust authentication,");
      lines.add("*            data in " + database.dataDir());
    }
    lines.add(
        "*  Production: CROSSCHECK_SECURITY_MODE=jwt and SPRING_DATASOURCE_URL (see api/README.md).");
    return lines;
  }
}
