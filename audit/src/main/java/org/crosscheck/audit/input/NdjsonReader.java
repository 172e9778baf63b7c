// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * NDJSON: one case per line, read as raw bytes (the evaluation's input SHA-256 is of exactly these
 * bytes). A line ending in CR LF loses its CR; blank lines are not records and are skipped (their
 * line numbers still count).
 */
final class NdjsonReader implements RecordReader {

  private final String source;
  private final InputStream in;
  private final Inputs.CountingInputStream counted;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[8192];
  private long lineNumber;
  private final boolean fhir;
  private final long maxRecordBytes;

  NdjsonReader(
      String source,
      InputStream in,
      Inputs.CountingInputStream counted,
      boolean fhir,
      long maxRecordBytes) {
    this.source = source;
    this.in = in;
    this.counted = counted;
    this.fhir = fhir;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public InputRecord next() throws IOException {
    while (true) {
      int length = 0;
      long size = 0;
      boolean newline = false;
      while (!newline) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            break;
          }
        }
        int end = position;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int n = end - position;
        size += n;
        if (size <= maxRecordBytes) {
          // a record over the limit is skipped to its end, never held whole
          if (length + n > line.length) {
            line =
                Arrays.copyOf(
                    line,
                    (int)
                        Math.min(
                            Math.max((long) line.length * 2, length + n), Integer.MAX_VALUE - 8));
          }
          System.arraycopy(buffer, position, line, length, n);
          length += n;
        }
        newline = end < limit;
        position = newline ? end + 1 : end;
      }
      if (!newline && size == 0) {
        return null;
      }
      lineNumber++;
      if (size > maxRecordBytes) {
        if (line.length > (1 << 22)) {
          line = new byte[8192];
        }
        return InputRecord.tooLarge(source, lineNumber, size, maxRecordBytes);
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      if (!InputRecord.isBlank(line, length)) {
        byte[] record = Arrays.copyOf(line, length);
        if (line.length > (1 << 22)) {
          line = new byte[8192]; // a large record's buffer is not kept for the small ones after it
        }
        return fhir
            ? InputRecord.fhir(source, lineNumber, record)
            : InputRecord.of(source, lineNumber, record);
      }
    }
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
