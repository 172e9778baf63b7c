// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A mapping table from a data file under {@code mapping/} (columns system, code, match, display,
 * field, value, source): codes to the case field they set and the value. Codes stay data so that a
 * reviewer can diff them and an integrator can add local ones; an exact row wins over a prefix row,
 * and a longer prefix over a shorter one.
 */
final class CodeTable {

  /** One row: a code (exact or a prefix) of a system, and the case field and value it means. */
  record Row(
      String system, String code, boolean prefix, String display, String field, String value) {}

  private final List<Row> rows;

  private CodeTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static CodeTable load(String name) {
    List<Row> rows = new ArrayList<>();
    for (Map<String, String> r : readCsv(name)) {
      String match = r.getOrDefault("match", "exact");
      if (!match.equals("exact") && !match.equals("prefix")) {
        throw new IllegalStateException(
            name + ": match must be exact or prefix, got '" + match + "'");
      }
      rows.add(
          new Row(
              r.get("system"),
              normalize(r.get("code")),
              match.equals("prefix"),
              r.get("display"),
              r.get("field"),
              r.get("value")));
    }
    return new CodeTable(rows);
  }

  static List<Map<String, String>> readCsv(String name) {
    List<Map<String, String>> out = new ArrayList<>();
    try (InputStream in = CodeTable.class.getResourceAsStream("mapping/" + name);
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      it.forEachRemaining(out::add);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException("cannot read mapping table " + name, new IOException(e));
    }
    return out;
  }

  /**
   * The row for a code of a system, or null. Codes are compared without dots and case (ICD-10-CM
   * "I21.4" = "I214").
   */
  Row lookup(String system, String code) {
    if (system == null || code == null) {
      return null;
    }
    String c = normalize(code);
    Row best = null;
    for (Row row : rows) {
      if (!row.system().equals(system)) {
        continue;
      }
      if (!row.prefix() && row.code().equals(c)) {
        return row;
      }
      if (row.prefix()
          && c.startsWith(row.code())
          && (best == null || row.code().length() > best.code().length())) {
        best = row;
      }
    }
    return best;
  }

  /** Every row of the best-matching code (a code may set several fields), or an empty list. */
  List<Row> lookupAll(String system, String code) {
    Row best = lookup(system, code);
    if (best == null) {
      return List.of();
    }
    return rows.stream()
        .filter(
            r ->
                r.system().equals(best.system())
                    && r.code().equals(best.code())
                    && r.prefix() == best.prefix())
        .toList();
  }

  List<Row> rows() {
    return rows;
  }

  private static String normalize(String code) {
    return code.trim().replace(".", "").toUpperCase(Locale.ROOT);
  }
}
