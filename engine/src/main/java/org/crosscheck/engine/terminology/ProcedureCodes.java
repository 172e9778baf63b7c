// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.engine.casefile.Coding;
import org.crosscheck.engine.casefile.Procedure;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The codes (CPT, HCPCS, SNOMED CT) that name a requested procedure, from the data file {@code
 * procedure-codes.csv} next to this class (system, code, procedure, display). A code not in the
 * file is not interpreted.
 */
public final class ProcedureCodes {

  public static final String CPT = "http://www.ama-assn.org/go/cpt";
  public static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  public static final String SNOMED = "http://snomed.info/sct";

  private static final Map<String, Procedure> CODES = load();
  private static final Map<Procedure, Coding> FIRST_CODE = firstCodes();

  private ProcedureCodes() {}

  /** The procedure a code names, or null when the code is not in the table. */
  public static Procedure procedureOf(Coding coding) {
    if (coding == null || coding.system() == null || coding.code() == null) {
      return null;
    }
    return CODES.get(coding.system() + "|" + coding.code().trim());
  }

  /**
   * The code to order a procedure with: its first row in the file (CPT before HCPCS and SNOMED CT),
   * or null when the file has none. Used to suggest an alternative order.
   */
  public static Coding codeFor(Procedure procedure) {
    return FIRST_CODE.get(procedure);
  }

  private static Map<Procedure, Coding> firstCodes() {
    Map<Procedure, Coding> first = new java.util.EnumMap<>(Procedure.class);
    for (Map<String, String> row : rows()) {
      first.putIfAbsent(
          Procedure.valueOf(row.get("procedure")),
          new Coding(row.get("system"), row.get("code"), row.get("display")));
    }
    return first;
  }

  private static Map<String, Procedure> load() {
    Map<String, Procedure> codes = new HashMap<>();
    for (Map<String, String> row : rows()) {
      codes.put(row.get("system") + "|" + row.get("code"), Procedure.valueOf(row.get("procedure")));
    }
    return Map.copyOf(codes);
  }

  private static java.util.List<Map<String, String>> rows() {
    java.util.List<Map<String, String>> all = new java.util.ArrayList<>();
    Map<String, Procedure> codes = new HashMap<>();
    try (InputStream in = ProcedureCodes.class.getResourceAsStream("procedure-codes.csv");
        MappingIterator<Map<String, String>> rows =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      while (rows.hasNext()) {
        all.add(rows.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read procedure-codes.csv", e);
    }
    return all;
  }
}
