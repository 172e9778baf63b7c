// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default database ({@code crosscheck.embedded-database.*}), used only when no {@code
 * spring.datasource.url} is configured.
 *
 * @param dataDir the PostgreSQL data directory, kept across restarts ({@code CROSSCHECK_DATA_DIR},
 *     default {@code ~/.crosscheck/data})
 * @param port the loopback port it listens on; 0 picks a free one at every start
 */
@ConfigurationProperties("crosscheck.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDir, @DefaultValue("0") int port) {}
