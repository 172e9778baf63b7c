// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.OutputCommitter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.hadoop.mapreduce.lib.output.PathOutputCommitter;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.crosscheck.audit.AuditRecord;
import org.crosscheck.audit.ProcessedRecord;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.audit.output.RecordWriter;
import tools.jackson.databind.SequenceWriter;

/**
 * Every per-record output of one partition from one pass over its records: a task writes its part
 * of {@code evaluations.ndjson/}, {@code errors.ndjson/}, {@code evaluations.csv/} and {@code
 * evaluations.parquet/} ({@code part-NNNNN}, NNNNN the partition) into its attempt's work
 * directory, and Hadoop's output committer moves the committed attempts' directories into the
 * output directory, as for any Hadoop output (a retried or speculative attempt never leaves a file
 * behind). The records are thus evaluated once and never stored between outputs.
 *
 * <p>The output directory itself may exist: {@link SparkAudit#run} refuses outputs that do. Public
 * only for Spark, which makes it by reflection.
 */
public final class AuditOutputFormat extends FileOutputFormat<Void, ProcessedRecord> {

  /** The per-record outputs, each a directory of part files. */
  static final List<String> DIRECTORIES =
      List.of(
          AuditFiles.EVALUATIONS,
          AuditFiles.ERRORS,
          AuditFiles.EVALUATIONS_CSV,
          AuditFiles.EVALUATIONS_PARQUET);

  private static final int BUFFER = 1 << 18;

  public AuditOutputFormat() {}

  @Override
  public void checkOutputSpecs(JobContext job) throws IOException {
    if (getOutputPath(job) == null) {
      throw new IOException("no output directory set");
    }
  }

  @Override
  public org.apache.hadoop.mapreduce.RecordWriter<Void, ProcessedRecord> getRecordWriter(
      TaskAttemptContext task) throws IOException {
    OutputCommitter committer = getOutputCommitter(task);
    if (!(committer instanceof PathOutputCommitter paths)) {
      throw new IOException("output committer " + committer + " has no work path");
    }
    String part = String.format("part-%05d", task.getTaskAttemptID().getTaskID().getId());
    return new PartWriter(paths.getWorkPath(), part, task.getConfiguration());
  }

  /** One task's four part files. */
  private static final class PartWriter
      extends org.apache.hadoop.mapreduce.RecordWriter<Void, ProcessedRecord> {

    private final OutputStream evaluations;
    private final OutputStream errors;
    private final SequenceWriter csv;
    private final ParquetWriter<AuditRecord> parquet;

    PartWriter(Path work, String part, Configuration conf) throws IOException {
      this.evaluations = open(new Path(work, AuditFiles.EVALUATIONS + "/" + part), conf);
      this.errors = open(new Path(work, AuditFiles.ERRORS + "/" + part), conf);
      this.csv =
          RecordWriter.csvWriter(
              open(new Path(work, AuditFiles.EVALUATIONS_CSV + "/" + part + ".csv"), conf));
      this.parquet =
          new AuditRecordParquet.Builder(
                  HadoopOutputFile.fromPath(
                      new Path(
                          work, AuditFiles.EVALUATIONS_PARQUET + "/" + part + ".snappy.parquet"),
                      conf))
              .withConf(conf)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              // a case id and a line are unique: a dictionary of them never pays, and filling one
              // (then falling back to plain encoding) was a third of the Parquet writing
              .withDictionaryEncoding("caseId", false)
              .withDictionaryEncoding("line", false)
              .withWriteMode(ParquetFileWriter.Mode.CREATE)
              .build();
    }

    private static OutputStream open(Path file, Configuration conf) throws IOException {
      return new BufferedOutputStream(file.getFileSystem(conf).create(file, false), BUFFER);
    }

    @Override
    public void write(Void key, ProcessedRecord r) throws IOException {
      if (r.evaluated()) {
        evaluations.write(r.evaluationJson());
        evaluations.write('\n');
        csv.write(r.record().cells().toArray(String[]::new));
        parquet.write(r.record());
      } else {
        errors.write(r.errorJson());
        errors.write('\n');
      }
    }

    @Override
    public void close(TaskAttemptContext task) throws IOException {
      try (OutputStream e = evaluations;
          OutputStream r = errors;
          SequenceWriter c = csv;
          ParquetWriter<AuditRecord> p = parquet) {
        // closing all four, whatever fails first
      }
    }
  }
}
