// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.audit.AuditRecord;
import org.crosscheck.audit.ProcessedRecord;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the per-record outputs of a local audit, in input order: evaluations (NDJSON and CSV) and
 * errors.
 */
public final class RecordWriter implements Closeable {

  private static final int BUFFER = 1 << 18;

  private final OutputStream evaluations;
  private final OutputStream errors;
  private final SequenceWriter csv;

  public RecordWriter(Path directory) throws IOException {
    Files.createDirectories(directory);
    this.evaluations = open(directory.resolve(AuditFiles.EVALUATIONS));
    this.errors = open(directory.resolve(AuditFiles.ERRORS));
    this.csv = csvWriter(open(directory.resolve(AuditFiles.EVALUATIONS_CSV)));
  }

  /**
   * A CSV writer with the {@link AuditRecord#COLUMNS} header. It does not flush after each row
   * (Jackson's default): that made one write system call per record through the buffer.
   */
  public static SequenceWriter csvWriter(OutputStream out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    AuditRecord.COLUMNS.forEach(schema::addColumn);
    return CsvMapper.builder()
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .build()
        .writer(schema.build())
        .writeValues(out);
  }

  private static OutputStream open(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
  }

  public void write(ProcessedRecord r) throws IOException {
    if (r.evaluated()) {
      evaluations.write(r.evaluationJson());
      evaluations.write('\n');
      csv.write(r.record().cells().toArray(String[]::new));
    } else {
      errors.write(r.errorJson());
      errors.write('\n');
    }
  }

  @Override
  public void close() throws IOException {
    try (OutputStream e = evaluations;
        OutputStream r = errors;
        SequenceWriter c = csv) {
      // closing all three, whatever fails first
    }
  }
}
