// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default database when none is configured ({@code spring.datasource.url} unset): a PostgreSQL
 * started from the binaries in the jar, with its data in {@code
 * crosscheck.embedded-database.data-dir}. The same migrations and SQL as production. It starts
 * before the connection pool and stops after it (the pool depends on it).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
    return EmbeddedPostgresServer.start(properties.dataDir(), properties.port());
  }

  /**
   * The pool over the embedded server; {@code spring.datasource.hikari.*} applies as to a
   * configured database.
   */
  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgresServer server) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(server.jdbcUrl());
    pool.setUsername(EmbeddedPostgresServer.USER);
    pool.setPoolName("crosscheck-embedded");
    return pool;
  }

  static final class NoDatabaseConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}
