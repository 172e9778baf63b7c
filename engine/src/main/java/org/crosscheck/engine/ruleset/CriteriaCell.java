// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

/**
 * One published cell of a criteria table (a row of {@code indications.csv}): what a finding cites.
 *
 * @param table the source table, e.g. "Table 2: Patients Without Prior Bypass Surgery"
 * @param verification how the cell was checked against the source
 */
public record CriteriaCell(
    String indication, String column, String table, String description, String verification) {

  /** The table's short name ("Table 2") for a citation. */
  public String tableShortName() {
    int colon = table.indexOf(':');
    return colon > 0 ? table.substring(0, colon) : table;
  }
}
