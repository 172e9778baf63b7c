// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.audit.input.InputRecord;
import org.crosscheck.audit.input.Inputs;
import org.crosscheck.audit.input.RecordReader;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.audit.output.RecordWriter;
import org.crosscheck.audit.report.HtmlReport;
import org.crosscheck.engine.evaluation.Evaluator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit on this machine: streams the inputs in chunks, evaluates the chunks on {@code threads}
 * workers (one rule session per chunk), writes every record's outcome in input order, each worker
 * counting into {@link AuditAggregates}, then writes {@code summary.json} and {@code report.html}.
 * Memory is bounded by the chunks in flight, whatever the input size: a chunk holds at most {@link
 * #CHUNK} records and about {@link #CHUNK_BYTES} bytes, and a record over the size limit is never
 * read whole (a {@code TOO_LARGE} row).
 */
public final class AuditRun {

  /** Cases per rule session (STACK-NOTES: ~1,000 a session is the sweet spot). */
  public static final int CHUNK = 1000;

  /**
   * Input bytes per chunk: a chunk closes at {@link #CHUNK} records or at this many bytes,
   * whichever comes first, so that a file of multi-megabyte FHIR bundles keeps as few records in
   * memory as a file of small cases keeps bytes.
   */
  public static final long CHUNK_BYTES = 8L << 20;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Called from the reading thread after each written chunk. */
  public interface Progress {
    void update(long records, long bytesRead, long bytesTotal);
  }

  private final Evaluator evaluator;
  private final int threads;
  private final long maxRecordBytes;

  public AuditRun(Evaluator evaluator, int threads) {
    this(evaluator, threads, Inputs.DEFAULT_MAX_RECORD_BYTES);
  }

  /**
   * @param maxRecordBytes a record larger than this is rejected as {@code TOO_LARGE} (its line
   *     reported)
   */
  public AuditRun(Evaluator evaluator, int threads, long maxRecordBytes) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("the record size limit must be at least 1 byte");
    }
    this.evaluator = evaluator;
    this.threads = threads;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Audits the inputs into {@code out}. Inputs are all opened (and CSV headers checked) before
   * anything is evaluated; a bad record is written to {@code errors.ndjson} and the run goes on.
   */
  public AuditSummary run(List<Path> inputs, Path out, Progress progress) throws IOException {
    long bytesTotal = 0;
    for (Path in : inputs) {
      Inputs.open(in).close();
      bytesTotal += Files.size(in);
    }
    ChunkProcessor processor = new ChunkProcessor(evaluator);
    WorkerCounts counts = new WorkerCounts();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "audit-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<List<ProcessedRecord>>> inFlight = new ArrayDeque<>();
    long records = 0;
    long bytesDone = 0;
    try (RecordWriter writer = new RecordWriter(out)) {
      for (Path in : inputs) {
        try (RecordReader reader = Inputs.open(in, maxRecordBytes)) {
          List<InputRecord> chunk = new ArrayList<>();
          long chunkBytes = 0;
          InputRecord r;
          while ((r = reader.next()) != null) {
            chunk.add(r);
            chunkBytes += r.weight();
            if (chunk.size() == CHUNK || chunkBytes >= CHUNK_BYTES) {
              inFlight.add(submit(pool, processor, chunk, counts));
              chunk = new ArrayList<>();
              chunkBytes = 0;
              while (inFlight.size() > 2 * threads) {
                records += write(inFlight.poll(), writer);
                progress.update(records, bytesDone + reader.bytesRead(), bytesTotal);
              }
            }
          }
          if (!chunk.isEmpty()) {
            inFlight.add(submit(pool, processor, chunk, counts));
          }
          bytesDone += reader.bytesRead();
        }
      }
      while (!inFlight.isEmpty()) {
        records += write(inFlight.poll(), writer);
        progress.update(records, bytesDone, bytesTotal);
      }
    } finally {
      pool.shutdownNow();
    }
    AuditSummary summary =
        AuditStatistics.summarize(
            counts.total(),
            inputs.stream().map(Path::toString).toList(),
            evaluator.provenance().engineVersion(),
            evaluator.provenance().ruleSets().stream()
                .map(r -> r.id() + " " + r.version())
                .toList());
    writeSummary(summary, out);
    return summary;
  }

  /** Writes {@code summary.json} and {@code report.html}. */
  public static void writeSummary(AuditSummary summary, Path out) throws IOException {
    try (OutputStream s = Files.newOutputStream(out.resolve(AuditFiles.SUMMARY))) {
      JSON.writeValue(s, summary);
    }
    Files.writeString(out.resolve(AuditFiles.REPORT), HtmlReport.render(summary));
  }

  public static byte[] summaryJson(AuditSummary summary) {
    return JSON.writeValueAsBytes(summary);
  }

  /**
   * Each worker counts the records of its chunks into aggregates of its own, added up once when
   * every chunk is written. (Counts per chunk, merged by the writing thread, cost it a merge of
   * ~1,500 groups per chunk of synthetic cases.)
   */
  private static final class WorkerCounts {
    private final List<AuditAggregates> all = new CopyOnWriteArrayList<>();
    private final ThreadLocal<AuditAggregates> own =
        ThreadLocal.withInitial(
            () -> {
              AuditAggregates counts = new AuditAggregates();
              all.add(counts);
              return counts;
            });

    void add(List<ProcessedRecord> records) {
      AuditAggregates counts = own.get();
      records.forEach(counts::add);
    }

    /** Once every chunk's future has completed (which makes the workers' counts visible). */
    AuditAggregates total() {
      AuditAggregates total = new AuditAggregates();
      all.forEach(total::merge);
      return total;
    }
  }

  private static Future<List<ProcessedRecord>> submit(
      ExecutorService pool,
      ChunkProcessor processor,
      List<InputRecord> chunk,
      WorkerCounts counts) {
    return pool.submit(
        () -> {
          List<ProcessedRecord> done = processor.process(chunk);
          counts.add(done);
          return done;
        });
  }

  private static int write(Future<List<ProcessedRecord>> future, RecordWriter writer)
      throws IOException {
    List<ProcessedRecord> chunk;
    try {
      chunk = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("audit interrupted", e);
    } catch (ExecutionException e) {
      // ChunkProcessor reports every record; reaching here is a defect (e.g. out of memory), so the
      // run stops
      throw e.getCause() instanceof UncheckedIOException u
          ? u.getCause()
          : new IOException(e.getCause());
    }
    for (ProcessedRecord r : chunk) {
      writer.write(r);
    }
    return chunk.size();
  }
}
