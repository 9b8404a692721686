package org.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger that refuses every update and delete on the tracker's tables (PostgreSQL has a
 * PL/pgSQL function for the same). History is corrected by new entries that supersede old ones,
 * never by changing or removing a row.
 */
public final class AppendOnlyTrigger implements Trigger {
  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("tandem: table " + table + " is append-only: rows are never updated or deleted",
        "27000");
  }
}
