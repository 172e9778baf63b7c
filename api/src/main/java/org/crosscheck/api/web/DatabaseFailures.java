// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached, however deep in the causes the driver
 * put it.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * A connection that could not be made or was lost: SQLSTATE class 08 (connection exception),
   * 57P01-57P03 (the server shutting down or not yet accepting connections), 53300 (too many
   * connections), or the JDBC and socket exceptions for the same; a rollback that failed after such
   * a loss.
   */
  public static boolean connectionLost(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && connectionLost(rollback.getApplicationException())) {
        return true; // the rollback failed on the connection whose loss failed the transaction
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
          return true;
        }
      }
    }
    return false;
  }
}
