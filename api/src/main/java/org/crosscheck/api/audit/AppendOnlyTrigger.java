// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The embedded database's guard of the audit trail: refuses every UPDATE and DELETE of {@code audit_event}. */
public class AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
