// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures mean "the database cannot be reached" (503, retry later) rather than a fault of
 * the request.
 */
class DatabaseFailuresTest {

  @Test
  void aLostOrRefusedConnectionHoweverDeepIsAnOutage() {
    assertThat(DatabaseFailures.connectionLost(new SQLTransientConnectionException("pool timeout")))
        .isTrue();
    assertThat(
            DatabaseFailures.connectionLost(
                new RuntimeException(
                    "wrapped",
                    new IllegalStateException(new ConnectException("Connection refused")))))
        .isTrue();
    assertThat(DatabaseFailures.connectionLost(new SQLException("connection failure", "08006")))
        .isTrue();
    assertThat(
            DatabaseFailures.connectionLost(
                new SQLException("the database system is shutting down", "57P03")))
        .isTrue();
    assertThat(DatabaseFailures.connectionLost(new SQLException("too many connections", "53300")))
        .isTrue();
  }

  @Test
  void aRollbackThatFailedAfterTheConnectionWasLostIsAnOutage() {
    TransactionSystemException rollback = new TransactionSystemException("rollback failed");
    rollback.initApplicationException(new SQLException("I/O error", "08006"));
    assertThat(DatabaseFailures.connectionLost(rollback)).isTrue();
  }

  @Test
  void aRefusedStatementOrAnyOtherFailureIsNot() {
    assertThat(DatabaseFailures.connectionLost(new SQLException("value too long", "22001")))
        .isFalse();
    assertThat(
            DatabaseFailures.connectionLost(
                new DataIntegrityViolationException(
                    "duplicate key", new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseFailures.connectionLost(new SQLException("no state"))).isFalse();
    assertThat(DatabaseFailures.connectionLost(new TransactionSystemException("rollback failed")))
        .isFalse();
    assertThat(DatabaseFailures.connectionLost(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseFailures.connectionLost(null)).isFalse();
  }
}
