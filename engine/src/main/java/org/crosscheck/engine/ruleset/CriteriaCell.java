// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

/**
 * One published cell of a criteria table (a row of {@code indications.csv}): what a finding cites.
 *
 * @param table the source table, e.g. "Table 2: Patients Without Prior Bypass Surgery"
 * @param verification how the cell was checked against the source
 * @param rating the published rating (letter or wording), or null where the table gives it per
 *     procedure
 * @param score the published 1-9 score, or null
 */
public record CriteriaCell(
    String indication,
    String column,
    String table,
    String description,
    String verification,
    String rating,
    String score) {

  /**
   * The table as a citation names it: "Table 2" for a numbered table, else the title without a note
   * on how it was transcribed ("... (table title not in the sources held)").
   */
  public String tableShortName() {
    int colon = table.indexOf(':');
    if (table.startsWith("Table ") && colon > 0) {
      return table.substring(0, colon);
    }
    int note = table.indexOf(" (table title");
    return note > 0 ? table.substring(0, note) : table;
  }

  /**
   * The row's published wording without the transcriber's bracketed note (e.g. "[medical-therapy
   * bullet absent in source]", kept in the table's provenance; how the row is read then is an
   * interpretation of the finding), or null when the sources lack the wording.
   */
  public String publishedWording() {
    if (description == null || description.startsWith("[")) {
      return null;
    }
    int note = description.indexOf(" [");
    return note > 0 ? description.substring(0, note).strip() : description;
  }

  /**
   * A criteria table lists its cells by indication and column ({@code column}, or {@code
   * ccs_column}).
   */
  public String key() {
    return indication + "/" + column;
  }
}
