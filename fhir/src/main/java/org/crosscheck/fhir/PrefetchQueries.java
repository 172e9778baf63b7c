// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The FHIR search tokens ({@code system|code}) of what the mapping reads, so that a CDS service's
 * prefetch asks an EHR only for those resources: a record holds thousands of Observations and
 * Procedures the criteria never use. Built from the same tables the mapping reads, so that the two
 * cannot drift apart.
 */
public final class PrefetchQueries {

  private PrefetchQueries() {}

  /**
   * Observation codes: the LOINC rows of observations.csv and every code of the case-finding
   * system.
   */
  public static List<String> observationCodes() {
    Set<String> tokens = new LinkedHashSet<>();
    for (CodeTable.Row row : CodeTable.load("observations.csv").rows()) {
      tokens.add(row.system() + "|" + original(row.code(), "observations.csv"));
    }
    tokens.add(CodeSystems.CASE_FINDING + "|");
    return List.copyOf(tokens);
  }

  /**
   * Procedure codes: every row of the engine's procedure-codes.csv (prior PCI, CABG and imaging
   * tests).
   */
  public static List<String> procedureCodes() {
    Set<String> tokens = new LinkedHashSet<>();
    try (InputStream in =
            PrefetchQueries.class.getResourceAsStream(
                "/org/crosscheck/engine/terminology/procedure-codes.csv");
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      it.forEachRemaining(r -> tokens.add(r.get("system") + "|" + r.get("code")));
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(
          "cannot read the engine's procedure-codes.csv", new IOException(e));
    }
    return new ArrayList<>(tokens);
  }

  /**
   * The code as the table writes it (CodeTable normalizes codes; searches need them as written).
   */
  private static String original(String normalized, String table) {
    for (Map<String, String> r : CodeTable.readCsv(table)) {
      if (r.get("code").replace(".", "").equalsIgnoreCase(normalized)) {
        return r.get("code");
      }
    }
    return normalized;
  }
}
