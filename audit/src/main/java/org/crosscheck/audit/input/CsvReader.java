// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * CSV input: the first row is the header ({@link CsvCaseMapper}); each following row is one case.
 * Quoted cells may hold commas and line breaks (the CLI reads them; the Spark job reads CSV line by
 * line and does not). A row that cannot be read becomes an unreadable record with its line; the
 * rest of the file is still read.
 */
final class CsvReader implements RecordReader {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final String source;
  private final Inputs.CountingInputStream counted;
  private final MappingIterator<String[]> rows;
  private final CsvCaseMapper mapper;

  CsvReader(String source, InputStream in, Inputs.CountingInputStream counted) throws IOException {
    this.source = source;
    this.counted = counted;
    this.rows = CSV.readerFor(String[].class).readValues(in);
    if (!rows.hasNextValue()) {
      throw new IllegalArgumentException("input '" + source + "': empty CSV, no header row");
    }
    this.mapper = CsvCaseMapper.forHeader(rows.nextValue());
  }

  @Override
  public InputRecord next() throws IOException {
    while (true) {
      long line;
      String[] cells;
      try {
        if (!rows.hasNextValue()) {
          return null;
        }
        line = rows.currentLocation().getLineNr();
        cells = rows.nextValue();
      } catch (JacksonException e) {
        return InputRecord.unreadable(
            source,
            e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
            "unreadable CSV: " + e.getOriginalMessage());
      }
      if (cells.length == 1 && cells[0].isBlank()) {
        continue;
      }
      try {
        return InputRecord.of(source, line, mapper.toJson(cells));
      } catch (IllegalArgumentException e) {
        return InputRecord.unreadable(source, line, e.getMessage());
      }
    }
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
