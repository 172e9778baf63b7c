// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.audit.AuditAggregates;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.audit.AuditRun;
import org.crosscheck.audit.AuditStatistics;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.ChunkProcessor;
import org.crosscheck.audit.ProcessedRecord;
import org.crosscheck.audit.input.CsvCaseMapper;
import org.crosscheck.audit.input.CsvLines;
import org.crosscheck.audit.input.InputFormat;
import org.crosscheck.audit.input.InputRecord;
import org.crosscheck.audit.input.Inputs;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.audit.report.HtmlReport;
import org.crosscheck.engine.evaluation.Evaluator;
import scala.Tuple2;

/**
 * The audit as an Apache Spark job, over files on any Hadoop file system (local, HDFS, S3):
 *
 * <pre>
 * spark-submit --class org.crosscheck.audit.spark.SparkAudit audit/target/crosscheck-audit-spark.jar \
 *     --in hdfs:///cases/2025/*.ndjson.gz --out hdfs:///audits/2025 [--rulesets revasc-auc-2012] [--policy FILE]
 * </pre>
 *
 * The master defaults to {@code local[*]} when spark-submit does not set one. Inputs are read line
 * by line (NDJSON, or CSV whose quoted cells do not span lines; gzip by the {@code .gz} suffix),
 * evaluated by {@link ChunkProcessor} in chunks with one rule base per executor JVM ({@link
 * ExecutorEvaluators}), and written as part files in input order in the same pass ({@link
 * AuditOutputFormat}): {@code evaluations.ndjson/}, {@code errors.ndjson/}, {@code
 * evaluations.csv/}, {@code evaluations.parquet/}; the statistics come from per-partition {@link
 * AuditAggregates} counted in that pass and merged on the driver ({@link AggregatesAccumulator}),
 * so {@code summary.json} and {@code report.html} are those of the CLI for the same input.
 */
public final class SparkAudit {

  private SparkAudit() {}

  public static void main(String[] args) throws IOException {
    Arguments a = Arguments.parse(args);
    // the rule bases load while Spark starts (run() waits for them, and reports their failure)
    ExecutorEvaluators.startLoading(a.options);
    SparkSession.Builder builder = SparkSession.builder().appName("crosscheck-audit");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      AuditSummary s = run(spark, a.inputs, a.out, a.options);
      System.out.printf(
          "crosscheck audit: %d records = %d evaluated + %d rejected; outputs in %s%n",
          s.run().records(), s.run().evaluated(), s.run().rejected(), a.out);
    } finally {
      spark.stop();
    }
  }

  /** Runs the audit; the output directory must not hold a previous audit's outputs. */
  public static AuditSummary run(
      SparkSession spark, List<String> inputs, String out, AuditOptions options)
      throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = sc.hadoopConfiguration();
    Path outDir = new Path(out);
    FileSystem outFs = outDir.getFileSystem(hadoop);
    for (String name :
        List.of(
            AuditFiles.EVALUATIONS,
            AuditFiles.ERRORS,
            AuditFiles.EVALUATIONS_CSV,
            AuditFiles.EVALUATIONS_PARQUET,
            AuditFiles.SUMMARY)) {
      if (outFs.exists(new Path(outDir, name))) {
        throw new IllegalArgumentException(
            "output " + new Path(outDir, name) + " exists: choose a new --out");
      }
    }
    // fail fast on the driver: rule bases load whole, rule set ids and policy settings are valid
    Evaluator driverEvaluator = ExecutorEvaluators.evaluator(options);

    JavaRDD<InputRecord> records = null;
    for (FileStatus file : expand(inputs, hadoop)) {
      JavaRDD<InputRecord> r = lines(sc, file, hadoop);
      records = records == null ? r : records.union(r);
    }
    if (records == null) {
      throw new IllegalArgumentException("no input files match " + inputs);
    }
    // evaluated once, in one pass that writes the four per-record outputs and counts the records
    AggregatesAccumulator counts = new AggregatesAccumulator();
    sc.sc().register(counts, "crosscheck audit counts");
    Configuration job = new Configuration(hadoop);
    // a _SUCCESS in each output directory instead (below), as Spark's writers leave one
    job.setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
    records
        .mapPartitions(part -> process(part, options, counts))
        .mapToPair(r -> new Tuple2<Void, ProcessedRecord>(null, r))
        .saveAsNewAPIHadoopFile(
            out, Void.class, ProcessedRecord.class, AuditOutputFormat.class, job);
    for (String directory : AuditOutputFormat.DIRECTORIES) {
      outFs.create(new Path(new Path(outDir, directory), "_SUCCESS"), false).close();
    }
    AuditAggregates totals = counts.value();

    AuditSummary summary =
        AuditStatistics.summarize(
            totals,
            inputs,
            driverEvaluator.provenance().engineVersion(),
            driverEvaluator.provenance().ruleSets().stream()
                .map(r -> r.id() + " " + r.version())
                .toList());
    try (OutputStream o = outFs.create(new Path(outDir, AuditFiles.SUMMARY), false)) {
      o.write(AuditRun.summaryJson(summary));
    }
    try (OutputStream o = outFs.create(new Path(outDir, AuditFiles.REPORT), false)) {
      o.write(HtmlReport.render(summary).getBytes(StandardCharsets.UTF_8));
    }
    return summary;
  }

  /**
   * Input paths, globs and directories as the files they name, in the order given (each glob
   * sorted).
   */
  static List<FileStatus> expand(List<String> inputs, Configuration hadoop) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        throw new IllegalArgumentException("input " + input + ": no such file");
      }
      Arrays.sort(matched);
      for (FileStatus m : matched) {
        if (m.isDirectory()) {
          FileStatus[] children =
              fs.listStatus(
                  m.getPath(), p -> !p.getName().startsWith(".") && !p.getName().startsWith("_"));
          Arrays.sort(children);
          files.addAll(Arrays.asList(children));
        } else {
          files.add(m);
        }
      }
    }
    return files;
  }

  /**
   * One file's records, numbered by line; blank lines are not records; a CSV header is checked
   * here.
   */
  static JavaRDD<InputRecord> lines(JavaSparkContext sc, FileStatus file, Configuration hadoop)
      throws IOException {
    String source = file.getPath().toString();
    InputFormat format = InputFormat.of(file.getPath().getName());
    String header = format == InputFormat.CSV ? firstLine(file, hadoop) : null;
    boolean fhir = format == InputFormat.FHIR_NDJSON;
    if (header != null) {
      CsvLines.header(header);
    }
    Splits splits = Splits.of(file.getLen(), file.getBlockSize(), sc.defaultParallelism());
    JobConf input = new JobConf(hadoop);
    org.apache.hadoop.mapred.FileInputFormat.setInputPaths(input, file.getPath());
    if (splits.minBytes() > 0) {
      input.setLong(
          org.apache.hadoop.mapreduce.lib.input.FileInputFormat.SPLIT_MINSIZE, splits.minBytes());
    }
    return sc.hadoopRDD(
            input, TextInputFormat.class, LongWritable.class, Text.class, splits.count())
        // numbered before the line's bytes are copied: the numbering pass only counts the lines
        .zipWithIndex()
        .mapPartitions(part -> records(source, header, fhir, part));
  }

  /**
   * How a file is split into tasks: {@code count} splits to ask, each of at least {@code minBytes}
   * (0: no minimum, a split is then a block at most).
   *
   * <p>As many splits as a multiple of the cores, so that the last round of tasks keeps every core
   * busy (a 607 MB file in 32 MB blocks made 19 tasks on two cores, and one core sat idle through
   * the last ~2 s); and each of {@link #MIN_BYTES} or more where the file system reports smaller
   * blocks, as the local and S3 file systems do (32 MB): a task has its own costs (its part files,
   * its Parquet writer, its commit, its counts sent to the driver): a 1M-case audit on two cores
   * took 24.1-25.7 s in 20 tasks of 32 MB, 23.1-23.5 s in 6 of 101 MB (alternating runs). On HDFS,
   * whose blocks are 128 MB or more, a split stays within a block, as before. A compressed file is
   * read whole whatever is asked.
   */
  record Splits(int count, long minBytes) {

    /** HDFS's default block size. */
    static final long MIN_BYTES = 128L << 20;

    static Splits of(long length, long blockSize, int cores) {
      long size = Math.max(blockSize, MIN_BYTES);
      long pieces = Math.max(1, (length + size - 1) / size);
      long count = Math.min(Integer.MAX_VALUE, (pieces + cores - 1) / cores * cores);
      long bytes = (length + count - 1) / count;
      return new Splits((int) count, bytes > blockSize ? bytes : 0);
    }
  }

  private static Iterator<InputRecord> records(
      String source,
      String header,
      boolean fhir,
      Iterator<Tuple2<Tuple2<LongWritable, Text>, Long>> part) {
    CsvCaseMapper mapper = header == null ? null : CsvLines.header(header);
    return new Iterator<>() {
      private InputRecord next = advance();

      private InputRecord advance() {
        while (part.hasNext()) {
          Tuple2<Tuple2<LongWritable, Text>, Long> t = part.next();
          long line = t._2() + 1;
          // the reader reuses its Text: copied before the next line is read
          byte[] bytes = t._1()._2().copyBytes();
          if (InputRecord.isBlank(bytes) || (mapper != null && line == 1)) {
            continue;
          }
          if (bytes.length > Inputs.DEFAULT_MAX_RECORD_BYTES) {
            // the same limit as the CLI's default: reported with its line, as there
            return InputRecord.tooLarge(
                source, line, bytes.length, Inputs.DEFAULT_MAX_RECORD_BYTES);
          }
          if (fhir) {
            return InputRecord.fhir(source, line, bytes);
          }
          return mapper == null
              ? InputRecord.of(source, line, bytes)
              : CsvLines.record(mapper, source, line, new String(bytes, StandardCharsets.UTF_8));
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public InputRecord next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        InputRecord r = next;
        next = advance();
        return r;
      }
    };
  }

  private static String firstLine(FileStatus file, Configuration hadoop) throws IOException {
    Path p = file.getPath();
    FileSystem fs = p.getFileSystem(hadoop);
    var codec = new org.apache.hadoop.io.compress.CompressionCodecFactory(hadoop).getCodec(p);
    try (InputStream raw = fs.open(p);
        InputStream in = codec == null ? raw : codec.createInputStream(raw);
        var reader =
            new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line == null) {
        throw new IllegalArgumentException("input '" + p + "': empty CSV, no header row");
      }
      return line;
    }
  }

  private static Iterator<ProcessedRecord> process(
      Iterator<InputRecord> part, AuditOptions options, AggregatesAccumulator counts) {
    ChunkProcessor processor = new ChunkProcessor(ExecutorEvaluators.evaluator(options));
    return new Iterator<>() {
      private Iterator<ProcessedRecord> done = List.<ProcessedRecord>of().iterator();

      @Override
      public boolean hasNext() {
        while (!done.hasNext() && part.hasNext()) {
          List<InputRecord> chunk = new ArrayList<>(AuditRun.CHUNK);
          while (part.hasNext() && chunk.size() < AuditRun.CHUNK) {
            chunk.add(part.next());
          }
          List<ProcessedRecord> processed = processor.process(chunk);
          processed.forEach(counts::add);
          done = processed.iterator();
        }
        return done.hasNext();
      }

      @Override
      public ProcessedRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return done.next();
      }
    };
  }

  /**
   * {@code --in PATH} (repeatable), {@code --out DIR}, {@code --rulesets a,b}, {@code --policy
   * FILE}.
   */
  record Arguments(List<String> inputs, String out, AuditOptions options) {

    static Arguments parse(String[] args) throws IOException {
      List<String> inputs = new ArrayList<>();
      String out = null;
      List<String> ruleSets = null;
      String policy = null;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw usage("missing value of " + name);
        }
        String value = args[++i];
        switch (name) {
          case "--in" -> inputs.add(value);
          case "--out" -> out = value;
          case "--rulesets" -> ruleSets = List.of(value.split(","));
          case "--policy" -> policy = value;
          default -> throw usage("unknown option " + name);
        }
      }
      if (inputs.isEmpty() || out == null) {
        throw usage("--in and --out are required");
      }
      byte[] settings = policy == null ? null : readPolicy(policy);
      return new Arguments(inputs, out, new AuditOptions(ruleSets, policy, settings));
    }

    private static byte[] readPolicy(String policy) throws IOException {
      Path p = new Path(policy);
      try (InputStream in = p.getFileSystem(new Configuration()).open(p)) {
        return in.readAllBytes();
      }
    }

    private static IllegalArgumentException usage(String problem) {
      return new IllegalArgumentException(
          problem
              + "; usage: SparkAudit --in PATH [--in PATH ...] --out DIR"
              + " [--rulesets ID,ID] [--policy FILE]");
    }
  }
}
