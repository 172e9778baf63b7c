// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.audit.AuditFixtures;
import org.crosscheck.audit.AuditOptions;
import org.crosscheck.audit.AuditRun;
import org.crosscheck.audit.AuditSummary;
import org.crosscheck.audit.input.InputRecord;
import org.crosscheck.audit.output.AuditFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Spark job in Spark's own local mode (local[2]) against the CLI's audit of the same input,
 * record for record.
 */
class SparkAuditTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static SparkSession spark;
  static List<String> inputs;
  static Path cliOut;
  static Path sparkOut;
  static AuditSummary cli;
  static AuditSummary distributed;
  static int fhirLines;

  @BeforeAll
  static void runBoth() throws IOException {
    Path population = AuditFixtures.input();
    // a second, gzipped input: the first 300 lines of the population again, under other case ids
    Path gz = dir.resolve("more.ndjson.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      for (String line : Files.readAllLines(population).subList(0, 300)) {
        out.write(
            (line.replace("\"syn-", "\"gz-") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    // a third: FHIR bundles (the vignettes' twins, one per line) and one line that is no bundle
    Path fhir = dir.resolve("twins.fhir.ndjson");
    Path twins = org.crosscheck.testcases.Vignettes.root().resolveSibling("fhir-twins");
    try (OutputStream out = Files.newOutputStream(fhir);
        Stream<Path> files = Files.walk(twins)) {
      for (Path twin : files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList()) {
        out.write(JSON.writeValueAsBytes(JSON.readTree(Files.readAllBytes(twin))));
        out.write('\n');
        fhirLines++;
      }
      fhirLines++;
      out.write(
          "{\"resourceType\": \"Patient\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    inputs = List.of(population.toString(), gz.toString(), fhir.toString());
    cliOut = dir.resolve("cli");
    cli =
        new AuditRun(AuditFixtures.evaluator(), 2)
            .run(List.of(population, gz, fhir), cliOut, (r, b, t) -> {});
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("crosscheck-audit-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    sparkOut = dir.resolve("spark");
    distributed = SparkAudit.run(spark, inputs, sparkOut.toString(), AuditOptions.defaults());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The lines of a Spark output directory's part files, in part order. */
  private static List<String> parts(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  @Test
  void smallBlocksAreReadInSplitsOfTheMinimumSizeAndNumberedAcrossThem() throws IOException {
    // a local file system reporting 64 KB blocks: Hadoop alone would make a split of each
    Configuration small = new Configuration(spark.sparkContext().hadoopConfiguration());
    small.setLong("fs.local.block.size", 64 * 1024);
    small.setBoolean("fs.file.impl.disable.cache", true);
    FileStatus file = SparkAudit.expand(List.of(AuditFixtures.input().toString()), small).get(0);
    assertThat(file.getBlockSize()).isEqualTo(64 * 1024);
    int cores = spark.sparkContext().defaultParallelism();
    SparkAudit.Splits splits = SparkAudit.Splits.of(file.getLen(), file.getBlockSize(), cores);
    assertThat(splits.minBytes()).isGreaterThan(64 * 1024);

    JavaRDD<InputRecord> records =
        SparkAudit.lines(JavaSparkContext.fromSparkContext(spark.sparkContext()), file, small);

    assertThat(records.getNumPartitions())
        .isEqualTo(splits.count())
        .isLessThan((int) (file.getLen() / (64 * 1024)));
    // every non-blank line once, numbered by its line in the file
    List<Long> lines = records.map(InputRecord::line).collect();
    List<String> text = Files.readAllLines(AuditFixtures.input());
    List<Long> expected = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).isBlank()) {
        expected.add(i + 1L);
      }
    }
    assertThat(lines).isEqualTo(expected);
  }

  @Test
  void sparkEvaluationsEqualTheCliEvaluationsRecordForRecord() throws IOException {
    List<String> fromCli = Files.readAllLines(cliOut.resolve(AuditFiles.EVALUATIONS));
    List<String> fromSpark = parts(sparkOut.resolve(AuditFiles.EVALUATIONS));
    assertThat(fromSpark).hasSize(fromCli.size());
    for (int i = 0; i < fromCli.size(); i++) {
      assertThat(fromSpark.get(i)).as("evaluation %d", i + 1).isEqualTo(fromCli.get(i));
    }
    assertThat(fromCli).hasSize((int) cli.run().evaluated());
  }

  @Test
  void rejectedRecordsAreTheSameWithTheSameLines() throws IOException {
    List<String> fromCli = Files.readAllLines(cliOut.resolve(AuditFiles.ERRORS));
    List<String> fromSpark = parts(sparkOut.resolve(AuditFiles.ERRORS));
    assertThat(fromCli).hasSize(5);
    assertThat(fromSpark).hasSize(fromCli.size());
    for (int i = 0; i < fromCli.size(); i++) {
      ObjectNode a = (ObjectNode) JSON.readTree(fromCli.get(i));
      ObjectNode b = (ObjectNode) JSON.readTree(fromSpark.get(i));
      // Hadoop names files by URI (file:/...), the CLI by path
      assertThat(b.remove("source").asString()).endsWith(a.remove("source").asString());
      assertThat(b).isEqualTo(a);
    }
  }

  @Test
  void theSummaryFromDistributedAggregatesIsTheCliSummary() throws IOException {
    assertThat(distributed.run().records()).isEqualTo(AuditFixtures.CASES - 1 + 300 + fhirLines);
    assertThat(Files.readString(sparkOut.resolve(AuditFiles.SUMMARY)))
        .isEqualTo(Files.readString(cliOut.resolve(AuditFiles.SUMMARY)));
    assertThat(Files.readString(sparkOut.resolve(AuditFiles.REPORT)))
        .isEqualTo(Files.readString(cliOut.resolve(AuditFiles.REPORT)));
  }

  @Test
  void csvAndParquetHoldOneRowPerEvaluation() {
    long evaluated = cli.run().evaluated();
    assertThat(
            spark
                .read()
                .parquet(sparkOut.resolve(AuditFiles.EVALUATIONS_PARQUET).toString())
                .count())
        .isEqualTo(evaluated);
    assertThat(
            spark
                .read()
                .option("header", "true")
                .csv(sparkOut.resolve(AuditFiles.EVALUATIONS_CSV).toString())
                .filter("outcome = 'SECOND_REVIEW'")
                .count())
        .isEqualTo(cli.byCategory().get(0).outcomes().get("SECOND_REVIEW").count());
  }

  @Test
  void anExistingOutputIsNeverOverwritten() {
    assertThatThrownBy(
            () -> SparkAudit.run(spark, inputs, sparkOut.toString(), AuditOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists");
  }
}
