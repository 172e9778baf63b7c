// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens audit input files: format by name, gzip by magic bytes, a byte count for progress. */
public final class Inputs {

  private static final int BUFFER = 1 << 16;

  private Inputs() {}

  /**
   * The default largest record (a FHIR bundle of a patient's whole record can be tens of MB): 64
   * MiB.
   */
  public static final long DEFAULT_MAX_RECORD_BYTES = 64L << 20;

  /** A reader over one file's records, with the default record size limit. */
  public static RecordReader open(Path file) throws IOException {
    return open(file, DEFAULT_MAX_RECORD_BYTES);
  }

  /**
   * A reader over one file's records; an NDJSON record over {@code maxRecordBytes} is reported as
   * too large. A CSV header that names no case field fails here, before any evaluation.
   */
  public static RecordReader open(Path file, long maxRecordBytes) throws IOException {
    InputFormat format = InputFormat.of(file.getFileName().toString());
    CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
    InputStream in = decompressed(counted);
    String source = file.toString();
    try {
      return switch (format) {
        case NDJSON -> new NdjsonReader(source, in, counted, false, maxRecordBytes);
        case FHIR_NDJSON -> new NdjsonReader(source, in, counted, true, maxRecordBytes);
        case CSV -> new CsvReader(source, in, counted);
      };
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
  }

  /** The stream, gunzipped when it starts with the gzip magic bytes. */
  public static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
    }
    return in;
  }

  /** Counts the bytes read from the file itself (compressed bytes for gzip). */
  static final class CountingInputStream extends FilterInputStream {
    private volatile long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
