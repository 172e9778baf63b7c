// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * CSV one line at a time, for readers that split files by line (Spark): a quoted cell cannot span
 * lines here.
 */
public final class CsvLines {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private CsvLines() {}

  public static String[] cells(String line) {
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(line)) {
      return rows.hasNextValue() ? rows.nextValue() : new String[] {""};
    }
  }

  /** The mapper of a file's header line. */
  public static CsvCaseMapper header(String line) {
    return CsvCaseMapper.forHeader(cells(line));
  }

  /** One data line as a record of {@code source} at {@code line}. */
  public static InputRecord record(CsvCaseMapper mapper, String source, long line, String text) {
    try {
      return InputRecord.of(source, line, mapper.toJson(cells(text)));
    } catch (JacksonException e) {
      return InputRecord.unreadable(source, line, "unreadable CSV: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      return InputRecord.unreadable(source, line, e.getMessage());
    }
  }
}
